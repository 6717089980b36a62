namespace Candor.Analysis.Links;

public enum LinkKind { LinkedinPost, LinkedinComment, LinkedinArticle, LinkedinProfile, Other }

public enum LinkRisk { None, Suspicious, Dangerous }

/// <summary>What a URL points at, when its IDs say it was posted, and how risky it is.</summary>
/// <param name="PostedAt">Decoded from the post's activity/ugcPost/share ID (UTC).</param>
/// <param name="CommentedAt">Decoded from the comment ID of a comment URL (UTC).</param>
/// <param name="Reasons">Plain-language reasons for <paramref name="Risk"/>; empty when there is none.</param>
public sealed record LinkReport(
    string Url,
    LinkKind Kind,
    string? ActivityId,
    string? CommentId,
    DateTimeOffset? PostedAt,
    DateTimeOffset? CommentedAt,
    LinkRisk Risk,
    IReadOnlyList<string> Reasons)
{
    /// <summary>How long after the post the comment was written, when both IDs are known.</summary>
    public TimeSpan? CommentDelay => PostedAt is { } posted && CommentedAt is { } commented ? commented - posted : null;
}
