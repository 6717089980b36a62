using Candor.Analysis.Threads;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>
/// Most comments arrived together: a clump in minutes (see <see cref="Burst"/>) or, at hour precision,
/// nearly every comment showing the same age.
/// </summary>
internal sealed class ClusteredTiming() : ThreadHeuristic(
    "clustered_timing", Leaning.Automated, 15, "Organic comments trickle in over hours and days; pod comments arrive together.")
{
    private const int MinComments = 4;
    private const double MinShare = 0.6;

    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        if (thread.Count < MinComments)
        {
            return null;
        }

        var bursts = thread.CountFired("burst");
        if (bursts >= MinComments && bursts >= MinShare * thread.Count)
        {
            return Found(BurstEvidence(thread), $"{bursts} of {thread.Count} comments were written within minutes of each other or of the post.");
        }

        var sameAge = thread.Thread.Comments
            .Where(c => c.Comment.Age is { Unit: AgeUnit.Hour or AgeUnit.Minute or AgeUnit.Now })
            .GroupBy(c => c.Comment.Age!.Value)
            .MaxBy(g => g.Count());
        return sameAge is not null && sameAge.Count() >= MinComments && sameAge.Count() >= 0.8 * thread.Count
            ? Found(sameAge.Key.ToIso8601(), $"{sameAge.Count()} of {thread.Count} comments show the same age ({sameAge.Key.ToIso8601()}): they arrived together.")
            : null;
    }

    private static string BurstEvidence(ThreadSummary thread) =>
        thread.Thread.Findings.SelectMany(f => f).First(f => f.Id == "burst").Evidence;
}
