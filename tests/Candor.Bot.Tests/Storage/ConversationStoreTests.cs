using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>Conversation references on real SQLite and PostgreSQL databases.</summary>
public sealed class ConversationStoreTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    // Teams ids carry ':', ';', '@' and '=': they must come back exactly.
    private static readonly ConversationReference Channel = new(
        new ConversationKey("teams", "19:4f2a9c@thread.tacv2"), "channel", "https://smba.trafficmanager.net/emea/", "tenant-1", "19:team@thread.tacv2", "28:candor", "Candor",
        "Growth › Outreach", Monday);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_ThenFind_ReturnsTheSameReference(string provider)
    {
        await using var store = await StoreAsync(provider);
        if (store is null)
        {
            return;
        }

        await store.Value.Store.SaveAsync(Channel, CancellationToken.None);

        Assert.Equal(Channel, await store.Value.Store.FindAsync(Channel.Key, CancellationToken.None));
        Assert.Null(await store.Value.Store.FindAsync(Channel.Key with { Channel = "slack" }, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_Again_MovesTheServiceUrl_AndKeepsWhatALaterSightingOmits(string provider)
    {
        await using var store = await StoreAsync(provider);
        if (store is null)
        {
            return;
        }

        await store.Value.Store.SaveAsync(Channel, CancellationToken.None);
        var later = Channel with { ServiceUrl = "https://smba.trafficmanager.net/amer/", TenantId = null, Title = null, Seen = Monday.AddDays(2) };
        await store.Value.Store.SaveAsync(later, CancellationToken.None);

        Assert.Equal(later with { TenantId = "tenant-1", Title = "Growth › Outreach" }, await store.Value.Store.FindAsync(Channel.Key, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Forget_RemovesTheReference_Once(string provider)
    {
        await using var store = await StoreAsync(provider);
        if (store is null)
        {
            return;
        }

        await store.Value.Store.SaveAsync(Channel, CancellationToken.None);

        Assert.True(await store.Value.Store.ForgetAsync(Channel.Key, CancellationToken.None));
        Assert.False(await store.Value.Store.ForgetAsync(Channel.Key, CancellationToken.None));
        Assert.Null(await store.Value.Store.FindAsync(Channel.Key, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForgetTeam_RemovesEveryChannelOfIt_AndNothingElse(string provider)
    {
        await using var store = await StoreAsync(provider);
        if (store is null)
        {
            return;
        }

        var other = Channel with { Key = Channel.Key with { Id = "19:77aa01@thread.tacv2" } };
        var elsewhere = Channel with { Key = Channel.Key with { Id = "19:elsewhere@thread.tacv2" }, TeamId = "19:other-team@thread.tacv2" };
        foreach (var reference in new[] { Channel, other, elsewhere })
        {
            await store.Value.Store.SaveAsync(reference, CancellationToken.None);
        }

        Assert.Equal(2, await store.Value.Store.ForgetTeamAsync("teams", "19:team@thread.tacv2", CancellationToken.None));
        Assert.Null(await store.Value.Store.FindAsync(other.Key, CancellationToken.None));
        Assert.Equal(elsewhere, await store.Value.Store.FindAsync(elsewhere.Key, CancellationToken.None));
    }

    private async Task<MigratedStore?> StoreAsync(string provider)
    {
        if (await TestDatabases.CreateAsync(provider, output) is not { } test)
        {
            return null;
        }

        var database = await test.MigratedAsync();
        return new MigratedStore(test, database, new SqlConversationStore(database));
    }

    private readonly record struct MigratedStore(TestDatabase Test, Database Database, SqlConversationStore Store) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Database.DisposeAsync();
            await Test.DisposeAsync();
        }
    }
}
