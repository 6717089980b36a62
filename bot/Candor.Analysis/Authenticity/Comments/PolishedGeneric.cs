using System.Collections.Frozen;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// Long, polished praise built from abstract words ("truly resonates", "valuable perspective",
/// "thought-provoking") with nothing concrete: the shape of templated and generated comments.
/// </summary>
internal sealed class PolishedGeneric() : CommentHeuristic(
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

        var abstractWords = comment.Words.Where(w => IsAbstract(w.Lower)).ToList();
        var distinct = abstractWords.Select(w => w.Lower).Distinct(StringComparer.Ordinal).Count();
        return distinct >= MinAbstractWords
            ? Found(comment.Text, abstractWords[0].Span, $"{comment.Words.Count} words of polished, abstract praise ({distinct} words like \"{abstractWords[0].Span.Of(comment.Text)}\") and not one concrete detail.")
            : null;
    }

    private static bool IsAbstract(string word) =>
        AbstractWords.Contains(word) || word.StartsWith("resonat", StringComparison.Ordinal) || word.StartsWith("empower", StringComparison.Ordinal)
        || word.StartsWith("foster", StringComparison.Ordinal);

    private static readonly FrozenSet<string> AbstractWords = FrozenSet.ToFrozenSet(
    [
        "insightful", "insight", "insights", "valuable", "invaluable", "perspective", "perspectives", "thought-provoking", "truly", "journey", "wisdom",
        "testament", "inspiring", "inspired", "inspiration", "powerful", "incredible", "impactful", "game-changer", "gamechanger", "kudos", "profound",
        "remarkable", "appreciate", "community", "mindset", "elevate", "transformative", "crucial", "essential", "takeaway", "takeaways", "delve",
        "landscape", "realm", "pivotal", "commendable", "enlightening", "eye-opening", "spot-on", "well-articulated", "articulated", "brilliant",
        "fantastic", "amazing", "wonderful", "excellent", "outstanding", "exceptional", "phenomenal", "meaningful", "compelling", "refreshing",
        "thoughtful", "share", "sharing",
    ], StringComparer.Ordinal);
}
