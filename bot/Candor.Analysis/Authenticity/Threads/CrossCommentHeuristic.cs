namespace Candor.Analysis.Authenticity.Threads;

/// <summary>A heuristic that compares the comments of a thread and adds findings to individual comments.</summary>
internal abstract class CrossCommentHeuristic(string id, Leaning leaning, int weight, string rationale)
    : Heuristic(id, leaning, weight, rationale)
{
    public abstract void Inspect(ThreadContext thread);
}
