using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>The hourly purge keeps Retention:Days of history, on real SQLite, and survives a database that is away.</summary>
public sealed class RetentionPurgeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    private MigratedSqlite sqlite = null!;

    public async Task InitializeAsync()
    {
        sqlite = await MigratedSqlite.CreateAsync();
    }

    public async Task DisposeAsync() => await sqlite.DisposeAsync();

    [Fact]
    public async Task Purge_KeepsExactlyTheConfiguredDays()
    {
        var store = new SqlHistoryStore(sqlite.Database);
        foreach (var daysAgo in new[] { 2, 6, 8, 40 })
        {
            await store.RecordAsync(Check($"c{daysAgo}", Now.AddDays(-daysAgo)), CancellationToken.None);
        }

        var purge = new RetentionPurge(store, new RetentionSettings { Days = 7 }, new TestClock(Now), NullLogger<RetentionPurge>.Instance);

        Assert.Equal(2, await purge.PurgeAsync(CancellationToken.None));
        Assert.Equal(["c6", "c2"], (await store.ReadAsync(Check("x", Now).Conversation, DateTimeOffset.UnixEpoch, Now, CancellationToken.None)).Select(c => c.Id));
    }

    [Fact]
    public async Task Purge_DatabaseAway_IsTriedAgainLater_NotThrown()
    {
        await sqlite.Database.RunAsync(c => Dapper.SqlMapper.ExecuteAsync(c, "DROP TABLE checks"), CancellationToken.None);
        var purge = new RetentionPurge(new SqlHistoryStore(sqlite.Database), new RetentionSettings(), new TestClock(Now), NullLogger<RetentionPurge>.Instance);

        Assert.Equal(0, await purge.PurgeAsync(CancellationToken.None));
    }

    private static CheckRecord Check(string id, DateTimeOffset at) =>
        new(id, new ConversationKey("slack", "C0GROWTH"), at, "comment", "low_effort", 55, id, ["generic_praise"], [], []);
}
