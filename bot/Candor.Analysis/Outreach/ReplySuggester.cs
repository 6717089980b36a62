using Candor.Analysis.Reports;
using Candor.Analysis.Text;

namespace Candor.Analysis.Outreach;

/// <summary>
/// Suggests how to answer a comment or message the user received: their own point quoted back and one real
/// question, instead of "Thanks!" or "Sounds good!". A low-effort comment gets a reply that asks for
/// something specific (a person can answer it; a bot or a pod member rarely does). Spam, scams and phishing
/// get no reply at all, only advice. Like the rewrite, it never states a fact the comment did not.
/// </summary>
internal static class ReplySuggester
{
    // Quotes longer than this are cut at a word boundary: a reply repeats a phrase, not the whole comment.
    private const int MaxQuoteWords = 12;

    private const string SpamAdvice =
        "Don't reply, click its links or move to another app: answering tells the sender the account is read. "
        + "Report it (… menu → Report) and block the account if it messaged you.";

    private const string ReplyAdvice =
        "A reply that picks up their point and asks one real question starts a conversation; \"Thanks!\" ends it.";

    private const string ProbeAdvice =
        "Generic comments are often pods or tools. A reply that asks for something specific shows whether a person is behind it.";

    public static ReplySuggestion Suggest(CommentReport comment)
    {
        if (comment.Verdict == Verdict.Spam)
        {
            return new ReplySuggestion(null, SpamAdvice);
        }

        var name = comment.Author?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var text = comment.Text.Trim();
        if (comment.Verdict is Verdict.LowEffort or Verdict.Automated || KeySentence(text) is not { } point)
        {
            return new ReplySuggestion(Address(name, $"\"{Quote(text)}\": which part would you put to work first, and why?"), ProbeAdvice);
        }

        return new ReplySuggestion(Address(name, $"on \"{Quote(point)}\": {QuestionFor(point, text)}"), ReplyAdvice);
    }

    private static string Address(string? name, string rest) =>
        name is null ? char.ToUpperInvariant(rest[0]) + rest[1..] : $"{name}, {rest}";

    /// <summary>The comment's most specific sentence: one with a figure, else its longest that is not a stock phrase.</summary>
    private static string? KeySentence(string text)
    {
        var sentences = Sentences.Of(text).Select(s => s.Of(text)).Where(s => Words.Count(s) >= 4).ToList();
        return sentences.FirstOrDefault(s => s.Any(char.IsAsciiDigit)) ?? sentences.OrderByDescending(s => Words.Count(s)).FirstOrDefault();
    }

    private static string QuestionFor(string point, string comment) => comment switch
    {
        _ when point.EndsWith('?') => "what is prompting the question on your side?",
        _ when Disagrees(comment) => "what would change your mind?",
        _ when point.Any(char.IsAsciiDigit) => "how did you measure that?",
        _ when Experience(comment) => "what would you do differently if you started again?",
        _ => "how did you arrive at that?",
    };

    private static bool Disagrees(string text) =>
        text.Contains("disagree", StringComparison.OrdinalIgnoreCase) || text.Contains("not sure", StringComparison.OrdinalIgnoreCase)
        || text.Contains("push back", StringComparison.OrdinalIgnoreCase) || text.StartsWith("But ", StringComparison.Ordinal);

    private static bool Experience(string text) =>
        text.Contains("we ", StringComparison.OrdinalIgnoreCase) || text.Contains("our ", StringComparison.OrdinalIgnoreCase)
        || text.Contains("I tried", StringComparison.OrdinalIgnoreCase) || text.Contains("in my experience", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sentence's opening words, cut at a word boundary, without end punctuation or line breaks.</summary>
    internal static string Quote(string sentence)
    {
        var flat = sentence.ReplaceLineEndings(" ").Trim().TrimEnd('.', '!', '?', ' ');
        var words = Words.Of(flat);
        if (words.Count <= MaxQuoteWords)
        {
            return flat;
        }

        return flat[..words[MaxQuoteWords - 1].Span.End] + "…";
    }
}
