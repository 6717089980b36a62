namespace Candor.Analysis.Authenticity.Comments;

/// <summary>The comment is emoji or punctuation only ("🔥🔥🔥", "👏").</summary>
internal sealed class EmojiOnly() : CommentHeuristic(
    "emoji_only", Leaning.LowEffort, 40, "A comment with no words cannot engage with what the post says.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        comment.Words.Count == 0 && comment.Text.Trim().Length > 0
            ? Found(comment.Text.Trim(), "Only emoji or symbols, no words.", strong: true)
            : null;
}
