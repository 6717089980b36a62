using Candor.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>A database of a test's own, on either provider; disposing it drops it.</summary>
internal sealed class TestDatabase(StorageSettings settings, Func<Task> drop) : IAsyncDisposable
{
    public StorageSettings Settings => settings;

    /// <summary>A connection pool to this database, migrated to the current schema; the caller disposes it.</summary>
    public async Task<Database> MigratedAsync()
    {
        var database = new Database(settings);
        await new Migrator(database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync() => await drop();
}

/// <summary>
/// Databases for the storage tests: a SQLite file, or a fresh database on the PostgreSQL server that
/// CANDOR_TEST_POSTGRES names (a connection string whose user may create databases). CI starts that server and
/// sets CANDOR_REQUIRE_POSTGRES=1, which turns a missing server from a skip into a failure.
/// </summary>
internal static class TestDatabases
{
    /// <summary>Theories name providers as text: the provider type is internal to the bot.</summary>
    public static StorageProvider Parse(string provider) => Enum.Parse<StorageProvider>(provider, ignoreCase: true);

    private static string? PostgresServer => Environment.GetEnvironmentVariable("CANDOR_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    private static bool PostgresRequired => Environment.GetEnvironmentVariable("CANDOR_REQUIRE_POSTGRES") == "1";

    /// <returns>Null when PostgreSQL was asked for and no server is configured (and none is required): the test then skips.</returns>
    public static async Task<TestDatabase?> CreateAsync(string name, ITestOutputHelper? output)
    {
        var provider = Parse(name);
        if (provider == StorageProvider.Sqlite)
        {
            var folder = new TempFolder();
            return new TestDatabase(new StorageSettings(provider, $"Data Source={folder.File("candor.db")};Pooling=True"), () =>
            {
                folder.Dispose();
                return Task.CompletedTask;
            });
        }

        if (PostgresServer is not { } server)
        {
            Assert.False(PostgresRequired, "CANDOR_REQUIRE_POSTGRES=1 but CANDOR_TEST_POSTGRES names no server.");
            output?.WriteLine("Skipped: set CANDOR_TEST_POSTGRES to a PostgreSQL connection string to run this on PostgreSQL.");
            return null;
        }

        var database = $"candor_test_{Guid.NewGuid():N}";
        await AdministerAsync(server, $"CREATE DATABASE {database}");
        var settings = new StorageSettings(provider, new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString());
        return new TestDatabase(settings, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(server, database);
        });
    }

    // A server where the test's user may not end other roles' sessions (pg_signal_backend; .ci/run grants it) refuses
    // the forced drop while autovacuum's worker is in the database; the worker is gone a moment later.
    private static async Task DropAsync(string server, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AdministerAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
                return;
            }
            catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task AdministerAsync(string server, string statement)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A migrated SQLite database of a test's own, for tests that need one real database but not both kinds.</summary>
internal sealed class MigratedSqlite(TestDatabase test, Database database) : IAsyncDisposable
{
    public Database Database => database;

    /// <summary>The database's group commit, as the bot has one, for the stores that write through it.</summary>
    public GroupCommit Writes { get; } = new(database);

    public static async Task<MigratedSqlite> CreateAsync()
    {
        var test = (await TestDatabases.CreateAsync("sqlite", output: null))!;
        return new MigratedSqlite(test, await test.MigratedAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Writes.DisposeAsync();
        await database.DisposeAsync();
        await test.DisposeAsync();
    }
}
