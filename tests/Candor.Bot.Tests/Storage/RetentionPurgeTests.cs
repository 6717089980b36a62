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
        var store = new SqlHistoryStore(sqlite.Database, sqlite.Writes);
        foreach (var daysAgo in new[] { 2, 6, 8, 40 })
        {
            await store.RecordAsync(Check($"c{daysAgo}", Now.AddDays(-daysAgo)), CancellationToken.None);
        }

        var feedback = new SqlFeedbackStore(sqlite.Database);
        var conversation = Check("x", Now).Conversation;
        await feedback.RecordAsync(new CardFeedback(conversation, Now.AddDays(-8), "comment", "low_effort", Right: true), CancellationToken.None);
        await feedback.RecordAsync(new CardFeedback(conversation, Now.AddDays(-6), "comment", "low_effort", Right: false), CancellationToken.None);
        var digests = new SqlDigestDeliveryStore(sqlite.Database, new TestClock(Now.AddDays(-8)));
        var firing = new DigestFiring("job", Now.AddDays(-8), conversation);
        await digests.ClaimAsync(firing, recovering: false, CancellationToken.None);

        var purge = Purge(store, feedback, digests, days: 7);

        Assert.Equal(2, await purge.PurgeAsync(CancellationToken.None));
        Assert.Equal(["c6", "c2"], (await store.ReadAsync(conversation, DateTimeOffset.UnixEpoch, Now, CancellationToken.None)).Select(c => c.Id));
        Assert.Equal(new FeedbackTally(0, 1), await feedback.TallyAsync(conversation, DateTimeOffset.UnixEpoch, Now, CancellationToken.None));
        Assert.NotNull((await digests.ClaimAsync(firing, recovering: false, CancellationToken.None)).Token);
    }

    [Fact]
    public async Task Purge_DatabaseAway_IsTriedAgainLater_NotThrown()
    {
        await sqlite.Database.RunAsync(c => Dapper.SqlMapper.ExecuteAsync(c, "DROP TABLE checks"), CancellationToken.None);
        var purge = Purge(new SqlHistoryStore(sqlite.Database, sqlite.Writes), new SqlFeedbackStore(sqlite.Database), new SqlDigestDeliveryStore(sqlite.Database, TimeProvider.System), days: 30);

        Assert.Equal(0, await purge.PurgeAsync(CancellationToken.None));
    }

    private static RetentionPurge Purge(IHistoryStore history, IFeedbackStore feedback, IDigestDeliveryStore digests, int days) =>
        new(history, feedback, digests, new RetentionSettings { Days = days }, new TestClock(Now), NullLogger<RetentionPurge>.Instance);

    private static CheckRecord Check(string id, DateTimeOffset at) =>
        new(id, new ConversationKey("slack", "C0GROWTH"), at, "comment", "low_effort", 55, id, ["generic_praise"], [], []);
}
