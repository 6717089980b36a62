using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>Several generic commenters sell growth or reach in their headlines — the typical pod member.</summary>
internal sealed partial class GrowthHeadlines() : ThreadHeuristic(
    "growth_headlines", Leaning.LowEffort, 10, "Engagement pods recruit from people selling reach, growth and personal branding.")
{
    private const int MinAccounts = 3;

    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        var matches = thread.Thread.Comments
            .Where((c, i) => thread.Verdicts[i] != Reports.Verdict.Authentic && c.Comment.Headline is { } h && Seller().IsMatch(h))
            .Select(c => c.Comment.Headline!)
            .ToList();
        return matches.Count >= MinAccounts
            ? Found(matches[0], $"{matches.Count} of the generic commenters advertise growth, reach or personal branding in their headlines.")
            : null;
    }

    [GeneratedRegex(@"helping \w+|i help|scale|10x|\$\d+\s?[mk]\b|arr\b|keynote|top voice|personal brand|linkedin (growth|coach|expert|strategist|ghostwriter)|ghostwriter|growth hack|lead gen|🚀|📈|💰|influencer|content creator|audience|followers", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Seller();
}
