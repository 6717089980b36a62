using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Cards.Building;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Bot.Channels.Slack;

/// <summary>
/// Answers acknowledged Slack work in the background: messages in their thread (chat.postMessage), commands,
/// the shortcut and buttons through their response URL, shared LinkedIn links with an unfurl. Each delivery of
/// a message or event is claimed in storage first, so Slack's retries, even after a restart, and its double
/// delivery of a mention are answered once. One failure is logged with Slack's reason and never stops the rest.
/// </summary>
internal sealed partial class SlackConversation(
    SlackQueue queue, SlackApi slack, Responder responder, CardActions actions, IDedupeStore dedupe, IChannelSettingsStore channels,
    KnownConversations conversations, SlackCardMemory memory, SlackMessages messages, TimeProvider clock, Outbox outbox, AnalysisLane lane, ILogger<SlackConversation> logger)
    : QueueWorker<SlackWork>(queue, outbox, lane, logger)
{
    public const string Channel = "slack";

    private const int MostClaimedHere = 50_000;

    // What this process has claimed, so a retry arriving while the database is away is still answered once here.
    private readonly ConcurrentDictionary<string, string> claimedHere = new();

    protected override async Task AnswerAsync(SlackWork work, Answering answering, CancellationToken cancel)
    {
        try
        {
            await (work switch
            {
                SlackMessage message => AnswerMessageAsync(message, answering, cancel),
                SlackUnfurl unfurl => UnfurlAsync(unfurl, answering, cancel),
                SlackCommand command => AnswerCommandAsync(command, answering, cancel),
                SlackShortcut shortcut => RespondAsync(shortcut.ResponseUrl, await responder.CheckAsync(shortcut.Text, cancel, asker: shortcut.Asker), replace: false, answering, cancel),
                SlackButton button => AnswerButtonAsync(button, answering, cancel),
                _ => Task.CompletedTask,
            });
        }
#pragma warning disable CA1031 // One request's failure (Slack's refusal, the network, a bug) must never stop the others being answered.
        catch (Exception failure) when (failure is not OperationCanceledException || !cancel.IsCancellationRequested)
#pragma warning restore CA1031
        {
            // Throttled past the client's retries, or Slack unreachable: nothing was posted, so it is tried again later.
            if (Answering.NotTaken(failure))
            {
                answering.Postpone($"{SlackApi.Reason(failure)}: {failure.Message}");
            }
            else
            {
                LogUnanswered(work.GetType().Name, SlackApi.Reason(failure), failure.Message);
            }
        }
    }

    private async Task AnswerMessageAsync(SlackMessage message, Answering answering, CancellationToken cancel)
    {
        // Listening is checked before the delivery is claimed: a channel that is not listening leaves no trace.
        var key = new ConversationKey(Channel, message.Channel);
        if ((message.Passive && !await ListeningAsync(key, cancel)) || !await FirstDeliveryAsync(message.DedupeKey, answering.WorkId, cancel))
        {
            return;
        }

        // Listening reads everything said in the channel: only a pasted thread gets an answer, and only it is
        // kept (a LinkedIn link is answered by its unfurl).
        var card = message.Passive
            ? await responder.AnswerThreadAsync(message.Text, key, message.Asker, answering.Analysed, answering.WorkId, cancel)
            : await responder.AnswerAsync(message.Text, cancel, recordFor: key, analysed: answering.Analysed, asker: message.Asker, workId: answering.WorkId);
        if (card is null)
        {
            return;
        }

        var post = messages.Post(card);
        post["channel"] = message.Channel;
        if (message.ChannelType != "im")
        {
            post["thread_ts"] = message.ThreadTs ?? message.Ts;
        }

        if (!await answering.MaySendAsync(cancel))
        {
            return;
        }

        await slack.CallAsync("chat.postMessage", post, cancel);
        await conversations.RememberAsync(
            new ConversationReference(key, message.ChannelType == "im" ? "personal" : "channel", null, message.Team, null, message.BotUser, null, null, clock.GetUtcNow()),
            added: false, cancel);
    }

    private async Task AnswerCommandAsync(SlackCommand command, Answering answering, CancellationToken cancel)
    {
        var words = command.Text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (words[0].ToLowerInvariant())
        {
            case "listen" when words.Length > 1 && words[1].ToLowerInvariant() is "on" or "off":
                var on = words[1].Equals("on", StringComparison.OrdinalIgnoreCase);
                await RespondAsync(command.ResponseUrl, StaticCards.Note(await SetListeningAsync(command.Channel, on, cancel)), replace: false, answering, cancel);
                return;
            case "listen":
                await RespondAsync(command.ResponseUrl, StaticCards.Note("Say /candor listen on to have me answer LinkedIn comment threads pasted in this channel, or /candor listen off to stop."), replace: false, answering, cancel);
                return;
            case "digest":
                // A digest is posted later, unprompted: the channel must be remembered to be posted to.
                var key = new ConversationKey(Channel, command.Channel);
                await RespondAsync(command.ResponseUrl, await responder.AnswerAsync(command.Text, cancel, recordFor: key, analysed: answering.Analysed, workId: answering.WorkId), replace: false, answering, cancel);
                await conversations.RememberAsync(
                    new ConversationReference(key, command.Channel.StartsWith('D') ? "personal" : "channel", null, command.Team, null, null, null, null, clock.GetUtcNow()),
                    added: false, cancel);
                return;
            default:
                var answer = await responder.AnswerAsync(command.Text, cancel, recordFor: new ConversationKey(Channel, command.Channel), analysed: answering.Analysed, asker: command.Asker, workId: answering.WorkId);
                await RespondAsync(command.ResponseUrl, answer, replace: false, answering, cancel);
                return;
        }
    }

    private async Task AnswerButtonAsync(SlackButton button, Answering answering, CancellationToken cancel)
    {
        switch (button.Payload)
        {
            case { Verb: "details" } details:
                var expanded = memory.Expanded(details.Ref);
                await RespondAsync(button.ResponseUrl, expanded ?? StaticCards.Note("I no longer have these details; paste the text again and I'll show them."), replace: expanded is not null, answering, cancel);
                return;
            default:
                var answer = await actions.AnswerAsync(button.Payload, button.Inputs, inBackground: true, new ConversationKey(Channel, button.Channel), cancel);
                await RespondAsync(button.ResponseUrl, answer.Card ?? StaticCards.Note(answer.Message!), replace: answer.Card is not null, answering, cancel);
                return;
        }
    }

    private async Task UnfurlAsync(SlackUnfurl unfurl, Answering answering, CancellationToken cancel)
    {
        if (!await FirstDeliveryAsync(unfurl.DedupeKey, answering.WorkId, cancel))
        {
            return;
        }

        var previews = new JsonObject();
        foreach (var url in unfurl.Urls.Where(IsLinkedIn).Take(5))
        {
            var card = await responder.AnswerAsync(url, cancel);
            var preview = card with { Parts = [.. card.Parts.Where(part => part is Banner or Facts)], Actions = [] };
            previews[url] = new JsonObject { ["blocks"] = BlockKitRenderer.Render(preview)["blocks"]!.DeepClone() };
        }

        if (previews.Count == 0)
        {
            return;
        }

        var request = new JsonObject { ["unfurls"] = previews };
        if (unfurl.UnfurlId is { } id && unfurl.Source is { } source)
        {
            request["unfurl_id"] = id;
            request["source"] = source;
        }
        else
        {
            request["channel"] = unfurl.Channel;
            request["ts"] = unfurl.MessageTs;
        }

        if (await answering.MaySendAsync(cancel))
        {
            await slack.CallAsync("chat.unfurl", request, cancel);
        }
    }

    private async Task RespondAsync(string responseUrl, Card card, bool replace, Answering answering, CancellationToken cancel)
    {
        var answer = messages.Private(card, replace);
        if (await answering.MaySendAsync(cancel))
        {
            await slack.RespondAsync(responseUrl, answer, cancel);
        }
    }

    private async Task<string> SetListeningAsync(string channel, bool on, CancellationToken cancel)
    {
        try
        {
            await channels.SetListeningAsync(new ConversationKey(Channel, channel), on, cancel);
        }
        catch (StorageException unavailable)
        {
            LogStorageUnavailable("the listening setting was not saved", unavailable.Message);
            return "I couldn't save that just now; please try again in a minute.";
        }

        return on
            ? "Listening is on: I'll answer LinkedIn comment threads pasted in this channel, in their thread, and unfurl LinkedIn links. (Invite me with /invite @candor if I'm not in it yet.) Turn it off with /candor listen off."
            : "Listening is off: in this channel I only answer when mentioned.";
    }

    // The database says whether this delivery was answered before, across restarts and instances, and recognises the
    // same work answered again after a stop (its claimant). Without it, this process's own memory of its claims still
    // stops a retry answering twice here; an answer is never withheld for want of storage.
    private async Task<bool> FirstDeliveryAsync(string key, string claimant, CancellationToken cancel)
    {
        // The memory is only the fallback (retries come within minutes); past its size it simply starts afresh.
        if (claimedHere.Count >= MostClaimedHere)
        {
            claimedHere.Clear();
        }

        try
        {
            var first = await dedupe.TryClaimAsync(key, claimant, cancel);
            if (first)
            {
                claimedHere[key] = claimant;
            }

            return first;
        }
        catch (StorageException unavailable)
        {
            LogStorageUnavailable("deduplicating in this process only", unavailable.Message);
            return claimedHere.GetOrAdd(key, claimant) == claimant;
        }
    }

    private async Task<bool> ListeningAsync(ConversationKey channel, CancellationToken cancel)
    {
        try
        {
            return await channels.IsListeningAsync(channel, cancel);
        }
        catch (StorageException unavailable)
        {
            // Unsure whether the channel asked to be read: staying quiet is the polite guess.
            LogStorageUnavailable("staying quiet in channels that may be listening", unavailable.Message);
            return false;
        }
    }

    private static bool IsLinkedIn(string text) =>
        text.Contains("linkedin.com/", StringComparison.OrdinalIgnoreCase) || text.Contains("lnkd.in/", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not answer a Slack {Work}: {Error}: {Reason}")]
    private partial void LogUnanswered(string work, string error, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: storage is unavailable, so {Consequence}: {Reason}")]
    private partial void LogStorageUnavailable(string consequence, string reason);
}
