using System.Text.RegularExpressions;
using Candor.Analysis.Links;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// A link to somewhere else with almost nothing said around it. Links that come with an actual point
/// ("here is the paper we used: …") are left to the other heuristics.
/// </summary>
internal sealed partial class LinkDrop() : CommentHeuristic(
    "link_drop", Leaning.Spam, 35, "A bare link under someone else's post is advertising, not a reply.")
{
    // Words besides the link; "check this out", "pls", "More..." are not a point.
    private const int MaxWordsBeside = 4;

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        // The author linking material under their own post (slides, the write-up) is not advertising.
        if (comment.Comment.IsPostAuthor || earlier.Any(CommentJudge.Engages))
        {
            return null;
        }

        var external = comment.Links.FirstOrDefault(l => !PlatformWrappers.IsPlatformLink(l.Url));
        if (external.Url is null)
        {
            return null;
        }

        if (IsReference(external.Url))
        {
            return null;
        }

        if (Referral().IsMatch(external.Url))
        {
            return Found(external.Span.Of(comment.Text), "A referral or affiliate link: the writer earns when you click or sign up.", strong: true);
        }

        var wordsBeside = comment.Words.Count(w => !comment.InLink(w.Span.Start));
        return wordsBeside <= MaxWordsBeside
            ? Found(external.Span.Of(comment.Text), "A link to another site with next to nothing said about the post.", strong: true)
            : Found(external.Span.Of(comment.Text), "Links away from LinkedIn without engaging with the post.", weightOverride: Weight / 2);
    }

    // Papers, standards, code and encyclopaedias are cited, not advertised.
    private static readonly string[] ReferenceSites = ["arxiv.org", "doi.org", "wikipedia.org", "github.com", "gitlab.com", "stackoverflow.com", "nature.com", "acm.org", "ieee.org", "w3.org", "ietf.org", "nih.gov", "who.int"];

    private static bool IsReference(string url) =>
        WebAddress.TryParse(url) is { } address
        && (ReferenceSites.Contains(address.RegistrableDomain, StringComparer.OrdinalIgnoreCase)
            || address.RegistrableDomain.EndsWith(".gov", StringComparison.OrdinalIgnoreCase)
            || address.RegistrableDomain.EndsWith(".edu", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[?&#/](ref|referral|refid|affiliate|affiliateid|aff|aff_id|friend|invite|partner|promo)[=/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Referral();
}
