namespace Candor.Analysis;

/// <summary>
/// Runs independent per-item work (one comment, one line) in parallel when there is enough of it to repay
/// the hand-off, and in order on the calling thread otherwise. Each item writes only its own slot, so the
/// result is the same either way and the engine stays deterministic.
/// </summary>
/// <remarks>
/// A long pasted thread is judged in about half the time on two cores. Under load the thread pool is busy
/// and the calling thread does most of the items itself, so short inputs, the common case, never pay for it.
/// </remarks>
internal static class PerItem
{
    /// <summary>Fewer items than this run on the calling thread: a few microseconds each is less than a hand-off.</summary>
    public const int ParallelFrom = 48;

    public static void Run(int count, Action<int> work)
    {
        if (count < ParallelFrom)
        {
            for (var i = 0; i < count; i++)
            {
                work(i);
            }

            return;
        }

        Parallel.For(0, count, work);
    }

    /// <summary>As <see cref="Run(int, Action{int})"/>, with scratch state made once per worker rather than once per item.</summary>
    public static void Run<TScratch>(int count, Func<TScratch> scratch, Action<int, TScratch> work)
    {
        if (count < ParallelFrom)
        {
            var mine = scratch();
            for (var i = 0; i < count; i++)
            {
                work(i, mine);
            }

            return;
        }

        Parallel.For(0, count, scratch, (i, _, local) =>
        {
            work(i, local);
            return local;
        }, _ => { });
    }

    /// <summary>The work's result for each item, in item order.</summary>
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        Run(items.Count, i => results[i] = work(items[i]));
        return results;
    }
}
