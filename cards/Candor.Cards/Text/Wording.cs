using Candor.Analysis.Reports;

namespace Candor.Cards.Text;

/// <summary>
/// How verdicts are said to people: a word, a symbol and a tone, so colour is never the only carrier of
/// meaning, and what to do next. Shared by every renderer.
/// </summary>
public static class Wording
{
    public static string Label(Verdict verdict) => verdict switch
    {
        Verdict.LowEffort => "low effort",
        Verdict.None => "no risk found",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    public static string Symbol(Verdict verdict) => ToneOf(verdict) switch
    {
        Tone.Good => "✓",
        Tone.Doubt => "~",
        _ => "✗",
    };

    public static Tone ToneOf(Verdict verdict) => verdict switch
    {
        Verdict.Organic or Verdict.Authentic or Verdict.Strong or Verdict.None => Tone.Good,
        Verdict.Mixed or Verdict.LowEffort or Verdict.Fair => Tone.Doubt,
        _ => Tone.Bad,
    };

    public static string KindLabel(ReportKind kind) => kind switch
    {
        ReportKind.Thread => "Comment thread",
        ReportKind.Comment => "Comment",
        ReportKind.Outreach => "Outreach draft",
        _ => "Link check",
    };

    /// <summary>What the score measures, so "40/100" is never read the wrong way round.</summary>
    public static string ScoreLabel(ReportKind kind) => kind switch
    {
        ReportKind.Outreach => "quality",
        ReportKind.Link => "safety",
        _ => "authenticity",
    };

    /// <summary>One sentence a person can act on.</summary>
    public static string NextStep(ReportKind kind, Verdict verdict) => (kind, verdict) switch
    {
        (ReportKind.Thread, Verdict.Organic) => "The engagement looks real. Join the discussion where it is specific.",
        (ReportKind.Thread, Verdict.Mixed) => "Some of this is real, some is padding. Count only the comments marked authentic.",
        (ReportKind.Thread, _) => "Treat the engagement numbers as inflated. Don't judge the post or its author by them, and don't answer the lures.",
        (ReportKind.Comment, Verdict.Authentic) => "Worth a personal reply: answer the specific point they made.",
        (ReportKind.Comment, Verdict.LowEffort) => "A like is enough; there is nothing specific to answer.",
        (ReportKind.Comment, Verdict.Automated) => "Probably a tool or a pod account. Don't engage; it boosts the pattern.",
        (ReportKind.Comment, _) => "Don't click links or move to another app. Report the comment on LinkedIn (… → Report).",
        (ReportKind.Link, Verdict.None) => "Nothing risky found in the address itself.",
        (ReportKind.Link, Verdict.Suspicious) => "Don't sign in through this link. Open LinkedIn yourself instead.",
        (ReportKind.Link, _) => "Don't open it. If you already entered a password there, change it now.",
        (ReportKind.Outreach, Verdict.Strong) => "Good to send. Read it once more as the recipient.",
        _ => "Fix the issues below before sending; each one quotes the phrase to change.",
    };
}

public enum Tone { Good, Doubt, Bad }
