namespace Candor.Analysis.Authenticity.Comments;

/// <summary>With the post given: the comment picks up the post's own subject words.</summary>
internal sealed class OnTopic() : CommentHeuristic(
    "on_topic", Leaning.Genuine, 15, "Picking up the post's own subject shows the comment was written for it.")
{
    private const int MinSharedWords = 2;

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        if (comment.Post is not { } post)
        {
            return null;
        }

        var shared = comment.Topic.SharedWith(post);
        return shared.Count >= MinSharedWords
            ? Found(comment.Text, comment.Topic.SpanOf(shared[0]), $"Picks up the post's subject ({shared.Count} of its words, e.g. \"{comment.Topic.SpanOf(shared[0]).Of(comment.Text)}\").")
            : null;
    }
}
