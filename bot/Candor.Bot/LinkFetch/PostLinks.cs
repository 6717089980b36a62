using Candor.Analysis;
using Candor.Analysis.Links;
using Candor.Analysis.Reports;
using Candor.Analysis.Threads;

namespace Candor.Bot.LinkFetch;

/// <summary>The answer to a pasted post link, judged from its public page, and the line the card adds to say so.</summary>
internal sealed record LinkFetchAnswer(CheckResult Result, string Note);

/// <summary>
/// For a paste that is just one LinkedIn post link (a feed update, permalink or embed): reads the post's public
/// page and judges its comments as a pasted thread. A paste with more in it is its own evidence, and
/// profiles, articles and other hosts are never fetched.
/// </summary>
internal sealed class PostLinks(LinkFetchSettings settings, PageFetcher fetcher)
{
    /// <returns>Null when link fetching is off or the check was not of one post link; otherwise the answer to give.</returns>
    public async Task<LinkFetchAnswer?> CheckAsync(CheckResult linkOnly, CheckOptions options, CancellationToken cancel)
    {
        if (!settings.Enabled || PostLinkOf(linkOnly) is not { } link)
        {
            return null;
        }

        var url = link.Url.Contains("://", StringComparison.Ordinal) ? link.Url : "https://" + link.Url;
        var fetched = await fetcher.FetchAsync(url, cancel);
        if (fetched.Page is not { } page)
        {
            return new LinkFetchAnswer(linkOnly, $"I could not read the post's public page ({fetched.Refusal}), so this checks the link alone.");
        }

        if (PostPageReader.Read(page.Html) is not { Comments.Count: > 0 } post
            || CandorEngine.CheckThread(ThreadOf(post, link, options.Now), options).Report is not { } report)
        {
            return new LinkFetchAnswer(linkOnly, "The post's public page showed no comments (LinkedIn may have asked for a sign-in), so this checks the link alone.");
        }

        var count = post.Comments.Count == 1 ? "1 comment" : $"{post.Comments.Count} comments";
        return new LinkFetchAnswer(CheckResult.Of(report with { Links = [link, .. report.Links] }), $"The post and {count} were read from its public page on LinkedIn.");
    }

    private static LinkReport? PostLinkOf(CheckResult linkOnly) =>
        linkOnly.Report is { Kind: ReportKind.Link, Links: [{ Kind: LinkKind.LinkedinPost, Risk: LinkRisk.None } link] } ? link : null;

    private static ParsedPaste ThreadOf(PublicPost post, LinkReport link, DateTimeOffset now) =>
        new(PasteShape.Simple,
            new ParsedPost(post.Author, null, AgeAt(post.PublishedAt ?? link.PostedAt, now), post.Text),
            [.. post.Comments.Select(c => new ParsedComment(c.Author, null, null, c.Author is not null && c.Author == post.Author, AgeAt(c.WrittenAt, now), false, false, c.Text))]);

    /// <summary>An exact time as the page would show it ("14m", "3h", "2d", "1w", "5mo", "1yr"), which is what the engine's timing rules expect.</summary>
    internal static RelativeAge? AgeAt(DateTimeOffset? time, DateTimeOffset now)
    {
        if (time is not { } at)
        {
            return null;
        }

        var age = now - at;
        return age switch
        {
            _ when age < TimeSpan.FromMinutes(1) => RelativeAge.JustNow,
            _ when age < TimeSpan.FromHours(1) => new RelativeAge((int)age.TotalMinutes, AgeUnit.Minute),
            _ when age < TimeSpan.FromDays(1) => new RelativeAge((int)age.TotalHours, AgeUnit.Hour),
            _ when age < TimeSpan.FromDays(7) => new RelativeAge((int)age.TotalDays, AgeUnit.Day),
            _ when age < TimeSpan.FromDays(30) => new RelativeAge((int)(age.TotalDays / 7), AgeUnit.Week),
            _ when age < TimeSpan.FromDays(365) => new RelativeAge((int)(age.TotalDays / 30), AgeUnit.Month),
            _ => new RelativeAge((int)(age.TotalDays / 365), AgeUnit.Year),
        };
    }
}
