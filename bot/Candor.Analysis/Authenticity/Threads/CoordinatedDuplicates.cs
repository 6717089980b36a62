namespace Candor.Analysis.Authenticity.Threads;

/// <summary>Several accounts in the thread posted near-identical comments.</summary>
internal sealed class CoordinatedDuplicates() : ThreadHeuristic(
    "coordinated_duplicates", Leaning.Automated, 30, "Near-identical comments from different accounts are coordination, not coincidence.")
{
    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        var duplicated = Enumerable.Range(0, thread.Count).Where(i => thread.Fired(i, "near_duplicate")).ToList();
        return duplicated.Count >= 2
            ? Found(thread.Quote(duplicated[0]), $"{duplicated.Count} comments from different accounts say nearly the same thing.", strong: true)
            : null;
    }
}
