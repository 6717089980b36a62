using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Cards.Building;

namespace Candor.Bot.Digests;

internal enum DigestOutcome
{
    Sent,

    /// <summary>Another run has this firing, finished it, or may have posted it: nothing was done.</summary>
    AlreadyHandled,

    /// <summary>Nothing was checked in the period: nothing was posted.</summary>
    Empty,

    /// <summary>Not posted this time; a retry may post it.</summary>
    Failed,

    /// <summary>Candor can no longer post there (removed, or never added): the schedule should go.</summary>
    Gone,
}

/// <summary>
/// Delivers one digest firing at most once, whatever happens to the instance running it: the firing is claimed
/// before it is composed and marked "sending" before the post leaves. A recovery that finds it composing (its node
/// died before posting) takes it over, as does a retry of a failed one; a run that finds it sending does not post again, since the channel may
/// already show it: a post the team sees twice is worse than one the log says may be missing.
/// </summary>
internal sealed partial class DigestDelivery(
    IDigestDeliveryStore deliveries, DigestComposer composer, ProactiveSender sender, TimeProvider clock, ILogger<DigestDelivery> logger)
{
    /// <param name="recovering">True when Quartz runs the firing again because the node running it died.</param>
    public async Task<DigestOutcome> DeliverAsync(DigestFiring firing, DigestSchedule schedule, bool recovering, CancellationToken cancel)
    {
        var conversation = firing.Conversation;
        try
        {
            var claim = await deliveries.ClaimAsync(firing, recovering, cancel);
            if (claim.Token is not { } token)
            {
                LogAlreadyHandled(conversation.Channel, conversation.Id, firing.ScheduledFor, claim.Found!.Value);
                return DigestOutcome.AlreadyHandled;
            }

            var digest = await composer.ComposeAsync(conversation, PeriodOf(firing, schedule), cancel);
            if (digest.Checked == 0)
            {
                await deliveries.MarkAsync(firing, token, DigestState.Skipped, null, "nothing was checked in the period", cancel);
                LogEmpty(conversation.Channel, conversation.Id);
                return DigestOutcome.Empty;
            }

            // The last moment to find that another run took the firing over: after this, the post may leave.
            if (!await deliveries.MarkAsync(firing, token, DigestState.Sending, null, null, cancel))
            {
                LogAlreadyHandled(conversation.Channel, conversation.Id, firing.ScheduledFor, DigestState.Composing);
                return DigestOutcome.AlreadyHandled;
            }

            var delivery = await sender.SendAsync(conversation, DigestCard.From(digest), cancel);
            var (state, outcome) = delivery.Status switch
            {
                DeliveryStatus.Sent => (DigestState.Sent, DigestOutcome.Sent),
                DeliveryStatus.Failed => (DigestState.Failed, DigestOutcome.Failed),
                _ => (DigestState.Skipped, DigestOutcome.Gone),
            };
            await deliveries.MarkAsync(firing, token, state, delivery.MessageId, delivery.Reason, cancel);
            if (outcome == DigestOutcome.Sent)
            {
                LogSent(conversation.Channel, conversation.Id, digest.Checked, digest.PodSuspects.Count);
            }

            return outcome;
        }
        catch (StorageException unavailable)
        {
            LogStorageUnavailable(conversation.Channel, conversation.Id, unavailable.Message);
            return DigestOutcome.Failed;
        }
    }

    // The period up to the time the digest was due; for one missed by more than a period while Candor was down, the
    // period up to now, since what was due then is old news.
    private DigestPeriod PeriodOf(DigestFiring firing, DigestSchedule schedule)
    {
        var now = clock.GetUtcNow();
        var end = now - firing.ScheduledFor > schedule.Period ? now : firing.ScheduledFor;
        return new DigestPeriod(end - schedule.Period, end, schedule.Zone);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Channel} conversation {Conversation} scheduled for {ScheduledFor:o} not sent by this run: it was already {State} (a post that was sending may or may not have arrived; it is never repeated).")]
    private partial void LogAlreadyHandled(string channel, string conversation, DateTimeOffset scheduledFor, DigestState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Channel} conversation {Conversation} skipped: nothing was checked in the period.")]
    private partial void LogEmpty(string channel, string conversation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest sent to {Channel} conversation {Conversation}: {Checked} checks, {Pods} pod suspect groups.")]
    private partial void LogSent(string channel, string conversation, int @checked, int pods);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Channel} conversation {Conversation} not sent: the database is unavailable: {Reason}")]
    private partial void LogStorageUnavailable(string channel, string conversation, string reason);
}
