using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>Delivery claims and channel settings on real SQLite and PostgreSQL databases.</summary>
public sealed class DeliveryStoresTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TryClaim_SameKeyFromManyInstancesAtOnce_IsWonOnce(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        var instances = Enumerable.Range(0, 4).Select(_ => new Database(test.Settings)).ToList();
        await new Migrator(instances[0], TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);

        var commits = instances.Select(database => new GroupCommit(database)).ToList();
        var stores = instances.Select((database, d) => new SqlDedupeStore(database, commits[d], TimeProvider.System)).ToList();
        var claims = await Task.WhenAll(stores.SelectMany((store, d) => Enumerable.Range(0, 5).Select(i =>
            Task.Run(() => store.TryClaimAsync("slack:event:Ev0001", $"work-{d}-{i}", CancellationToken.None)))));
        var other = await stores[0].TryClaimAsync("slack:event:Ev0002", "work-other", CancellationToken.None);
        var winner = claims.Select((claimed, i) => (claimed, i)).Single(c => c.claimed).i;
        var again = await stores[3].TryClaimAsync("slack:event:Ev0001", $"work-{winner / 5}-{winner % 5}", CancellationToken.None);

        Assert.Single(claims, claimed => claimed);
        Assert.True(other);
        Assert.True(again); // the same work, answered again after a stop, finds the claim its own
        foreach (var commit in commits)
        {
            await commit.DisposeAsync();
        }

        foreach (var database in instances)
        {
            await database.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForgetPrefix_DropsThatChannelsClaims_EvenWithUnderscores(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        await using var writes = new GroupCommit(database);
        var dedupe = new SqlDedupeStore(database, writes, TimeProvider.System);
        await dedupe.TryClaimAsync("slack:message:C_1:1763300000.000100", "first", CancellationToken.None);
        await dedupe.TryClaimAsync("slack:message:CX1:1763300000.000100", "first", CancellationToken.None);

        await dedupe.ForgetAsync("slack:message:C_1:", CancellationToken.None);

        Assert.True(await dedupe.TryClaimAsync("slack:message:C_1:1763300000.000100", "second", CancellationToken.None));
        Assert.False(await dedupe.TryClaimAsync("slack:message:CX1:1763300000.000100", "second", CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Listening_IsOffUntilTurnedOn_AndKeptPerChannel(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        var settings = new SqlChannelSettingsStore(database, TimeProvider.System);
        var growth = new ConversationKey("slack", "C0GROWTH");

        Assert.False(await settings.IsListeningAsync(growth, CancellationToken.None));
        await settings.SetListeningAsync(growth, true, CancellationToken.None);
        Assert.True(await settings.IsListeningAsync(growth, CancellationToken.None));
        Assert.False(await settings.IsListeningAsync(growth with { Id = "C0HIRING" }, CancellationToken.None));
        await settings.SetListeningAsync(growth, false, CancellationToken.None);
        Assert.False(await settings.IsListeningAsync(growth, CancellationToken.None));
    }
}
