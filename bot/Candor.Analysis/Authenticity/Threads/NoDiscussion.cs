namespace Candor.Analysis.Authenticity.Threads;

/// <summary>Nobody asks, disagrees or shares an experience in a thread of some size.</summary>
internal sealed class NoDiscussion() : ThreadHeuristic(
    "no_discussion", Leaning.LowEffort, 10, "A busy thread where nobody asks or adds anything is applause, not conversation.")
{
    private const int MinComments = 4;
    // A concrete detail adds something even without a conversation.
    private static readonly string[] Engaged = [.. CommentJudge.Conversation, "specific_detail"];

    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        if (thread.Count < MinComments)
        {
            return null;
        }

        var anyEngaged = Enumerable.Range(0, thread.Count).Any(i => Engaged.Any(id => thread.Fired(i, id)));
        return anyEngaged ? null : Found(thread.Quote(0), $"{thread.Count} comments and not one question, experience, detail or disagreement.");
    }
}
