using Candor.Bot.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>Schema migrations on real SQLite and PostgreSQL databases.</summary>
public sealed class MigratorTests(ITestOutputHelper output)
{
    [Fact]
    public void Scripts_AreNumberedOnce_ForEachProvider()
    {
        foreach (var provider in Enum.GetValues<StorageProvider>())
        {
            var versions = Migrator.For(provider).Select(m => m.Version).ToList();

            Assert.NotEmpty(versions);
            Assert.Equal(versions.Distinct().Count(), versions.Count);
            Assert.All(Migrator.For(provider), m => Assert.False(string.IsNullOrWhiteSpace(m.Sql), m.Name));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_FreshDatabase_AppliesEveryScriptOnce(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = new Database(test.Settings);
        var newest = Migrator.For(TestDatabases.Parse(provider))[^1].Version;

        Assert.Equal(newest, await MigratorOf(database).MigrateAsync(CancellationToken.None));
        Assert.Equal(newest, await MigratorOf(database).MigrateAsync(CancellationToken.None));
        var history = await database.RunAsync(c => c.QueryAsync<int>("SELECT version FROM schema_migrations"), CancellationToken.None);
        Assert.Equal(Migrator.For(TestDatabases.Parse(provider)).Select(m => m.Version), history.Order());
        Assert.Equal(0, await database.RunAsync(c => c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM conversations"), CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_InstancesStartingTogether_EachScriptRunsOnce(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        var instances = Enumerable.Range(0, 4).Select(_ => new Database(test.Settings)).ToList();
        await Task.WhenAll(instances.Select(database => Task.Run(() => MigratorOf(database).MigrateAsync(CancellationToken.None))));

        var history = await instances[0].RunAsync(c => c.QueryAsync<int>("SELECT version FROM schema_migrations"), CancellationToken.None);
        Assert.Equal(Migrator.For(TestDatabases.Parse(provider)).Count, history.Count());
        foreach (var database in instances)
        {
            await database.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_DatabaseNewerThanThisBuild_IsRefusedUntouched(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        // A database a newer Candor made: its history says 999, and nothing this build knows has been applied.
        await using var database = new Database(test.Settings);
        await database.RunAsync(c => c.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms BIGINT NOT NULL)"), CancellationToken.None);
        await database.RunAsync(c => c.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_ms) VALUES (999, 'future', 0)"), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StorageException>(() => MigratorOf(database).MigrateAsync(CancellationToken.None));

        Assert.Contains("schema version 999, newer than this Candor knows", refused.Message, StringComparison.Ordinal);
        var history = await database.RunAsync(c => c.QueryAsync<int>("SELECT version FROM schema_migrations"), CancellationToken.None);
        Assert.Equal([999], history);
        await Assert.ThrowsAsync<StorageException>(() => database.RunAsync(c => c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM conversations"), CancellationToken.None));
    }

    [Fact]
    public async Task Migrate_UnreachablePostgres_SaysWhereWithoutThePassword()
    {
        // Port 1 on loopback: nothing listens, so the connection is refused at once.
        await using var database = new Database(new StorageSettings(StorageProvider.Postgres, "Host=127.0.0.1;Port=1;Database=candor;Username=bot;Password=s3cret;Timeout=2"));

        var refused = await Assert.ThrowsAsync<StorageException>(() => MigratorOf(database).MigrateAsync(CancellationToken.None));

        Assert.StartsWith("Cannot open PostgreSQL at 127.0.0.1:1/candor", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", refused.Message, StringComparison.Ordinal);
    }

    private static Migrator MigratorOf(Database database) => new(database, TimeProvider.System, NullLogger<Migrator>.Instance);
}
