using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// The pod template: praise, the poster's first name, a thank-you or hashtags to close
/// ("Great insights, Tom! Thanks for sharing 🙌 #leadership").
/// </summary>
internal sealed partial class TemplateShape() : CommentHeuristic(
    "template_shape", Leaning.LowEffort, 20, "Praise + name + thanks/hashtags is a fill-in-the-name template used across posts.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        var opening = PraiseThenName().Match(comment.Text);
        if (!opening.Success || earlier.Any(CommentJudge.Engages))
        {
            return null;
        }

        var closing = Closer().Match(comment.Text, opening.Index + opening.Length);
        return closing.Success
            ? Found(comment.Text.Trim(), "Built like a template: praise, the poster's name, then a stock sign-off.")
            : null;
    }

    [GeneratedRegex(@"^\W*(\w+\s+){0,3}?(post|insights?|points?|share|read|perspective|thoughts|work|job|reminder|message|take|article|advice|said|agree(d)?|true|this|congrat(s|ulations)|amazing|awesome|brilliant|fantastic|inspiring|insightful|powerful)[\s!.,]*,?\s*(?-i:\p{Lu})[\p{L}'’-]+\s*[!.,]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PraiseThenName();

    [GeneratedRegex(@"(thanks|thank you)( so much)? for (sharing|posting|this)|keep (it up|sharing|them coming|up the great work)|looking forward to (more|your next)|#[\p{L}\p{N}_]+\s*$|[🙌👏🔥💯🚀👍✨💡]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closer();
}
