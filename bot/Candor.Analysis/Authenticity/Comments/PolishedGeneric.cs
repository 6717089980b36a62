using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// Long, polished praise built from abstract words ("truly resonates", "valuable perspective",
/// "thought-provoking") with nothing concrete: the shape of templated and generated comments.
/// </summary>
internal sealed partial class PolishedGeneric() : CommentHeuristic(
    "polished_generic", Leaning.LowEffort, 20, "Length and polish without a single concrete detail is a template, however well written.")
{
    private const int MinWords = 14;
    private const int MinAbstractWords = 3;

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        if (comment.Words.Count < MinWords || earlier.Any(CommentJudge.Engages))
        {
            return null;
        }

        var matches = Abstract().Matches(comment.Text);
        var distinct = matches.Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
        return distinct >= MinAbstractWords
            ? Found(matches[0].Value, $"{comment.Words.Count} words of polished, abstract praise ({distinct} words like \"{matches[0].Value}\") and not one concrete detail.")
            : null;
    }

    [GeneratedRegex(@"\b(resonat\w*|insightful|insights?|valuable|invaluable|perspectives?|thought-provoking|truly|journey|wisdom|testament|inspiring|inspired|inspiration|powerful|incredible|impactful|game-?changer|kudos|profound|remarkable|appreciate|community|mindset|empower\w*|elevate|transformative|crucial|essential|takeaways?|delve|landscape|realm|foster\w*|pivotal|commendable|enlightening|eye-opening|spot-on|well-articulated|articulated|brilliant|fantastic|amazing|wonderful|excellent|outstanding|exceptional|phenomenal|meaningful|compelling|refreshing|thoughtful|share|sharing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abstract();
}
