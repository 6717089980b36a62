namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// A comment of some length that engages with nothing: no question, experience, pushback, reference to
/// the post or answer to someone. Names and numbers alone do not count, since plugs and templates are
/// full of them. Runs after the genuine-engagement heuristics and fires only when none of them did.
/// </summary>
internal sealed class NoSpecifics() : CommentHeuristic(
    "no_specifics", Leaning.LowEffort, 15, "Real engagement asks, answers, disagrees or brings experience; applause and plugs do none of that.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        comment.Words.Count > 0 && !earlier.Any(CommentJudge.Engages)
            ? Found(comment.Text.Trim(), "Nothing in it engages with the post: no question, experience, pushback or reference to it.")
            : null;
}
