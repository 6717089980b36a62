using System.Runtime.InteropServices;

namespace Candor.Analysis.Lockstep;

/// <summary>One comment as detection reads it: numbers instead of strings, and where to find the original.</summary>
/// <param name="Source">The comment's position in the input, for its text and time in evidence.</param>
/// <param name="Crowded">Too many comments of the thread are near it in time for its company to mean anything.</param>
internal readonly record struct IndexedComment(int Thread, int Account, long Ticks, int Source, bool Generic, bool Crowded);

/// <summary>
/// A channel's history in the two orders detection reads it: every thread's comments in time order, and every
/// account's comments by thread, then time. Threads and accounts are numbered in the ordinal order of their keys
/// and ties in time are broken on the comment itself, so both orders, and everything found from them, are the
/// same whatever order the history came in.
/// </summary>
internal sealed class CommentIndex
{
    /// <summary>
    /// A comment with more neighbours than this within the window before or after it is crowded. Hundreds of
    /// people commenting within the same hour of a popular post are together by chance, and pairing them all
    /// would grow with the square of the crowd; quieter stretches of the same thread still count.
    /// </summary>
    public const int MaxNeighbours = 200;

    private readonly int[] threadStart;
    private readonly int[] byAccount;
    private readonly int[] accountStart;
    private readonly int[] windowStart;
    private readonly int[] windowEnd;

    public CommentIndex(IReadOnlyList<LockstepComment> source, TimeSpan window)
    {
        Source = source;
        Window = window.Ticks;
        var (threadOf, threads) = Number(source, c => c.ThreadId);
        var (accountOf, accounts) = Number(source, c => c.Account);
        (ThreadNames, AccountNames) = (threads, accounts);
        ByThread = new IndexedComment[source.Count];
        (windowStart, windowEnd) = (new int[source.Count], new int[source.Count]);
        threadStart = Starts(threadOf, threads.Length);
        var next = threadStart[..^1];
        for (var i = 0; i < source.Count; i++)
        {
            ByThread[next[threadOf[i]]++] = new IndexedComment(threadOf[i], accountOf[i], source[i].At.UtcTicks, i, source[i].Generic, false);
        }

        var order = new InTime(source);
        PerItem.Run(threads.Length, thread =>
        {
            Array.Sort(ByThread, threadStart[thread], threadStart[thread + 1] - threadStart[thread], order);
            FindWindows(threadStart[thread], threadStart[thread + 1]);
        });

        accountStart = Starts(accountOf, accounts.Length);
        byAccount = new int[source.Count];
        next = accountStart[..^1];
        for (var position = 0; position < ByThread.Length; position++)
        {
            byAccount[next[ByThread[position].Account]++] = position;
        }
    }

    public IReadOnlyList<LockstepComment> Source { get; }

    /// <summary>The window in ticks.</summary>
    public long Window { get; }

    public string[] ThreadNames { get; }

    public string[] AccountNames { get; }

    /// <summary>Every comment, by thread, then time.</summary>
    public IndexedComment[] ByThread { get; }

    /// <summary>Positions in <see cref="ByThread"/> of one account's comments, by thread, then time.</summary>
    public ReadOnlySpan<int> Of(int account) => byAccount.AsSpan(accountStart[account], accountStart[account + 1] - accountStart[account]);

    /// <summary>The positions of the comments of the same thread within the window before or after this one (itself included), as a start and an end.</summary>
    public (int Start, int End) Around(int position) => (windowStart[position], windowEnd[position]);

    /// <summary>The positions of a thread's comments written between two times (inclusive), as a start and an end.</summary>
    public (int Start, int End) Between(int thread, long from, long to) =>
        (FirstAtOrAfter(thread, from), FirstAtOrAfter(thread, to + 1));

    private int FirstAtOrAfter(int thread, long ticks)
    {
        var (low, high) = (threadStart[thread], threadStart[thread + 1]);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = ByThread[middle].Ticks < ticks ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>Finds each comment's window in one pass over its thread, and marks the crowded ones.</summary>
    private void FindWindows(int start, int end)
    {
        var (before, after) = (start, start);
        for (var i = start; i < end; i++)
        {
            var ticks = ByThread[i].Ticks;
            while (ByThread[before].Ticks < ticks - Window)
            {
                before++;
            }

            while (after < end && ByThread[after].Ticks <= ticks + Window)
            {
                after++;
            }

            (windowStart[i], windowEnd[i]) = (before, after);
            if (after - before - 1 > MaxNeighbours)
            {
                ByThread[i] = ByThread[i] with { Crowded = true };
            }
        }
    }

    /// <summary>Numbers each distinct key in the ordinal order of the keys; returns each comment's number and the keys.</summary>
    private static (int[] Numbers, string[] Keys) Number(IReadOnlyList<LockstepComment> source, Func<LockstepComment, string> key)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbers = new int[source.Count];
        for (var i = 0; i < source.Count; i++)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, key(source[i]), out var exists);
            number = exists ? number : seen.Count - 1;
            numbers[i] = number;
        }

        var keys = new string[seen.Count];
        var firstSeen = new int[seen.Count];
        seen.Keys.CopyTo(keys, 0);
        seen.Values.CopyTo(firstSeen, 0);
        Array.Sort(keys, firstSeen, StringComparer.Ordinal);
        var rank = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            rank[firstSeen[i]] = i;
        }

        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = rank[numbers[i]];
        }

        return (numbers, keys);
    }

    /// <summary>Where each number's items start when items are laid out by number; one more entry marks the end.</summary>
    private static int[] Starts(int[] numbers, int count)
    {
        var starts = new int[count + 1];
        foreach (var number in numbers)
        {
            starts[number + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        return starts;
    }

    /// <summary>Time, then account; the rest only breaks ties between copies of one moment, so no input order shows through.</summary>
    private sealed class InTime(IReadOnlyList<LockstepComment> source) : IComparer<IndexedComment>
    {
        public int Compare(IndexedComment x, IndexedComment y)
        {
            var order = x.Ticks.CompareTo(y.Ticks);
            order = order != 0 ? order : x.Account.CompareTo(y.Account);
            order = order != 0 ? order : x.Generic.CompareTo(y.Generic);
            return order != 0 ? order : string.CompareOrdinal(source[x.Source].Text, source[y.Source].Text);
        }
    }
}
