using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Cards.Building;

namespace Candor.Bot.Channels.Slack;

/// <summary>
/// The rewrite dialog: "Rewrite with this detail" pressed with the card's detail box empty asks for the detail
/// in a dialog. Slack's trigger for it lasts about three seconds, so it is opened straight from the request,
/// never from the queue; if it cannot be opened in time, the card's reader is told to type the detail instead.
/// </summary>
internal sealed partial class SlackDialogs(SlackApi slack, SlackMessages messages, ILogger<SlackDialogs> logger)
{
    /// <summary>Opens the dialog without holding up the acknowledgement; failures are answered and logged, never thrown.</summary>
    public void OpenRewrite(SlackButton button) => _ = OpenRewriteAsync(button);

    public static JsonObject Rewrite(SlackButton button) => new()
    {
        ["trigger_id"] = button.TriggerId,
        ["view"] = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = SlackRequests.RewriteDialog,
            ["title"] = Plain("Rewrite with a detail"),
            ["submit"] = Plain("Rewrite"),
            ["close"] = Plain("Cancel"),
            ["private_metadata"] = SlackRequests.DialogMetadata(button),
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "input",
                ["block_id"] = "detail",
                ["label"] = Plain("One real detail about them"),
                ["element"] = new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = "detail",
                    ["max_length"] = 300,
                    ["placeholder"] = Plain("a post, a talk, a launch, something they wrote"),
                },
            }),
        },
    };

    private async Task OpenRewriteAsync(SlackButton button)
    {
        try
        {
            await slack.CallAsync("views.open", Rewrite(button), CancellationToken.None);
        }
#pragma warning disable CA1031 // Nobody awaits this: every failure is answered here and logged.
        catch (Exception failed)
#pragma warning restore CA1031
        {
            LogNotOpened(SlackApi.Reason(failed));
            await TellAsync(button.ResponseUrl);
        }
    }

    private async Task TellAsync(string responseUrl)
    {
        var note = messages.Private(StaticCards.Note(CardActions.DetailFirst), replace: false);
        try
        {
            await slack.RespondAsync(responseUrl, note, CancellationToken.None);
        }
#pragma warning disable CA1031 // Already logged above; there is nobody left to tell.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the rewrite dialog in Slack ({Error}); the user was asked to type the detail in the card.")]
    private partial void LogNotOpened(string error);
}
