namespace Candor.Analysis.Threads;

/// <summary>How the paste was laid out, which decides how much of its structure could be trusted.</summary>
public enum PasteShape
{
    /// <summary>Nothing comment-like was found.</summary>
    Empty,

    /// <summary>LinkedIn web copy: names, degree, headline and a relative time on its own line.</summary>
    WebCopy,

    /// <summary>Names lost; the relative time in the viewer's UI language glued to the start of each comment.</summary>
    GluedTime,

    /// <summary>Hand-written "Name: comment" lines.</summary>
    Simple,

    /// <summary>One piece of text with no thread structure.</summary>
    Lone,
}

/// <summary>The post a thread belongs to, when the paste included it.</summary>
public sealed record ParsedPost(string? Author, string? Headline, RelativeAge? Age, string Text);

/// <summary>One comment (or reply) as the page showed it.</summary>
/// <param name="IsPostAuthor">The page marked the commenter as the post's author (the "Author" badge).</param>
/// <param name="IsReply">The page showed it as a reply to the comment above it.</param>
public sealed record ParsedComment(
    string? Author,
    string? Headline,
    string? Degree,
    bool IsPostAuthor,
    RelativeAge? Age,
    bool Edited,
    bool IsReply,
    string Text);

/// <summary>What the parser understood of a paste. <see cref="Comments"/> is empty when nothing comment-like was found.</summary>
public sealed record ParsedPaste(PasteShape Shape, ParsedPost? Post, IReadOnlyList<ParsedComment> Comments)
{
    /// <summary>Nothing comment-like was found.</summary>
    public static ParsedPaste Empty { get; } = new(PasteShape.Empty, null, []);
}
