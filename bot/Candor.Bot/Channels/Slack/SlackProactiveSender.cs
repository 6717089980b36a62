using Candor.Bot.Conversation;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Bot.Channels.Slack;

/// <summary>Posts cards into stored Slack conversations (chat.postMessage to the channel or direct message).</summary>
internal sealed class SlackProactiveSender(SlackApi slack) : IChannelSender
{
    // Slack's codes for "this conversation will not take Candor's posts again".
    private static readonly HashSet<string> GoneErrors = ["channel_not_found", "not_in_channel", "is_archived", "account_inactive", "team_access_not_granted"];

    public string Channel => SlackConversation.Channel;

    public async Task<Delivery> SendAsync(ConversationReference to, Card card, CancellationToken cancel)
    {
        var message = BlockKitRenderer.Render(card);
        message["channel"] = to.Key.Id;
        message["unfurl_links"] = false;
        try
        {
            var posted = await slack.CallAsync("chat.postMessage", message, cancel);
            return new Delivery(DeliveryStatus.Sent, (string?)posted["ts"]);
        }
        catch (SlackApiException refused) when (GoneErrors.Contains(refused.Error))
        {
            return new Delivery(DeliveryStatus.Gone, Reason: refused.Message);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new Delivery(DeliveryStatus.Failed, Reason: "Slack did not answer in time.");
        }
#pragma warning disable CA1031 // Slack's refusals and network failures alike are a failed delivery, never a crash of the caller.
        catch (Exception failed) when (failed is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new Delivery(DeliveryStatus.Failed, Reason: $"{failed.GetType().Name}: {failed.Message}");
        }
    }
}
