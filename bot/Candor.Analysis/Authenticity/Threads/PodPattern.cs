namespace Candor.Analysis.Authenticity.Threads;

/// <summary>
/// The engagement-pod shape: mostly generic comments from different accounts that arrived together or
/// come from growth sellers, with no conversation. Runs after the other thread heuristics and combines them.
/// </summary>
internal sealed class PodPattern() : ThreadHeuristic(
    "pod_pattern", Leaning.Automated, 30, "Generic praise + clumped timing or seller headlines + no conversation is how pods look from outside.")
{
    private const int MinComments = 4;
    private static readonly string[] Coordination = ["clustered_timing", "growth_headlines", "no_discussion"];

    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        bool Has(string id) => earlier.Any(f => f.Id == id);
        if (thread.Count < MinComments || !Has("generic_majority") || Has("real_discussion"))
        {
            return null;
        }

        var coordination = Coordination.Where(Has).ToList();
        var timed = coordination.Contains("clustered_timing") || coordination.Contains("growth_headlines");
        return timed && coordination.Count >= 2
            ? Found(earlier.First(f => f.Id == "generic_majority").Evidence,
                $"Looks like an engagement pod: {thread.Generic} of {thread.Count} comments are generic, and {string.Join(" and ", coordination.Select(Describe))}.",
                strong: true)
            : null;
    }

    private static string Describe(string id) => id switch
    {
        "clustered_timing" => "they arrived together",
        "growth_headlines" => "the commenters sell reach",
        _ => "nobody discusses anything",
    };
}
