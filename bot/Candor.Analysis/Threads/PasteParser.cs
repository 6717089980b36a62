using System.Text;
using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Threads;

/// <summary>
/// Reads what a person copied from LinkedIn — web copy, glued-time copy, hand-written "Name: comment"
/// lines or a single comment — into a post and its comments. It never throws on user text: anything it
/// cannot place becomes comment text, and an empty result means nothing comment-like was there.
/// </summary>
internal static partial class PasteParser
{
    // A block above the first comment needs this many words to count as the post rather than stray text.
    private const int MinPostWords = 8;

    public static ParsedPaste Parse(string text)
    {
        var lines = PerItem.Map(TextNormalizer.Normalize(text).Split('\n'), PasteLine.Classify);

        var timeAnchors = AnchorsOf(lines, LineKind.Time);
        if (timeAnchors.Count > 0)
        {
            return new AnchoredReader(lines, timeAnchors, PasteShape.WebCopy).Read();
        }

        var gluedAnchors = AnchorsOf(lines, LineKind.GluedTime);
        if (IsGluedShape(lines, gluedAnchors))
        {
            return new AnchoredReader(lines, gluedAnchors, PasteShape.GluedTime).Read();
        }

        return TryReadSimple(lines) ?? ReadSingle(lines);
    }

    private static List<int> AnchorsOf(PasteLine[] lines, LineKind kind)
    {
        var anchors = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Kind == kind)
            {
                anchors.Add(i);
            }
        }

        return anchors;
    }

    // A comment can start with "3 h" by chance; one glued line is only trusted with a headline above it.
    private static bool IsGluedShape(PasteLine[] lines, List<int> anchors) =>
        anchors.Count >= 2
        || (anchors.Count == 1 && anchors[0] > 0 && lines[anchors[0] - 1].IsText && PeopleLines.LooksLikeHeadline(lines[anchors[0] - 1].Text));

    private static ParsedPaste? TryReadSimple(PasteLine[] lines)
    {
        var comments = new List<ParsedComment>();
        var preamble = new List<string>();
        var body = new StringBuilder();
        (string Name, RelativeAge? Age)? current = null;

        void Flush()
        {
            if (current is { } c && body.Length > 0)
            {
                comments.Add(new ParsedComment(c.Name, null, null, false, c.Age, false, false, body.ToString().Trim()));
            }

            body.Clear();
        }

        foreach (var line in lines)
        {
            if (line.Kind is LineKind.CommentChrome or LineKind.PostChrome)
            {
                continue;
            }

            if (current is null && PostLabel().Match(line.Text) is { Success: true } postLine)
            {
                preamble.Add(postLine.Groups["text"].Value);
            }
            else if (TryReadSimpleLine(line.Text, out var name, out var age, out var said))
            {
                Flush();
                current = (name, age);
                body.Append(said);
            }
            else if (current is null)
            {
                preamble.Add(line.Text);
            }
            else
            {
                body.Append('\n').Append(line.Text);
            }
        }

        Flush();
        var lone = comments.Count == 1 && preamble.All(string.IsNullOrWhiteSpace);
        if (comments.Count < 2 && !lone)
        {
            return null;
        }

        return new ParsedPaste(PasteShape.Simple, PostFrom(preamble), comments);
    }

    private static bool TryReadSimpleLine(string line, out string name, out RelativeAge? age, out string said)
    {
        var match = SimpleLine().Match(line);
        name = match.Groups["name"].Value.Trim();
        said = match.Groups["text"].Value.Trim();
        age = null;
        if (!match.Success || NotSpeakers.IsMatch(name) || !PeopleLines.LooksLikeName(name))
        {
            return false;
        }

        if (match.Groups["time"].Success && RelativeTimeParser.TryParseLine(match.Groups["time"].Value, out var time))
        {
            age = time.Age;
        }

        return true;
    }

    private static ParsedPaste ReadSingle(PasteLine[] lines)
    {
        var text = JoinBody(lines.Where(l => l.Kind is LineKind.Text or LineKind.Blank or LineKind.GluedTime).Select(l => l.Text));
        return text.Length == 0
            ? ParsedPaste.Empty
            : new ParsedPaste(PasteShape.Lone, null, [new ParsedComment(null, null, null, false, null, false, false, text)]);
    }

    internal static ParsedPost? PostFrom(List<string> preamble)
    {
        var text = JoinBody(preamble);
        return Words.Count(text) >= MinPostWords ? new ParsedPost(null, null, null, text) : null;
    }

    /// <summary>Joins comment lines, keeping single blank lines between paragraphs and dropping the page's "…see more".</summary>
    internal static string JoinBody(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                pendingBlank = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingBlank ? "\n\n" : "\n");
            }

            builder.Append(UiNoise.StripSeeMore(line));
            pendingBlank = false;
        }

        return builder.ToString().Trim();
    }

    // Outreach context and e-mail style headers are not speakers.
    private static readonly Regex NotSpeakers = NotSpeakerNames();

    // "Post: …" above hand-written comments is the post itself.
    [GeneratedRegex(@"^\s*(original )?post\s*[:：]\s*(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostLabel();

    [GeneratedRegex(@"^(" + MessageWords.ContextKeys + @"|re|fw|fwd|note|ps|p\.s|from|cc|bcc|date|sent|https?|edit|update|tl;dr|tldr|step \d+|q|a|pros?|cons?|question|answer|post|comment|comments|tip|example|result|results|context|problem|solution|summary|takeaway|lesson|warning|reminder|source|quote|bonus|why|how|what|fact|myth|before|after|goal|idea|plan|status|agenda|update \d+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotSpeakerNames();

    // "Alex Kim: Love this!" and "Alex Kim (3h): Love this!". The blanks around the time are bounded: two
    // unbounded runs of spaces either side of an optional group made a long run of spaces take minutes.
    [GeneratedRegex(@"^(?<name>[^:：()\n]{2,60}?)[ \t]{0,3}(\((?<time>[^)]{1,24})\))?[ \t]{0,3}[:：]\s*(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleLine();
}
