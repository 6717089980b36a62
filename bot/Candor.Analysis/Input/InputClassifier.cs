using System.Text.RegularExpressions;
using Candor.Analysis.Authenticity.Comments;
using Candor.Analysis.Links;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Input;

/// <summary>What a paste is, with the parse that decided it and, when it was a close call, a note saying so.</summary>
internal sealed record Classification(ReportKind Kind, ParsedPaste Paste, IReadOnlyList<FoundLink> Links, Signal? Note);

/// <summary>
/// Decides whether a paste is links, a thread, one comment or an outreach draft. Structure decides first
/// (several comments are a thread); a lone text is weighed by shape: a draft greets someone, talks to
/// "you" and asks for something; a comment reacts to a post.
/// </summary>
internal static partial class InputClassifier
{
    // "Check this: <link>" is still a link check; more words than this around the links are a comment or draft.
    private const int MaxWordsAroundLinks = 6;

    /// <summary>The signal that says a paste could have been read as another kind.</summary>
    public const string InputKindId = "input_kind";

    public static Classification Classify(string text)
    {
        var links = LinkExtractor.Extract(text);
        if (links.Count > 0 && WordsOutside(text, links) <= MaxWordsAroundLinks)
        {
            return new Classification(ReportKind.Link, ParsedPaste.Empty, links, null);
        }

        var paste = PasteParser.Parse(text);
        if (paste.Comments.Count >= 2)
        {
            return new Classification(ReportKind.Thread, paste, links, null);
        }

        if (paste.Shape != PasteShape.Lone)
        {
            return new Classification(ReportKind.Comment, paste, links, null);
        }

        return WeighSingle(text, paste, links);
    }

    private static Classification WeighSingle(string text, ParsedPaste paste, IReadOnlyList<FoundLink> links)
    {
        var draft = DraftCues().Matches(text);
        var draftScore = draft.Sum(m => m.Groups["strong"].Success ? 3 : 1);
        var words = Text.Words.Of(text);
        var reaction = StockPhrases.Praise.All(words);
        var commentScore = reaction.Count + CommentCues().Count(text) + (words.Count <= 12 ? 1 : 0);

        var isDraft = draftScore >= 2 && draftScore > commentScore;
        var margin = Math.Abs(draftScore - commentScore);
        Signal? note = null;
        if (margin <= 1 && draftScore > 0 && commentScore > 0)
        {
            var (cue, other) = isDraft ? (draft[0].Value, "a comment, paste it with the post") : (reaction.Count > 0 ? reaction[0].Of(text) : text.Trim(), "a message you want to send, use coach");
            note = new Signal(InputKindId, cue.Trim(),
                $"Read as {(isDraft ? "an outreach draft" : "a comment")}, but it could be either; if it is {other}.");
        }

        return new Classification(isDraft ? ReportKind.Outreach : ReportKind.Comment, paste, links, note);
    }

    private static int WordsOutside(string text, IReadOnlyList<FoundLink> links)
    {
        var count = 0;
        var position = 0;
        foreach (var link in links)
        {
            count += Text.Words.Count(text.AsSpan(position, Math.Max(0, link.Span.Start - position)));
            position = Math.Max(position, link.Span.End);
        }

        return count + Text.Words.Count(text.AsSpan(position));
    }

    // Greeting, context lines, self-introduction, asks and sign-offs: the parts of a message to one person.
    // Blanks are [ \t] (the text is normalised), never \s: with \s the line anchors and the run of line
    // breaks before a sign-off re-scan long runs of blank lines, which made a 5 KB paste take minutes.
    // Context lines and sign-offs only occur in messages ("strong"); comments greet the poster too.
    [GeneratedRegex(@"(?<strong>^[ \t]*(" + MessageWords.ContextKeys + @")[ \t]*:|\n[ \t]*(" + MessageWords.SignOffs + @")[,!]?[ \t]*\n+[ \t]*\p{Lu}[\p{L}'’-]+[ \t]*$)|^[ \t]*(" + MessageWords.Greetings + @")\b[^\n]{0,40}[,!\n]|\b(i came across your|i noticed (you|your)|i saw (you|your)|i'?m reaching out|reaching out (to|because)|i'?d love to (connect|chat|learn|hear|set up|show|tell)|would you be (open|interested|up)|are you (open|free|available|interested)|do you have (\d+|a few|some|time)|(15|20|30|45)[- ]?(min|minutes)|quick (call|chat)|hop on a call|grab (a )?(coffee|virtual coffee)|let me know if|happy to (share|send|walk|show)|our (company|team|product|platform|tool|solution|agency)|we help|i help|i work (at|with|for)|i'?m (a|an|the) \w+ (at|with)|worth a (chat|call|conversation)|would it make sense|pick your brain|book a|schedule a|calendly)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DraftCues();

    [GeneratedRegex(@"\b((this|your|the) (recent |latest |last |new )?(post|article|share|update)|great read|this thread|thanks for sharing|shared this|posted this|agree with|spot on|#\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentCues();
}
