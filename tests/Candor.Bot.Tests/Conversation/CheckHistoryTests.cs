using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Bot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.Conversation;

/// <summary>What a conversation's history keeps of a check: verdicts and ids, commenters of threads, never a draft.</summary>
public sealed class CheckHistoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationKey Growth = new("teams", "19:growth@thread.tacv2");

    private MigratedSqlite sqlite = null!;
    private SqlHistoryStore store = null!;
    private CheckHistory history = null!;

    public async Task InitializeAsync()
    {
        sqlite = await MigratedSqlite.CreateAsync();
        store = new SqlHistoryStore(sqlite.Database, sqlite.Writes);
        history = new CheckHistory(store, new TestClock(Now), NullLogger<CheckHistory>.Instance);
    }

    public async Task DisposeAsync() => await sqlite.DisposeAsync();

    [Fact]
    public async Task Thread_KeepsItsCommenters_AndOnlyGenericWords()
    {
        const string Thread = """
            Priya Raman
            Growth at Acme
            14m
            Great post! Thanks for sharing
            Sam Okafor
            Pricing lead at Finch
            1w
            We tried a weekly pricing review in 2024 and churn fell from 6% to 4%. Did you test annual plans?
            """;
        var report = CandorEngine.Check(Thread, new CheckOptions(Now, null)).Report!;

        // The same work answered twice (again after a stop, or when its answer was not taken) is kept once.
        await history.RecordAsync(Growth, report, Thread, "work-1", CancellationToken.None);
        await history.RecordAsync(Growth, report, Thread, "work-1", CancellationToken.None);
        var kept = Assert.Single(await store.ReadAsync(Growth, Now, Now.AddMinutes(1), CancellationToken.None));

        Assert.Equal("thread", kept.Kind);
        Assert.Equal(2, kept.Comments.Count);
        var priya = kept.Comments.Single(c => c.Author == "Priya Raman");
        Assert.Equal("Growth at Acme", priya.Headline);
        Assert.Equal(Now.AddMinutes(-14), priya.WrittenAt);
        Assert.Equal("Great post! Thanks for sharing", priya.Excerpt);
        var sam = kept.Comments.Single(c => c.Author == "Sam Okafor");
        Assert.Equal("authentic", sam.Verdict);
        Assert.Equal(Now.AddDays(-7), sam.WrittenAt);
        Assert.Null(sam.Excerpt);
    }

    [Fact]
    public async Task Draft_KeepsItsVerdictAndIssues_NeverItsText()
    {
        const string Draft = "Hi {first_name}, I'd love to connect and pick your brain about synergy. Do you have 15 minutes this week?";
        var report = CandorEngine.Coach(Draft, new CoachOptions()).Report!;

        await history.RecordAsync(Growth, report, Draft, null, CancellationToken.None);
        var kept = Assert.Single(await store.ReadAsync(Growth, Now, Now.AddMinutes(1), CancellationToken.None));

        Assert.Equal("outreach", kept.Kind);
        Assert.Contains("unfilled_placeholder", kept.IssueIds);
        Assert.Empty(kept.Comments);
        var everything = await sqlite.Database.RunAsync(c => Dapper.SqlMapper.QueryAsync<string>(c, "SELECT kind || verdict || thread_key || signal_ids || issue_ids FROM checks"), CancellationToken.None);
        Assert.All(everything, row => Assert.DoesNotContain("pick your brain", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LinkedPost_IsKeptUnderThePostsId_SoTwoChecksOfItAreOneThread()
    {
        const string Link = "https://www.linkedin.com/posts/ana-lima_pricing-activity-7396173142515294208-AbCd";
        var report = CandorEngine.Check(Link, new CheckOptions(Now, null)).Report!;

        await history.RecordAsync(Growth, report, Link, null, CancellationToken.None);

        Assert.Equal("7396173142515294208", Assert.Single(await store.ReadAsync(Growth, Now, Now.AddMinutes(1), CancellationToken.None)).ThreadKey);
    }
}
