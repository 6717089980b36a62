using Candor.Cards.Model;
using Candor.Cards.Text;

namespace Candor.Cards.Building;

/// <summary>What a channel's digest says; the digest job fills it from the channel's history.</summary>
/// <param name="Period">In words ("Week of 16 Nov 2026").</param>
/// <param name="Verdicts">How many checks ended in each verdict, in words ("spam", "authentic").</param>
/// <param name="PreviousChecked">Items checked in the period before, for the trend; null when there was none.</param>
public sealed record Digest(
    string Period, int Checked, IReadOnlyList<(string Verdict, int Count)> Verdicts, IReadOnlyList<PodSuspect> PodSuspects,
    IReadOnlyList<(string IssueId, int Count)> TopOutreachIssues, int? PreviousChecked, string Tip);

/// <summary>Accounts that keep commenting together: who, on how many threads, and one example of what they wrote.</summary>
public sealed record PodSuspect(IReadOnlyList<string> Accounts, int Threads, string Example);

public static class DigestCard
{
    private const int ShownPods = 5;

    public static Card From(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var tone = digest.PodSuspects.Count > 0 ? Tone.Doubt : Tone.Good;
        var banner = new Banner(tone, tone == Tone.Good ? "✓" : "~", $"Candor digest · {digest.Period}",
            $"{digest.Checked} checked{Trend(digest)} · {(digest.PodSuspects.Count == 0 ? "no pod suspects" : $"{digest.PodSuspects.Count} pod suspect group(s)")}");
        var parts = new List<CardPart> { banner };
        if (digest.Verdicts.Count > 0)
        {
            parts.Add(new Heading("Verdicts"));
            parts.Add(new Facts(digest.Verdicts.Select(v => new Fact(ReportCards.Capitalised(v.Verdict), v.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()));
        }

        if (digest.PodSuspects.Count > 0)
        {
            parts.Add(new Heading("Accounts that keep showing up together"));
            // Account names are pasted text: they go in the quote, never in the label (which Slack shows as mrkdwn).
            parts.AddRange(digest.PodSuspects.Take(ShownPods).Select((p, i) => new Evidence(
                $"Group {i + 1}: {p.Accounts.Count} accounts on {p.Threads} threads",
                $"{string.Join(", ", p.Accounts.Take(6).Select(a => UserText.Quote(a, 40)))}{(p.Accounts.Count > 6 ? $" and {p.Accounts.Count - 6} more" : "")}",
                $"They commented together within minutes of each other. One of their comments: “{UserText.Quote(p.Example, 200)}”")));
            if (digest.PodSuspects.Count > ShownPods)
            {
                parts.Add(new Paragraph($"and {digest.PodSuspects.Count - ShownPods} more groups", Subtle: true));
            }
        }

        if (digest.TopOutreachIssues.Count > 0)
        {
            parts.Add(new Heading("Most common outreach issues"));
            parts.Add(new Facts(digest.TopOutreachIssues.Take(5).Select(i => new Fact(ReportCards.Humanised(i.IssueId), $"{i.Count}×")).ToList()));
        }

        parts.Add(new Paragraph($"Tip: {digest.Tip}", Subtle: true));
        return new Card("digest", banner, parts, [], ReportCards.FallbackOf(banner, digest.Tip));
    }

    private static string Trend(Digest digest) => digest.PreviousChecked switch
    {
        null => string.Empty,
        var before when digest.Checked > before => $" (up from {before})",
        var before when digest.Checked < before => $" (down from {before})",
        _ => " (same as before)",
    };
}
