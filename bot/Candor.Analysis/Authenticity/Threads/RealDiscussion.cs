namespace Candor.Analysis.Authenticity.Threads;

/// <summary>People actually talk: questions, experiences and pushback, or the author answering.</summary>
internal sealed class RealDiscussion() : ThreadHeuristic(
    "real_discussion", Leaning.Genuine, 15, "Back-and-forth with questions and experience is what pods never manage to fake at scale.")
{
    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        var engaged = Enumerable.Range(0, thread.Count)
            .Where(i => thread.Verdicts[i] == Reports.Verdict.Authentic && CommentJudge.Conversation.Any(id => thread.Fired(i, id)))
            .ToList();
        var authorReplies = Enumerable.Range(0, thread.Count)
            .Where(i => thread.Thread.Comments[i].Comment.IsPostAuthor && thread.Verdicts[i] == Reports.Verdict.Authentic)
            .ToList();
        if (engaged.Count >= 2 || (engaged.Count >= 1 && authorReplies.Count >= 1))
        {
            var quote = authorReplies.Count > 0 ? authorReplies[0] : engaged[0];
            var authorNote = authorReplies.Count > 0 ? " and the author answers" : "";
            return Found(thread.Quote(quote), $"{engaged.Count} comment(s) ask, share experience or push back{authorNote}: a real conversation.");
        }

        return null;
    }
}
