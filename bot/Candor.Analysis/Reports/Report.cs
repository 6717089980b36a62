using Candor.Analysis.Links;

namespace Candor.Analysis.Reports;

/// <summary>What the pasted text was judged to be (design.md, "The engine's contract").</summary>
public enum ReportKind { Thread, Comment, Outreach, Link }

/// <summary>
/// One vocabulary for every kind; each kind uses its own subset:
/// thread organic|mixed|suspicious, comment authentic|low_effort|automated|spam,
/// outreach strong|fair|weak, link none|suspicious|dangerous.
/// </summary>
public enum Verdict { Organic, Mixed, Suspicious, Authentic, LowEffort, Automated, Spam, Strong, Fair, Weak, None, Dangerous }

/// <summary>A heuristic that fired: the exact text that triggered it and what it means, in plain words.</summary>
public sealed record Signal(string Id, string Evidence, string Explanation);

/// <summary>The engine's answer for one paste; every list is present (possibly empty).</summary>
public sealed record Report(
    ReportKind Kind,
    Verdict Verdict,
    int Score,
    IReadOnlyList<Signal> Signals,
    IReadOnlyList<CommentReport> Comments,
    IReadOnlyList<OutreachIssue> Issues,
    Rewrite? Rewrite,
    ReplySuggestion? Reply,
    IReadOnlyList<LinkReport> Links);

/// <summary>One comment of a thread (or the single pasted comment) with its own verdict.</summary>
/// <param name="Age">ISO-8601 duration since the comment was written, as the page showed it.</param>
public sealed record CommentReport(
    string? Author,
    string? Headline,
    string? Age,
    string Text,
    Verdict Verdict,
    int Score,
    IReadOnlyList<Signal> Signals);

/// <summary>A problem in an outreach draft: the phrase that causes it and what to do instead.</summary>
public sealed record OutreachIssue(string Id, string Evidence, string Advice);

/// <param name="Needs">What the user should add for a truly personal message (the rewrite never invents it).</param>
/// <param name="Changes">What the rewrite changed and why, in plain words.</param>
public sealed record Rewrite(string Text, int Score, IReadOnlyList<RewriteVariant> Variants, IReadOnlyList<string> Needs, IReadOnlyList<string> Changes);

public sealed record RewriteVariant(string Format, string Text);

public sealed record ReplySuggestion(string? Text, string Advice);
