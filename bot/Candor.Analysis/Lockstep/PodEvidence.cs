using Candor.Analysis.Text;

namespace Candor.Analysis.Lockstep;

/// <summary>A grown group in the words and strings of the history: its accounts, score and what each member wrote.</summary>
internal static class PodEvidence
{
    /// <summary>Quotes are clipped to this many characters: enough to recognise a template, short enough for a card.</summary>
    public const int QuoteChars = 160;

    public static LockstepGroup Of(GrownGroup group, CommentIndex index, LockstepOptions options)
    {
        var occurrences = group.Gatherings
            .Select(g => Occurrence(g, index))
            .OrderBy(o => o.From)
            .ThenBy(o => o.ThreadId, StringComparer.Ordinal)
            .ToList();
        var score = Score(group, index, options);
        return new LockstepGroup([.. group.Members.Select(m => index.AccountNames[m])], score, Strength(score), group.GenericShare, occurrences);
    }

    /// <summary>
    /// Half for how many threads the group shared (each thread past the minimum closes a quarter of the gap to
    /// certain), a quarter for how tight its typical window was, a quarter for how generic it wrote.
    /// </summary>
    private static int Score(GrownGroup group, CommentIndex index, LockstepOptions options)
    {
        var support = 1 - Math.Pow(0.75, group.Gatherings.Length - options.MinThreads + 1);
        var spans = group.Gatherings.Select(g => index.ByThread[g.Positions[^1]].Ticks - index.ByThread[g.Positions[0]].Ticks).Order().ToArray();
        var tightness = 1 - ((double)spans[spans.Length / 2] / index.Window);
        return (int)Math.Round(100 * ((0.5 * support) + (0.25 * tightness) + (0.25 * group.GenericShare)));
    }

    private static LockstepStrength Strength(int score) => score switch
    {
        >= 75 => LockstepStrength.Strong,
        >= 50 => LockstepStrength.Likely,
        _ => LockstepStrength.Possible,
    };

    private static LockstepOccurrence Occurrence(Gathering gathering, CommentIndex index)
    {
        var quotes = gathering.Positions.Select(p => index.ByThread[p]).Select(c => new LockstepQuote(
            index.AccountNames[c.Account], Utc(c.Ticks), c.Generic, Excerpt.Clip(index.Source[c.Source].Text, QuoteChars))).ToList();
        return new LockstepOccurrence(index.ThreadNames[gathering.Thread], quotes[0].At, quotes[^1].At, quotes);
    }

    private static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);
}
