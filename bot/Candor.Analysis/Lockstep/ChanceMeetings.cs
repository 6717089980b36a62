namespace Candor.Analysis.Lockstep;

/// <summary>
/// How often accounts would meet within the window by chance, given how much each comments and how busy the
/// windows around its comments are. Someone who comments on every popular post meets the other regulars on
/// dozens of threads without knowing them; three quiet accounts meeting on three threads is not chance.
/// </summary>
/// <remarks>
/// The model: another account's comment lands in any comment's window in proportion to that account's share r of
/// all (uncrowded) comments. So account a expects to meet b about K(a)·r(b) times, where K(a) counts the
/// neighbours of all of a's comments, and three accounts meet about Q(a)·r(b)·r(c) times, where Q(a) sums the
/// squared neighbour counts. Counts of rare meetings are close to Poisson. The window around a comment spans
/// twice the window, so these expectations err high: chance is overestimated, never a pod's case.
/// </remarks>
internal sealed class ChanceMeetings
{
    /// <summary>A pair's meetings must be this unlikely; loose, as a pair is only where growth starts.</summary>
    private const double PairLimit = 1e-3;

    /// <summary>
    /// A member's attendance must be this unlikely, after multiplying by the accounts that could have attended:
    /// among hundreds of accounts near a pod's threads, one may have landed there a few times.
    /// </summary>
    private const double MemberLimit = 1e-4;

    /// <summary>
    /// A group's gatherings must be this unlikely. Growth tries many third members for every pair, and a history
    /// holds millions of triples with a busy account in them; planted pods come far below it.
    /// </summary>
    private const double GroupLimit = 1e-6;

    /// <summary>Below this share of the window, times (often a relative age of minutes, resolved) are too coarse to call tighter.</summary>
    private const double MinSpan = 0.1;

    private readonly double[] share;
    private readonly double[] neighbours;
    private readonly double[] squaredNeighbours;

    public ChanceMeetings(CommentIndex index)
    {
        var accounts = index.AccountNames.Length;
        (share, neighbours, squaredNeighbours) = (new double[accounts], new double[accounts], new double[accounts]);
        PerItem.Run(accounts, account =>
        {
            foreach (var position in index.Of(account))
            {
                if (!index.ByThread[position].Crowded)
                {
                    var (start, end) = index.Around(position);
                    share[account]++;
                    neighbours[account] += end - start - 1;
                    squaredNeighbours[account] += (double)(end - start - 1) * (end - start - 1);
                }
            }
        });

        var total = Math.Max(1, share.Sum());
        for (var account = 0; account < accounts; account++)
        {
            share[account] /= total;
        }
    }

    /// <summary>The account's share of all uncrowded comments.</summary>
    public double Share(int account) => share[account];

    /// <summary>Whether two accounts sharing a window on this many threads is too unlikely to be chance.</summary>
    public bool PairUnlikely(int first, int second, int threads) =>
        Tail(threads, ((neighbours[first] * share[second]) + (neighbours[second] * share[first])) / 2) <= PairLimit;

    /// <summary>
    /// Whether a member being at this many of its group's gatherings is too unlikely to be chance, given how many
    /// comments were within reach of them (<paramref name="reach"/>, summed) and from how many accounts
    /// (<paramref name="candidates"/>): someone who comments everywhere lands near a busy pod now and then.
    /// </summary>
    public bool MemberUnlikely(int member, int attended, long reach, int candidates) =>
        Tail(attended, share[member] * reach) * candidates <= MemberLimit;

    /// <summary>
    /// Whether this many gatherings of three or more of the members, each within <paramref name="span"/> of the
    /// window (first to last), are too unlikely to be chance.
    /// </summary>
    public bool GroupUnlikely(int[] members, int gatherings, double span)
    {
        var (sum, squares) = (members.Sum(m => share[m]), members.Sum(m => share[m] * share[m]));
        // Each triple counted from each of its three accounts: Q(a) times the sum of r(b)·r(c) over pairs without a.
        var expected = members.Sum(a => squaredNeighbours[a] * ((Math.Pow(sum - share[a], 2) - (squares - (share[a] * share[a]))) / 2)) / 3;
        return Tail(gatherings, expected * Within(span)) <= GroupLimit;
    }

    /// <summary>
    /// Chance spreads three comments over the whole window; for all three to fall within a narrower span, the two
    /// others must each land in it, so the expectation shrinks with the square of the span.
    /// </summary>
    private static double Within(double span) => Math.Pow(Math.Clamp(span, MinSpan, 1), 2);

    /// <summary>The chance of meeting at least <paramref name="observed"/> times when <paramref name="expected"/> is usual (Poisson).</summary>
    internal static double Tail(int observed, double expected)
    {
        if (observed <= expected)
        {
            return 1; // not unusual at all; the sum below is for the rare side
        }

        var term = Math.Exp(-expected);
        for (var i = 1; i <= observed; i++)
        {
            term *= expected / i;
        }

        var tail = 0.0;
        for (var i = observed; term > tail * 1e-12 && i < observed + 1000; i++)
        {
            tail += term;
            term *= expected / (i + 1);
        }

        return Math.Min(1, tail);
    }
}
