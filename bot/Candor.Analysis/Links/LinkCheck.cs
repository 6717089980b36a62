using System.Globalization;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Links;

/// <summary>
/// Judges a paste that is only links: how risky each one is, when a LinkedIn post or comment was written
/// (decoded from its ID), and how soon after the post a linked comment came.
/// </summary>
internal static class LinkCheck
{
    // A comment this soon after its post is faster than people read; pods and bots are that fast.
    private static readonly TimeSpan PodFast = TimeSpan.FromMinutes(5);

    public static Report Report(IReadOnlyList<FoundLink> found, string text, DateTimeOffset now)
    {
        var links = found.Select(l => LinkAnalyzer.AnalyzeIn(text, l)).ToArray();
        var risk = links.Max(l => l.Risk);
        var verdict = risk switch
        {
            LinkRisk.Dangerous => Verdict.Dangerous,
            LinkRisk.Suspicious => Verdict.Suspicious,
            _ => Verdict.None,
        };
        var score = risk switch
        {
            LinkRisk.Dangerous => 5,
            LinkRisk.Suspicious => 30,
            _ => 100,
        };
        var signals = links.SelectMany(l => SignalsOf(l, now)).ToArray();
        return new Report(ReportKind.Link, verdict, Bands.Clamp(verdict, score), signals, [], [], null, null, links);
    }

    private static IEnumerable<Signal> SignalsOf(LinkReport link, DateTimeOffset now)
    {
        foreach (var reason in link.Reasons)
        {
            yield return new Signal("link_risk", link.Url, reason);
        }

        if (link.PostedAt is { } posted)
        {
            yield return new Signal("post_time", link.ActivityId ?? link.Url,
                $"The post was published {Stamp(posted)}{Ago(now - posted)} (read from the post's ID).");
        }

        if (link.CommentDelay is { } delay && link.CommentedAt is { } commented)
        {
            var fast = delay >= TimeSpan.Zero && delay < PodFast ? " That is faster than people read a post; pods and bots comment that fast." : "";
            yield return new Signal("comment_delay", link.CommentId ?? link.Url,
                $"The comment was written {Stamp(commented)}, {Duration(delay)} after the post.{fast}");
        }
    }

    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Ago(TimeSpan age) => age < TimeSpan.Zero ? "" : $", {Duration(age)} ago";

    internal static string Duration(TimeSpan span) => span.Duration() switch
    {
        var d when d < TimeSpan.FromMinutes(1) => $"{(int)d.TotalSeconds} seconds",
        var d when d < TimeSpan.FromHours(1) => Plural((int)d.TotalMinutes, "minute"),
        var d when d < TimeSpan.FromDays(1) => Plural((int)d.TotalHours, "hour"),
        var d when d < TimeSpan.FromDays(60) => Plural((int)d.TotalDays, "day"),
        var d when d < TimeSpan.FromDays(730) => Plural((int)(d.TotalDays / 30.4), "month"),
        var d => Plural((int)(d.TotalDays / 365.25), "year"),
    };

    private static string Plural(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}");
}
