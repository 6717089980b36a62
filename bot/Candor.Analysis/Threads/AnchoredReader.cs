namespace Candor.Analysis.Threads;

/// <summary>
/// Reads pastes whose comments are anchored by a relative time (on its own line in web copy, glued to the
/// text otherwise). Each anchor's header — name, degree, Author badge, headline — is found by looking back
/// from the anchor; its body runs to the next header.
/// </summary>
internal sealed class AnchoredReader(PasteLine[] lines, List<int> anchors, PasteShape shape)
{
    // A header (name, repeated name, degree, badge, headline) never spans more lines than this.
    private const int MaxHeaderLines = 6;

    private readonly record struct Header(int Start, string? Name, string? Degree, bool IsAuthor, string? Headline);

    public ParsedPaste Read()
    {
        var headers = new Header[anchors.Count];
        for (var k = 0; k < anchors.Count; k++)
        {
            var lowerBound = k == 0 ? 0 : anchors[k - 1] + 1;
            headers[k] = ReadHeader(anchors[k], lowerBound);
        }

        ParsedPost? post = null;
        var comments = new List<ParsedComment>(anchors.Count);
        var nextIsReply = false;
        for (var k = 0; k < anchors.Count; k++)
        {
            var end = k + 1 < anchors.Count ? headers[k + 1].Start : lines.Length;
            var (body, sawPostChrome, endsWithReplies) = ReadBody(anchors[k], end);
            var header = headers[k];
            var time = lines[anchors[k]].Time;

            if (k == 0 && sawPostChrome)
            {
                post = new ParsedPost(header.Name, header.Headline, time.Age, body);
            }
            else if (body.Length > 0)
            {
                var isPostAuthor = header.IsAuthor || (post?.Author is { } postAuthor && postAuthor == header.Name);
                comments.Add(new ParsedComment(header.Name, header.Headline, header.Degree, isPostAuthor, time.Age, time.Edited, nextIsReply, body));
            }

            nextIsReply = endsWithReplies;
        }

        post ??= PasteParser.PostFrom(lines[..headers[0].Start].Where(l => l.IsText || l.Kind == LineKind.Blank).Select(l => l.Text).ToList());
        return comments.Count == 0 && post is null
            ? ParsedPaste.Empty
            : new ParsedPaste(shape, post, comments);
    }

    private Header ReadHeader(int anchor, int lowerBound)
    {
        var floor = Math.Max(lowerBound, anchor - MaxHeaderLines);
        for (var j = anchor - 1; j >= floor; j--)
        {
            if (IsStructuralName(j, anchor))
            {
                return HeaderFromName(j, anchor, lowerBound);
            }

            if (lines[j].Kind is LineKind.Blank or LineKind.PostChrome
                || (lines[j].Kind == LineKind.CommentChrome && !UiNoise.IsFollowButton(lines[j].Text)))
            {
                break;
            }
        }

        return HeaderByShape(anchor, lowerBound);
    }

    // The page follows a name with its repeat, a degree line or an Author badge; nothing else is followed
    // so. With that cue any short line is a name, even one that reads like a role ("Account Security").
    private bool IsStructuralName(int j, int anchor)
    {
        var nameLine = UiNoise.SplitNameLine(lines[j].Text);
        if (!lines[j].IsText || !PeopleLines.CouldBeName(nameLine.Name))
        {
            return false;
        }

        if (nameLine.HasSuffix)
        {
            return true;
        }

        var next = j + 1 < anchor ? lines[j + 1] : default;
        return next.Kind is LineKind.Degree or LineKind.AuthorBadge || (next.IsText && next.Text == lines[j].Text);
    }

    private Header HeaderFromName(int j, int anchor, int lowerBound)
    {
        var nameLine = UiNoise.SplitNameLine(lines[j].Text);
        var name = nameLine.Name;
        var start = j > lowerBound && lines[j - 1].IsText && UiNoise.SplitNameLine(lines[j - 1].Text).Name == name ? j - 1 : j;
        var degree = nameLine.Degree;
        var isAuthor = nameLine.IsAuthor;
        var headline = new List<string>();
        for (var i = j + 1; i < anchor; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Degree:
                    degree = line.Text.TrimStart('•', '·', ' ');
                    break;
                case LineKind.AuthorBadge:
                    isAuthor = true;
                    break;
                case LineKind.Text when UiNoise.SplitNameLine(line.Text).Name != name:
                    headline.Add(line.Text);
                    break;
            }
        }

        return new Header(start, name, degree, isAuthor, headline.Count == 0 ? null : string.Join(" ", headline));
    }

    // No structural cue: "Name / Headline / time", "Headline / glued time" or a bare name above the time.
    private Header HeaderByShape(int anchor, int lowerBound)
    {
        var before = TextLineAbove(anchor, lowerBound);
        var twoBefore = before < 0 ? -1 : TextLineAbove(before, lowerBound);
        if (before < 0)
        {
            return new Header(anchor, null, null, false, null);
        }

        var (beforeText, twoBeforeText) = (lines[before].Text, twoBefore < 0 ? null : lines[twoBefore].Text);
        if (twoBeforeText is not null && PeopleLines.LooksLikeName(twoBeforeText) && PeopleLines.CouldBeHeadline(beforeText))
        {
            return new Header(twoBefore, twoBeforeText, null, false, beforeText);
        }

        // Glued copies lose the names but keep the headline, so a lone line above is a headline there.
        if (shape == PasteShape.GluedTime ? PeopleLines.CouldBeHeadline(beforeText) : PeopleLines.LooksLikeHeadline(beforeText))
        {
            return new Header(before, null, null, false, beforeText);
        }

        return PeopleLines.LooksLikeName(beforeText)
            ? new Header(before, beforeText, null, false, null)
            : new Header(anchor, null, null, false, null);
    }

    /// <summary>The nearest text line above <paramref name="index"/>, looking past follow buttons; -1 if none.</summary>
    private int TextLineAbove(int index, int lowerBound)
    {
        var i = index - 1;
        while (i >= lowerBound && lines[i].Kind == LineKind.CommentChrome && UiNoise.IsFollowButton(lines[i].Text))
        {
            i--;
        }

        return i >= lowerBound && lines[i].IsText ? i : -1;
    }

    private (string Body, bool SawPostChrome, bool EndsWithReplies) ReadBody(int anchor, int end)
    {
        var text = new List<string>();
        var anchorLine = lines[anchor];
        if (anchorLine.Kind == LineKind.GluedTime)
        {
            text.Add(anchorLine.Text[anchorLine.Time.Length..]);
        }

        var sawPostChrome = false;
        var endsWithReplies = false;
        for (var i = anchor + 1; i < end; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Text:
                case LineKind.Blank:
                case LineKind.GluedTime:
                    // Only anchors start comments; inside a body "15 Min. Vorbereitung…" is just text.
                    text.Add(line.Text);
                    break;
                case LineKind.PostChrome:
                    sawPostChrome = true;
                    break;
                case LineKind.CommentChrome:
                    endsWithReplies = endsWithReplies || IsRepliesMarker(line.Text);
                    break;
            }
        }

        return (PasteParser.JoinBody(text), sawPostChrome, endsWithReplies);
    }

    // "1 Reply", "3 Replies", "Load previous replies": the next comment is a reply to this one. The bare
    // "Reply" button follows every comment, so only a count or a link to more replies counts.
    private static bool IsRepliesMarker(string chrome) =>
        (chrome.Any(char.IsDigit) || chrome.Contains("replies", StringComparison.OrdinalIgnoreCase))
        && ReplyWords.Any(w => chrome.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] ReplyWords = ["repl", "antwort", "répons", "respuest", "respost", "回复", "回覆", "返信"];
}
