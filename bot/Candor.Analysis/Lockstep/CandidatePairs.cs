namespace Candor.Analysis.Lockstep;

/// <summary>Two accounts (First before Second) that came together on <paramref name="Threads"/> different threads.</summary>
internal readonly record struct Seed(int First, int Second, int Threads);

/// <summary>
/// The pairs of accounts that commented within the window of each other on enough different threads, at least
/// one of the two generically each time, and more often than their activity explains (<see cref="ChanceMeetings"/>):
/// where groups are grown from. Counting pairs per thread, not per comment, keeps a chatty pair on one thread from
/// looking like a pair that meets everywhere.
/// </summary>
/// <remarks>
/// Each account walks the window around each of its comments and counts, per later account, the distinct
/// threads they shared: one pass over the windows, with no table of all pairs. Crowded comments are skipped,
/// which bounds each walk at <see cref="CommentIndex.MaxNeighbours"/> and keeps a popular thread's audience
/// from pairing up with itself.
/// </remarks>
internal static class CandidatePairs
{
    /// <summary>The pairs that met more often than chance allows, strongest first (more shared threads, then account order).</summary>
    public static List<Seed> Find(CommentIndex index, ChanceMeetings chance, int minThreads)
    {
        var accounts = index.AccountNames.Length;
        var found = new Seed[accounts][];
        PerItem.Run(accounts, () => new Tally(accounts), (account, tally) => found[account] = Of(index, account, minThreads, tally));
        var seeds = found.SelectMany(s => s).Where(s => chance.PairUnlikely(s.First, s.Second, s.Threads)).ToList();
        seeds.Sort((x, y) => (y.Threads, x.First, x.Second).CompareTo((x.Threads, y.First, y.Second)));
        return seeds;
    }

    private static Seed[] Of(CommentIndex index, int account, int minThreads, Tally tally)
    {
        var comments = index.ByThread;
        foreach (var position in index.Of(account))
        {
            var own = comments[position];
            if (own.Crowded)
            {
                continue;
            }

            var (start, end) = index.Around(position);
            for (var i = start; i < end; i++)
            {
                var other = comments[i];
                if (other.Account > account && !other.Crowded && (own.Generic || other.Generic))
                {
                    tally.Add(other.Account, own.Thread);
                }
            }
        }

        return [.. tally.Take(minThreads).Select(other => new Seed(account, other.Account, other.Places))];
    }
}
