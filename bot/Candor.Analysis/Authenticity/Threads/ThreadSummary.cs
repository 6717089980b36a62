using Candor.Analysis.Reports;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>A thread after every comment was judged: what thread-level heuristics look at.</summary>
internal sealed record ThreadSummary(ThreadContext Thread, Verdict[] Verdicts)
{
    public int Count => Verdicts.Length;

    public int CountOf(Verdict verdict) => Verdicts.Count(v => v == verdict);

    /// <summary>Comments judged low-effort or automated: the padding a pod adds.</summary>
    public int Generic => CountOf(Verdict.LowEffort) + CountOf(Verdict.Automated);

    public bool Fired(int comment, string heuristicId) => Thread.Findings[comment].Any(f => f.Id == heuristicId);

    public int CountFired(string heuristicId) => Enumerable.Range(0, Count).Count(i => Fired(i, heuristicId));

    /// <summary>Index of the first comment with the given verdict, to quote as evidence.</summary>
    public int FirstWith(Verdict verdict) => Array.IndexOf(Verdicts, verdict);

    public string Quote(int comment) => Text.Excerpt.Flat(Thread.Comments[comment].Text);
}

/// <summary>A heuristic about the thread as a whole (pod shape, discussion, spam share).</summary>
internal abstract class ThreadHeuristic(string id, Leaning leaning, int weight, string rationale)
    : Heuristic(id, leaning, weight, rationale)
{
    /// <param name="earlier">Thread findings of the heuristics that ran before this one.</param>
    public abstract Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier);
}
