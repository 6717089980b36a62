namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// A comment of some length with nothing concrete in it: no number, name, question, experience or
/// disagreement. Runs after the genuine-engagement heuristics and fires only when none of them did.
/// </summary>
internal sealed class NoSpecifics() : CommentHeuristic(
    "no_specifics", Leaning.LowEffort, 15, "Real engagement usually carries a detail, a question or an experience.")
{
    // Shorter comments are judged by smart_reply; this is for sentences that say little at length.
    private const int MinWords = 4;

    // Echoing the post's subject is what generated comments do best, so it does not count as concrete.
    internal static bool SaysSomethingConcrete(Finding finding) => finding.Leaning == Leaning.Genuine && finding.Id != "on_topic";

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        comment.Words.Count >= MinWords && !earlier.Any(SaysSomethingConcrete)
            ? Found(comment.Text.Trim(), "No detail, number, question or experience: nothing shows the writer engaged with the post.")
            : null;
}
