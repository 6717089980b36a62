namespace Candor.Analysis.Authenticity.Comments;

/// <summary>With the post given: a comment of some length that shares no topical word with it. Replies answer a comment, not the post, so they are exempt.</summary>
internal sealed class OffTopic() : CommentHeuristic(
    "off_topic", Leaning.LowEffort, 10, "A comment that never touches the post's subject was not written for this post.")
{
    private const int MinTopicWords = 4;

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        !comment.Comment.IsReply && !earlier.Any(CommentJudge.Engages) && comment.Post is { Count: > 0 } post && comment.Topic.Count >= MinTopicWords && comment.Topic.CountShared(post) == 0
        && !comment.Text.Contains('?', StringComparison.Ordinal)
            ? Found(comment.Text.Trim(), "Shares no subject word with the post it sits under.")
            : null;
}
