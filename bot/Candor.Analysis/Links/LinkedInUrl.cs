using System.Text.RegularExpressions;

namespace Candor.Analysis.Links;

/// <summary>What a LinkedIn link points at and the IDs in it, read from the address alone (protocols.md §5).</summary>
/// <param name="ActivityId">The post's 19-digit activity, ugcPost or share ID.</param>
/// <param name="CommentId">The 19-digit ID of the comment (or reply) a comment link points at.</param>
internal sealed partial record LinkedInUrl(LinkKind Kind, string? ActivityId, string? CommentId)
{
    private static readonly LinkedInUrl NotLinkedInContent = new(LinkKind.Other, null, null);

    // A reply link names both the parent comment and the reply; the reply is what the link shows, so it wins.
    private static readonly string[] CommentParameters = ["replyUrn", "dashReplyUrn", "commentUrn", "dashCommentUrn"];

    /// <summary>Reads any link; everything that is not a post, comment, article or profile on linkedin.com is Other.</summary>
    public static LinkedInUrl Parse(string? url)
    {
        // lnkd.in short links are LinkedIn's, but only following them (I/O) would tell what they point at.
        if (WebAddress.TryParse(url) is not { } address || address.RegistrableDomain != KnownSites.LinkedInDomain)
        {
            return NotLinkedInContent;
        }

        var (path, query) = SplitQuery(address.PathAndQuery);
        var comment = CommentIn(query) ?? CommentUrnIn(PercentDecoding.DecodeFully(address.PathAndQuery));
        var activityId = PostIdIn(PercentDecoding.DecodeFully(path)) ?? comment?.PostId;
        return new LinkedInUrl(KindOf(path, activityId, comment), activityId, comment?.CommentId);
    }

    private static LinkKind KindOf(string path, string? activityId, CommentRef? comment)
    {
        if (comment is not null)
        {
            return LinkKind.LinkedinComment;
        }

        if (activityId is not null)
        {
            return LinkKind.LinkedinPost;
        }

        if (path.StartsWith("/pulse/", StringComparison.OrdinalIgnoreCase))
        {
            return LinkKind.LinkedinArticle;
        }

        // "/pub/" is the pre-2013 public profile address that still resolves.
        return ProfilePath().IsMatch(path) ? LinkKind.LinkedinProfile : LinkKind.Other;
    }

    private static (string Path, string Query) SplitQuery(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (pathAndQuery, "") : (pathAndQuery[..question], pathAndQuery[(question + 1)..]);
    }

    private static CommentRef? CommentIn(string query)
    {
        // Split before decoding: an encoded '&' inside a value must not start a new parameter.
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in CommentParameters)
        {
            foreach (var parameter in parameters)
            {
                if (parameter.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase)
                    && CommentUrnIn(PercentDecoding.DecodeFully(parameter[(name.Length + 1)..])) is { } comment)
                {
                    return comment;
                }
            }
        }

        return null;
    }

    private static CommentRef? CommentUrnIn(string decoded)
    {
        var match = CommentUrn().Match(decoded);
        return match.Success ? new CommentRef(match.Groups["post"].Value, match.Groups["comment"].Value) : null;
    }

    private static string? PostIdIn(string decodedPath)
    {
        var match = PostId().Match(decodedPath);
        return match.Success ? match.Groups["id"].Value : null;
    }

    private sealed record CommentRef(string PostId, string CommentId);

    // urn:li:comment:(activity:<post>,<comment>) and urn:li:fsd_comment:(<comment>,urn:li:activity:<post>), ugcPost/share too.
    [GeneratedRegex(
        @"urn:li:comment:\((?:urn:li:)?(?:activity|ugcPost|share):(?<post>\d{19}),(?<comment>\d{19})\)"
        + @"|urn:li:fsd_comment:\((?<comment>\d{19}),urn:li:(?:activity|ugcPost|share):(?<post>\d{19})\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CommentUrn();

    // Feed updates use "urn:li:activity:<id>", permalinks "-activity-<id>-"; the ID is exactly 19 digits.
    [GeneratedRegex(
        @"(?:activity|ugcPost|share)[:\-](?<id>\d{19})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PostId();

    [GeneratedRegex(@"^/(?:in|pub)/[^/?#]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProfilePath();
}
