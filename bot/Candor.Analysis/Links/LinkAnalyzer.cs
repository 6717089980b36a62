namespace Candor.Analysis.Links;

/// <summary>Everything the engine says about one link: what it is, when it was posted, and how risky it is.</summary>
internal static class LinkAnalyzer
{
    /// <param name="url">The link as found in the text.</param>
    /// <param name="surroundingText">The message the link came in, for phishing lines such as "verify your account".</param>
    /// <summary>
    /// Judges a link found in a longer text, reading only the text near it for lures: a "verify your
    /// account" three comments away says nothing about this link, and scanning a whole thread per link is slow.
    /// </summary>
    public static LinkReport AnalyzeIn(string text, FoundLink link)
    {
        var start = Math.Max(0, link.Span.Start - NearbyChars);
        var end = Math.Min(text.Length, link.Span.End + NearbyChars);
        return Analyze(link.Url, text[start..end]);
    }

    // About two sentences either side of a link.
    private const int NearbyChars = 300;

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
