namespace Candor.Analysis.Links;

/// <summary>Everything the engine says about one link: what it is, when it was posted, and how risky it is.</summary>
internal static class LinkAnalyzer
{
    /// <summary>Every link in one message (a comment, a post, a draft), each judged with the text near it.</summary>
    public static IEnumerable<LinkReport> AnalyzeAll(string message)
    {
        var links = LinkExtractor.Extract(message);
        return links.Count == 0 ? [] : links.Select(link => AnalyzeIn(message, link));
    }

    /// <summary>
    /// Judges a link found in a longer text, reading only the text near it for lures: a "verify your
    /// account" several sentences away says nothing about this link, and scanning a long text per link is slow.
    /// </summary>
    public static LinkReport AnalyzeIn(string text, FoundLink link) => Analyze(link.Url, RiskIn(text, link));

    /// <summary>The risk part of <see cref="AnalyzeIn"/> alone, for heuristics that need nothing else about the link.</summary>
    public static (LinkRisk Risk, IReadOnlyList<string> Reasons) RiskIn(string text, FoundLink link)
    {
        var start = Math.Max(0, link.Span.Start - NearbyChars);
        var end = Math.Min(text.Length, link.Span.End + NearbyChars);
        return LinkRiskAssessor.Assess(link.Url, text[start..end]);
    }

    // About two sentences either side of a link.
    private const int NearbyChars = 300;

    /// <param name="url">The link as found in the text.</param>
    /// <param name="surroundingText">The message the link came in, for phishing lines such as "verify your account".</param>
    public static LinkReport Analyze(string url, string? surroundingText = null) =>
        Analyze(url, LinkRiskAssessor.Assess(url, surroundingText));

    private static LinkReport Analyze(string url, (LinkRisk Risk, IReadOnlyList<string> Reasons) assessed)
    {
        var linkedIn = LinkedInUrl.Parse(url);
        var (risk, reasons) = assessed;
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
