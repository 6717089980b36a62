using Candor.Analysis.Lockstep;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Cards.Building;

namespace Candor.Bot.Digests;

/// <summary>
/// A conversation's digest for a period, from what it kept: the period's checks, the one before for the trend,
/// and for pod suspects as much history as is kept, up to 90 days (accounts acting together show across weeks).
/// Failures are <see cref="StorageException"/>s.
/// </summary>
internal sealed class DigestComposer(IHistoryStore history, IFeedbackStore feedback, RetentionSettings retention, LockstepOptions lockstep)
{
    private static readonly TimeSpan MostLookback = TimeSpan.FromDays(90);

    public async Task<Digest> ComposeAsync(ConversationKey conversation, DigestPeriod period, CancellationToken cancel)
    {
        var kept = TimeSpan.FromDays(retention.Days) < MostLookback ? TimeSpan.FromDays(retention.Days) : MostLookback;
        var trend = 2 * (period.To - period.From);
        var lookback = kept > trend ? kept : trend;
        var checks = await history.ReadAsync(conversation, period.To - lookback, period.To, cancel);
        var votes = await feedback.TallyAsync(conversation, period.From, period.To, cancel);
        return DigestBuilder.Build(period, checks, votes, lockstep);
    }
}
