using System.Text.Json;
using Candor.Bot.Conversation;
using Candor.Cards.Building;
using Candor.Cards.Model;

namespace Candor.Bot.Channels.Teams;

/// <summary>
/// Answers acknowledged activities in the background: a typing indicator, then the card for a message; the
/// answer to a card button sent as a message (Action.Submit); the welcome card when Candor is added to a chat
/// or team (installationUpdate is acknowledged and otherwise ignored, since a conversationUpdate always follows). Several activities are answered at once; one failure is logged with its reason and never stops the rest.
/// Each conversation Candor is added to or spoken to in is remembered, for digests, and forgotten when Candor is removed.
/// </summary>
internal sealed partial class TeamsConversation(
    ActivityQueue queue, ConnectorClient connector, Responder responder, CardActions actions, KnownConversations conversations, TimeProvider clock,
    Outbox outbox, AnalysisLane lane, ILogger<TeamsConversation> logger) : QueueWorker<QueuedActivity>(queue, outbox, lane, logger)
{
    // The answer first: keeping the conversation's reference is for later, and must never make the user wait.
    protected override async Task AnswerAsync(QueuedActivity work, Answering answering, CancellationToken cancel)
    {
        await ReplyAsync(work.Activity, work.Post, answering, cancel);
        await KeepReferenceAsync(work.Activity, cancel);
    }

    private async Task ReplyAsync(Activity activity, string? post, Answering answering, CancellationToken cancel)
    {
        try
        {
            if (post is not null)
            {
                var checkedPost = ConnectorClient.CardMessage(await responder.CheckAsync(post, cancel, recordFor: TeamsReference.KeyOf(activity), analysed: answering.Analysed, asker: TeamsReference.AskerOf(activity), workId: answering.WorkId));
                if (await answering.MaySendAsync(cancel))
                {
                    await connector.SendAsync(activity, checkedPost, cancel);
                }

                return;
            }

            var card = await CardForAsync(activity, answering, cancel);
            if (card is null)
            {
                return;
            }

            var message = ConnectorClient.CardMessage(card);
            if (!await answering.MaySendAsync(cancel))
            {
                return;
            }

            if (activity.Value is { ValueKind: JsonValueKind.Object } && card.Kind != "note" && activity.ReplyToId is { Length: > 0 } cardMessage)
            {
                // An Action.Submit from older clients: refresh the card that was clicked, as Action.Execute does.
                await connector.UpdateAsync(activity, cardMessage, message, cancel);
            }
            else
            {
                await connector.ReplyAsync(activity, message, cancel);
            }
        }
#pragma warning disable CA1031 // One activity's failure (network, token, a bug) must never stop the others being answered.
        catch (Exception failure) when (failure is not OperationCanceledException || !cancel.IsCancellationRequested)
#pragma warning restore CA1031
        {
            if (Answering.NotTaken(failure))
            {
                answering.Postpone($"{failure.GetType().Name}: {failure.Message}");
            }
            else
            {
                LogUnanswered(activity.Type ?? "?", activity.Conversation?.Id ?? "?", failure.GetType().Name, failure.Message);
            }
        }
    }

    private Task KeepReferenceAsync(Activity activity, CancellationToken cancel)
    {
        var reference = TeamsReference.Of(activity, clock.GetUtcNow());
        return TeamsReference.ChangeOf(activity) switch
        {
            ReferenceChange.TeamGone => conversations.ForgetTeamAsync(TeamsReference.Channel, reference.TeamId!, cancel),
            ReferenceChange.ConversationGone => conversations.ForgetAsync(reference.Key, cancel),
            ReferenceChange.Added => conversations.RememberAsync(reference, added: true, cancel),
            _ when activity.Type == "message" => conversations.RememberAsync(reference, added: false, cancel),
            _ => Task.CompletedTask,
        };
    }

    private async Task<Card?> CardForAsync(Activity activity, Answering answering, CancellationToken cancel)
    {
        switch (activity.Type)
        {
            case "message" when activity.Value is { ValueKind: JsonValueKind.Object } data:
                var answer = await actions.AnswerAsync(CardPayload.From(data), data, inBackground: true, TeamsReference.KeyOf(activity), cancel);
                return answer.Card ?? StaticCards.Note(answer.Message!);
            case "message":
                // The typing indicator goes out while the analysis runs, not before it: its round trip never holds
                // the analysis turn.
                var typing = connector.TryTypingAsync(activity, cancel);
                var card = await responder.AnswerAsync(
                    MessageText.Of(activity), cancel, recordFor: TeamsReference.KeyOf(activity), analysed: answering.Analysed, zone: ClientZone(activity),
                    asker: TeamsReference.AskerOf(activity), workId: answering.WorkId);
                await typing;
                return card;
            // An install sends both an installationUpdate and a conversationUpdate with Candor among the
            // members added; welcoming on the second only says hello once.
            case "conversationUpdate" when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true:
                return StaticCards.Welcome();
            default:
                // Reactions, typing, members other than Candor, uninstalls: nothing to say.
                return null;
        }
    }

    // Teams clients say the user's zone in a clientInfo entity; a digest schedule that names none is read in it.
    private static string? ClientZone(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))?.Timezone;

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not answer a {Type} activity in conversation {Conversation}: {Error}: {Reason}")]
    private partial void LogUnanswered(string type, string conversation, string error, string reason);
}
