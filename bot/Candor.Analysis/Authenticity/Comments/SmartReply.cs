using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>The whole comment is a stock reply: once praise, names, emoji and filler are removed, nothing is left.</summary>
internal sealed partial class SmartReply() : CommentHeuristic(
    "smart_reply", Leaning.LowEffort, 35, "A reply with no words of its own is what one-tap smart replies and pods produce.")
{
    // Longer comments can be generic, but that is for other heuristics to say; this one is about near-empty replies.
    private const int MaxWords = 14;

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        if (comment.Words.Count > MaxWords)
        {
            return null;
        }

        if (StockPhrases.WholeReply.IsMatch(comment.Text))
        {
            return Found(comment.Text.Trim(), "The whole comment is a stock reply; it adds nothing of the writer's own.", strong: true);
        }

        if (comment.Praise.Count == 0)
        {
            return null;
        }

        var left = Vocative().Replace(StockPhrases.Blank(comment.Text, comment.Praise), " ");
        var ownWords = Text.Words.Of(left).Where(w => !StopWords.Contains(w.Lower) && (w.Lower.Length > 1 || Text.Words.IsIdeographic(w.Lower[0]))).ToList();
        return ownWords.Count == 0 || IsOnlyAName(left, ownWords)
            ? Found(comment.Text.Trim(), "Only stock phrases (and perhaps a name or emoji): nothing in it is about this post.", strong: true)
            : null;
    }

    // "Congratulations Maria!": one or two capitalised words left over are the person addressed.
    private static bool IsOnlyAName(string left, List<Word> ownWords) =>
        ownWords.Count <= 2 && ownWords.All(w => char.IsUpper(left[w.Span.Start]));

    // A first name used as an address ("Great insights, Tom!") and hashtags are not content.
    [GeneratedRegex(@"(,\s*|\b(?i:hi|hey|thanks|thank you|congrats)\s+)\p{Lu}[\p{L}'’-]+(\s\p{Lu}[\p{L}'’-]+)?|#[\p{L}\p{N}_]+", RegexOptions.CultureInvariant)]
    private static partial Regex Vocative();
}
