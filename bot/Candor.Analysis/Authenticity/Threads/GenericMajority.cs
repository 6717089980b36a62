using Candor.Analysis.Reports;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>Most of the thread is generic praise or templated text.</summary>
internal sealed class GenericMajority() : ThreadHeuristic(
    "generic_majority", Leaning.LowEffort, 15, "When most comments could sit under any post, the engagement number says little.")
{
    private const int MinComments = 3;

    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        if (thread.Count < MinComments || thread.Generic * 2 < thread.Count)
        {
            return null;
        }

        var example = thread.FirstWith(Verdict.LowEffort) is var i and >= 0 ? i : thread.FirstWith(Verdict.Automated);
        return Found(thread.Quote(example), $"{thread.Generic} of {thread.Count} comments are generic or templated.");
    }
}
