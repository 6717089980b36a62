using System.Globalization;
using Candor.Cards.Model;
using Candor.Cards.Text;

namespace Candor.Cards.Building;

/// <summary>What a channel's digest says; the digest job fills it from the channel's history.</summary>
/// <param name="Period">In words ("Week of 16 Nov 2026").</param>
/// <param name="During">The period in a sentence, after "Nothing was checked" ("this week", "that day").</param>
/// <param name="PreviousChecked">Items checked in the period before, for the trend; null when there was none.</param>
/// <param name="Verdicts">How many checks ended in each verdict, most first.</param>
/// <param name="MarkedRight">How many times the channel marked a card right in the period.</param>
/// <param name="MarkedWrong">How many times the channel marked a card wrong in the period.</param>
public sealed record Digest(
    string Period, string During, int Checked, int? PreviousChecked, IReadOnlyList<VerdictCount> Verdicts, IReadOnlyList<PodSuspect> PodSuspects,
    IReadOnlyList<IssueCount> TopOutreachIssues, string Tip, int MarkedRight, int MarkedWrong);

/// <param name="Verdict">In words, as the cards say it ("low effort", "spam").</param>
public sealed record VerdictCount(string Verdict, int Count);

/// <summary>How often an outreach issue came up, and how often in the period before.</summary>
/// <param name="Previous">The count in the period before (0 when it did not come up); null when there was no period before.</param>
public sealed record IssueCount(string IssueId, int Count, int? Previous);

/// <summary>Accounts that keep commenting together: who, on how many threads, and one example of what they wrote.</summary>
/// <param name="Example">One of their generic comments, as pasted; empty when none was kept.</param>
public sealed record PodSuspect(IReadOnlyList<string> Accounts, int Threads, string Example);

public static class DigestCard
{
    private const int ShownPods = 5;
    private const int ShownIssues = 5;

    public static Card From(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var tone = digest.PodSuspects.Count > 0 ? Tone.Doubt : Tone.Good;
        var checkedInWords = digest.Checked == 0 ? "Nothing checked" : $"{digest.Checked} checked";
        var banner = new Banner(tone, tone == Tone.Good ? "✓" : "~", $"Candor digest · {digest.Period}",
            $"{checkedInWords}{Trend(digest.Checked, digest.PreviousChecked)} · {(digest.PodSuspects.Count == 0 ? "no pod suspects" : $"{digest.PodSuspects.Count} pod suspect group(s)")}");
        var parts = new List<CardPart> { banner };
        if (digest.Checked == 0)
        {
            parts.Add(new Paragraph($"Nothing was checked {digest.During}."));
        }

        if (digest.Verdicts.Count > 0)
        {
            parts.Add(new Heading("Verdicts"));
            parts.Add(new Facts(digest.Verdicts.Select(v => new Fact(ReportCards.Capitalised(v.Verdict), Number(v.Count))).ToList()));
        }

        if (digest.PodSuspects.Count > 0)
        {
            parts.Add(new Heading("Accounts that keep showing up together"));
            // Account names are pasted text: they go in the quote, never in the label (which Slack shows as mrkdwn).
            parts.AddRange(digest.PodSuspects.Take(ShownPods).Select((p, i) => new Evidence(
                $"Group {i + 1}: {p.Accounts.Count} accounts on {p.Threads} threads",
                $"{string.Join(", ", p.Accounts.Take(6).Select(a => UserText.Quote(a, 40)))}{(p.Accounts.Count > 6 ? $" and {p.Accounts.Count - 6} more" : "")}",
                p.Example.Length == 0
                    ? "They commented together within minutes of each other."
                    : $"They commented together within minutes of each other. One of their comments: “{UserText.Quote(p.Example, 200)}”")));
            if (digest.PodSuspects.Count > ShownPods)
            {
                parts.Add(new Paragraph($"and {digest.PodSuspects.Count - ShownPods} more groups", Subtle: true));
            }
        }

        if (digest.TopOutreachIssues.Count > 0)
        {
            parts.Add(new Heading("Most common outreach issues"));
            parts.Add(new Facts(digest.TopOutreachIssues.Take(ShownIssues)
                .Select(i => new Fact(ReportCards.Humanised(i.IssueId), $"{Number(i.Count)}×{IssueTrend(i)}")).ToList()));
        }

        if (digest.MarkedRight > 0 || digest.MarkedWrong > 0)
        {
            parts.Add(new Paragraph($"Your feedback: {Number(digest.MarkedRight)} marked right, {Number(digest.MarkedWrong)} marked wrong", Subtle: true));
        }

        parts.Add(new Paragraph($"Tip: {digest.Tip}", Subtle: true));
        return new Card("digest", banner, parts, [], ReportCards.FallbackOf(banner, digest.Tip));
    }

    private static string Trend(int count, int? before) => before switch
    {
        null => string.Empty,
        _ when count > before => $" (up from {Number(before.Value)})",
        _ when count < before => $" (down from {Number(before.Value)})",
        _ => " (same as before)",
    };

    // An issue that did not come up before is new, not "up from 0".
    private static string IssueTrend(IssueCount issue) => issue.Previous == 0 ? " (new)" : Trend(issue.Count, issue.Previous);

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
