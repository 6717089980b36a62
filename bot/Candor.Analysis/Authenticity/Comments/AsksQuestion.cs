using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>A real question about the content — not "Thoughts?" or "Agree?".</summary>
internal sealed partial class AsksQuestion() : CommentHeuristic(
    "asks_question", Leaning.Genuine, 20, "A specific question shows the writer read the post and wants to know more.")
{
    private const int MinQuestionWords = 4;

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        foreach (Match question in Question().Matches(comment.Text))
        {
            var words = Text.Words.Count(question.Value);
            if (!comment.InLink(question.Index + question.Length - 1) && words >= MinQuestionWords && !GenericQuestion().IsMatch(question.Value))
            {
                return Found(question.Value.Trim(), "Asks a specific question about the content.");
            }
        }

        return null;
    }

    [GeneratedRegex(@"[^.!?\n]+[?？]", RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"^\W*(what do you (all |guys )?think|what are your thoughts|thoughts|agree|who else (agrees|thinks so|feels this)|don'?t you (think|agree)|isn'?t it|right|am i right|do you agree|what'?s your take|would you agree|how about you|anyone else|who wants (the|my|a|this|it)\b.*|want (the|my|a) \w+( \w+)?|interested|who'?s in)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericQuestion();
}
