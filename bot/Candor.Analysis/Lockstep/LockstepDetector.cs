namespace Candor.Analysis.Lockstep;

/// <summary>
/// Finds engagement pods in a channel's history, in the spirit of Facebook's CopyCatch: groups of accounts that
/// commented on the same threads, within minutes of each other, again and again, mostly with generic praise.
/// Pure and deterministic (design.md principle 4): the same history in any order gives the same groups.
/// </summary>
/// <remarks>
/// Three steps, each about linear in the history:
/// <list type="number">
/// <item>Index: number threads and accounts, order each thread's comments in time, mark crowded stretches
/// (<see cref="CommentIndex"/>), and learn how often each account would meet others by chance (<see cref="ChanceMeetings"/>).</item>
/// <item>Pairs: per account, the accounts met within the window on enough threads, more often than chance
/// (<see cref="CandidatePairs"/>).</item>
/// <item>Groups: grow each pair, strongest first, into the group it belongs to and keep it if it holds up
/// (<see cref="GroupGrower"/>); pairs already inside a kept group are skipped (<see cref="PodRegistry"/>).</item>
/// </list>
/// Co-occurrence alone is never enough: a group must come together within the window on several threads, its
/// members must each be there often and more often than their activity explains, and it must write mostly
/// generic comments.
/// </remarks>
public static class LockstepDetector
{
    /// <summary>The pod suspects in the history, strongest first.</summary>
    public static IReadOnlyList<LockstepGroup> Find(IReadOnlyList<LockstepComment> comments, LockstepOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        options ??= LockstepOptions.Default;
        if (options.Problems() is [var problem, ..])
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var index = new CommentIndex(comments, options.Window);
        var chance = new ChanceMeetings(index);
        var seeds = CandidatePairs.Find(index, chance, options.MinThreads);
        var grower = new GroupGrower(index, chance, options);
        var registry = new PodRegistry();
        foreach (var seed in seeds)
        {
            if (!registry.Covers(seed) && grower.Grow(seed) is { } group)
            {
                registry.Add(group);
            }
        }

        return [.. registry.Groups
            .Select(g => PodEvidence.Of(g, index, options))
            .OrderByDescending(g => g.Score)
            .ThenByDescending(g => g.Occurrences.Count)
            .ThenBy(g => string.Join('\n', g.Accounts), StringComparer.Ordinal)];
    }
}
