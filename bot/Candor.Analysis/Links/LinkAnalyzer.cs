namespace Candor.Analysis.Links;

/// <summary>Everything the engine says about one link: what it is, when it was posted, and how risky it is.</summary>
internal static class LinkAnalyzer
{
    /// <param name="url">The link as found in the text.</param>
    /// <param name="surroundingText">The message the link came in, for phishing lines such as "verify your account".</param>
    public static LinkReport Analyze(string url, string? surroundingText = null)
    {
        var linkedIn = LinkedInUrl.Parse(url);
        var (risk, reasons) = LinkRiskAssessor.Assess(url, surroundingText);
        return new LinkReport(
            url,
            linkedIn.Kind,
            linkedIn.ActivityId,
            linkedIn.CommentId,
            PostedAt: SnowflakeTime.FromId(linkedIn.ActivityId),
            CommentedAt: SnowflakeTime.FromId(linkedIn.CommentId),
            risk,
            reasons);
    }
}
