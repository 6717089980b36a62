using Candor.Analysis.Text;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Authenticity;

/// <summary>A parsed thread prepared for heuristics: every comment's context, fingerprints and findings so far.</summary>
internal sealed class ThreadContext
{
    public ThreadContext(ParsedPaste paste, string? postText)
    {
        Paste = paste;
        var postSource = postText ?? paste.Post?.Text;
        var post = postSource is null ? null : TopicWords.Of(postSource);
        Comments = PerItem.Map(paste.Comments, c => new CommentContext(c, post));
        Fingerprints = PerItem.Map(Comments, c => Shingles.Of(c.Words));
        TopicFingerprints = PerItem.Map(Comments, c => Shingles.OfEach(c.Topic.Stems));
        Findings = Comments.Select(_ => new List<Finding>(4)).ToArray();
    }

    public ParsedPaste Paste { get; }


    public CommentContext[] Comments { get; }

    public ulong[][] Fingerprints { get; }

    /// <summary>Per comment, its topic stems hashed and sorted, so pairs compare by one merge.</summary>
    public ulong[][] TopicFingerprints { get; }

    /// <summary>Per comment, what its own and the cross-comment heuristics found.</summary>
    public List<Finding>[] Findings { get; }

    /// <summary>Two comments from different people (unnamed commenters are assumed different).</summary>
    public bool DifferentAuthors(int a, int b) =>
        Comments[a].Comment.Author is not { } first || Comments[b].Comment.Author is not { } second
        || !string.Equals(first, second, StringComparison.OrdinalIgnoreCase);
}
