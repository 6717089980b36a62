namespace Candor.Bot.LinkFetch;

/// <summary>A post as its public page describes it in its metadata; any field the page left out is null.</summary>
internal sealed record PublicPost(string? Author, DateTimeOffset? PublishedAt, string Text, IReadOnlyList<PublicComment> Comments);

/// <summary>A comment the public page published with the post.</summary>
internal sealed record PublicComment(string? Author, DateTimeOffset? WrittenAt, string Text);
