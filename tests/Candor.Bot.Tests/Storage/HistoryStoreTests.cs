using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>Check history on real SQLite and PostgreSQL databases: kept whole, read by conversation and time, purged by age.</summary>
public sealed class HistoryStoreTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationKey Growth = new("slack", "C0GROWTH");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Record_ThenRead_ReturnsTheChecksOfThatConversationInOrder(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        await using var writes = new GroupCommit(database);
        var store = new SqlHistoryStore(database, writes);
        var thread = Thread("c1", Monday);
        var outreach = new CheckRecord("c2", Growth, Monday.AddHours(1), "outreach", "weak", 35, "0a1b2c3d4e5f6a7b", [], ["no_personalization", "pushy_ask"], []);
        var elsewhere = Thread("c3", Monday) with { Conversation = Growth with { Id = "C0HIRING" } };
        foreach (var check in new[] { outreach, thread, elsewhere })
        {
            await store.RecordAsync(check, CancellationToken.None);
        }

        var read = await store.ReadAsync(Growth, Monday, Monday.AddDays(1), CancellationToken.None);

        Assert.Equal(["c1", "c2"], read.Select(c => c.Id));
        Assert.Equal(thread.Comments, read[0].Comments);
        Assert.Equal(thread.SignalIds, read[0].SignalIds);
        Assert.Equal(outreach.IssueIds, read[1].IssueIds);
        Assert.Equal(thread with { Comments = read[0].Comments, SignalIds = read[0].SignalIds, IssueIds = read[0].IssueIds }, read[0]);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Purge_DeletesChecksBeforeTheCutoff_WithTheirCommenters(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        await using var writes = new GroupCommit(database);
        var store = new SqlHistoryStore(database, writes);
        await store.RecordAsync(Thread("old", Monday.AddDays(-31)), CancellationToken.None);
        await store.RecordAsync(Thread("new", Monday.AddDays(-29)), CancellationToken.None);

        var deleted = await store.PurgeAsync(Monday.AddDays(-30), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await store.ReadAsync(Growth, Monday.AddDays(-60), Monday, CancellationToken.None)).Select(c => c.Id));
        Assert.Equal(2, await database.RunAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<int>(c, "SELECT COUNT(*) FROM check_comments"), CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Forget_DeletesOneConversationsChecks_AndNoOtherOnes(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        await using var writes = new GroupCommit(database);
        var store = new SqlHistoryStore(database, writes);
        await store.RecordAsync(Thread("mine", Monday), CancellationToken.None);
        await store.RecordAsync(Thread("theirs", Monday) with { Conversation = Growth with { Id = "C0HIRING" } }, CancellationToken.None);

        Assert.Equal(1, await store.ForgetAsync(Growth, CancellationToken.None));
        Assert.Empty(await store.ReadAsync(Growth, Monday.AddDays(-1), Monday.AddDays(1), CancellationToken.None));
        Assert.Single(await store.ReadAsync(Growth with { Id = "C0HIRING" }, Monday.AddDays(-1), Monday.AddDays(1), CancellationToken.None));
        Assert.Equal(2, await database.RunAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<int>(c, "SELECT COUNT(*) FROM check_comments"), CancellationToken.None));
    }

    private static CheckRecord Thread(string id, DateTimeOffset at) => new(
        id, Growth, at, "thread", "suspicious", 18, "7396173142515294208", ["duplicate_text", "burst"], [],
        [
            new CommenterRecord("Priya Raman", "Growth at Acme", at.AddMinutes(-14), "low_effort", "Great post! Thanks for sharing"),
            new CommenterRecord("Sam Okafor", null, null, "authentic", null),
        ]);
}
