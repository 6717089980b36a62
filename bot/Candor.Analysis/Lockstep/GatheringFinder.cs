using System.Runtime.InteropServices;

namespace Candor.Analysis.Lockstep;

/// <summary>One thread where a group came together: its members' comments inside the window, as positions in time order.</summary>
internal sealed record Gathering(int Thread, int[] Positions);

/// <summary>
/// Where a set of accounts came together: on each thread, the earliest window holding the most of them. One pass
/// over their comments in thread and time order, with a sliding window per thread. Not thread-safe: it keeps
/// scratch arrays sized to the accounts.
/// </summary>
internal sealed class GatheringFinder(CommentIndex index)
{
    private readonly int[] slot = Filled(index.AccountNames.Length, -1);
    private readonly List<int> positions = [];

    /// <summary>
    /// The threads where at least <paramref name="present"/> of the members came together within the window and,
    /// given a <paramref name="core"/> (ascending), one of the core was among them.
    /// </summary>
    public List<Gathering> Find(int[] members, int present, int[]? core = null)
    {
        CollectPositions(members);
        for (var i = 0; i < members.Length; i++)
        {
            slot[members[i]] = i;
        }

        var inWindow = new int[members.Length];
        var gatherings = new List<Gathering>();
        for (var start = 0; start < positions.Count;)
        {
            var thread = index.ByThread[positions[start]].Thread;
            var end = start + 1;
            while (end < positions.Count && index.ByThread[positions[end]].Thread == thread)
            {
                end++;
            }

            var (first, last, distinct) = BestWindow(start, end, inWindow);
            if (distinct >= present && (core is null || Holds(first, last, core)))
            {
                gatherings.Add(new Gathering(thread, [.. positions[first..(last + 1)]]));
            }

            start = end;
        }

        foreach (var member in members)
        {
            slot[member] = -1;
        }

        return gatherings;
    }

    /// <summary>The members' uncrowded comments, in index order (by thread, then time).</summary>
    private void CollectPositions(int[] members)
    {
        positions.Clear();
        foreach (var member in members)
        {
            foreach (var position in index.Of(member))
            {
                if (!index.ByThread[position].Crowded)
                {
                    positions.Add(position);
                }
            }
        }

        CollectionsMarshal.AsSpan(positions).Sort();
    }

    /// <summary>The earliest window within one thread's positions holding the most distinct members: its first and last index, and that number.</summary>
    private (int First, int Last, int Distinct) BestWindow(int start, int end, int[] inWindow)
    {
        var (left, distinct, best, bestFirst, bestLast) = (start, 0, 0, start, start);
        for (var right = start; right < end; right++)
        {
            distinct += inWindow[SlotAt(right)]++ == 0 ? 1 : 0;
            while (TicksAt(right) - TicksAt(left) > index.Window)
            {
                distinct -= --inWindow[SlotAt(left++)] == 0 ? 1 : 0;
            }

            if (distinct > best)
            {
                (best, bestFirst, bestLast) = (distinct, left, right);
            }
        }

        for (var i = left; i < end; i++)
        {
            inWindow[SlotAt(i)]--;
        }

        return (bestFirst, bestLast, best);
    }

    private bool Holds(int first, int last, int[] core)
    {
        for (var i = first; i <= last; i++)
        {
            if (core.AsSpan().BinarySearch(index.ByThread[positions[i]].Account) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private int SlotAt(int i) => slot[index.ByThread[positions[i]].Account];

    private long TicksAt(int i) => index.ByThread[positions[i]].Ticks;

    private static int[] Filled(int length, int value)
    {
        var array = new int[length];
        Array.Fill(array, value);
        return array;
    }
}
