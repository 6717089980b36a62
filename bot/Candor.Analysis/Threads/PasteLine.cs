namespace Candor.Analysis.Threads;

internal enum LineKind
{
    Blank,

    /// <summary>Buttons and counters around a comment ("Like", "Reply", "5 Reactions").</summary>
    CommentChrome,

    /// <summary>Buttons and counters under a post ("42 comments", "Repost", "Most relevant").</summary>
    PostChrome,

    Degree,
    AuthorBadge,

    /// <summary>A relative time on its own line: the anchor of a web-copy comment.</summary>
    Time,

    /// <summary>A relative time glued to the start of the comment text.</summary>
    GluedTime,

    Text,
}

/// <summary>One trimmed line of a paste, classified once so the parser can look back and forth cheaply.</summary>
internal readonly record struct PasteLine(string Text, LineKind Kind, RelativeTimeMatch Time)
{
    public bool IsText => Kind == LineKind.Text;

    public static PasteLine Classify(string rawLine)
    {
        var text = rawLine.Trim();
        if (text.Length == 0)
        {
            return new PasteLine(text, LineKind.Blank, default);
        }

        if (RelativeTimeParser.TryParseLine(text, out var time))
        {
            return new PasteLine(text, LineKind.Time, time);
        }

        if (UiNoise.IsDegree(text))
        {
            return new PasteLine(text, LineKind.Degree, default);
        }

        if (UiNoise.IsAuthorBadge(text))
        {
            return new PasteLine(text, LineKind.AuthorBadge, default);
        }

        if (UiNoise.IsCommentChrome(text))
        {
            return new PasteLine(text, LineKind.CommentChrome, default);
        }

        if (UiNoise.IsPostChrome(text))
        {
            return new PasteLine(text, LineKind.PostChrome, default);
        }

        return RelativeTimeParser.TryParseGluedPrefix(text, out var glued)
            ? new PasteLine(text, LineKind.GluedTime, glued)
            : new PasteLine(text, LineKind.Text, default);
    }
}
