using Candor.Analysis.Links;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>A link in the comment that the link checker finds dangerous (phishing, lookalike domain) or suspicious.</summary>
internal sealed class RiskyLink() : CommentHeuristic(
    "phishing_link", Leaning.Spam, 60, "Lookalike, hidden or credential-harvesting links in comments are how accounts get stolen.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        Finding? suspicious = null;
        foreach (var found in comment.Links)
        {
            var (risk, reasons) = LinkAnalyzer.RiskIn(comment.Text, found);
            var why = reasons.Count > 0 ? reasons[0] : "The link checker does not trust this address.";
            if (risk == LinkRisk.Dangerous)
            {
                return Found(found.Span.Of(comment.Text), $"Dangerous link: {why}", strong: true);
            }

            if (risk == LinkRisk.Suspicious && !PlatformWrappers.IsPlatformLink(found.Url))
            {
                suspicious ??= Found(found.Span.Of(comment.Text), $"Suspicious link: {why}", weightOverride: Weight / 3);
            }
        }

        return suspicious;
    }
}
