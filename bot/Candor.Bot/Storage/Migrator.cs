using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Candor.Bot.Storage;

/// <summary>One versioned schema change: <c>Storage/Migrations/{common|sqlite|postgres}/NNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Brings the database to the schema this build knows, at start-up, in one transaction: a failed script leaves
/// the database as it was. Instances starting together take turns (PostgreSQL: an advisory lock; SQLite: the
/// write lock of BEGIN IMMEDIATE), so each script runs once. A database newer than this build is refused
/// rather than written to.
/// </summary>
internal sealed partial class Migrator(Database database, TimeProvider clock, ILogger<Migrator> logger)
{
    // Any fixed number: instances of Candor agree on it, other users of the database are unlikely to pick it.
    private const long LockKey = 0x43616E646F72; // "Candor"

    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_ms BIGINT  NOT NULL
        )
        """;

    /// <summary>The scripts for a provider, in order: the shared ones and the provider's own.</summary>
    public static IReadOnlyList<Migration> For(StorageProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var folders = new[] { "migrations/common/", $"migrations/{provider.ToString().ToLowerInvariant()}/" };
        // A build on Windows names the resources with the folder separator it has ('\').
        return [.. assembly.GetManifestResourceNames()
            .Where(name => folders.Any(folder => name.Replace('\\', '/').StartsWith(folder, StringComparison.Ordinal)))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)];
    }

    private Task<int>? migrated;

    /// <summary>Migrates once per process: the program does it before the host starts, the host's start-up finds it done.</summary>
    /// <returns>The schema version the database is at afterwards.</returns>
    /// <exception cref="StorageException">The database is unreachable, newer than this build, or a script failed.</exception>
    public Task<int> EnsureMigratedAsync(CancellationToken cancel)
    {
        var attempt = migrated;
        if (attempt is null || attempt.IsFaulted || attempt.IsCanceled)
        {
            attempt = migrated = MigrateAsync(cancel);
        }

        return attempt;
    }

    /// <returns>The schema version the database is at afterwards.</returns>
    /// <exception cref="StorageException">The database is unreachable, newer than this build, or a script failed.</exception>
    public async Task<int> MigrateAsync(CancellationToken cancel)
    {
        var migrations = For(database.Settings.Provider);
        await using var connection = await database.OpenAsync(cancel);
        try
        {
            if (database.Settings.Provider == StorageProvider.Sqlite)
            {
                // Readers do not wait for the writer, and the setting stays with the file.
                await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL", cancellationToken: cancel));
            }

            await using var transaction = await connection.BeginTransactionAsync(cancel);
            if (database.Settings.Provider == StorageProvider.Postgres)
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@LockKey)", new { LockKey }, transaction, cancellationToken: cancel));
            }

            await connection.ExecuteAsync(new CommandDefinition(CreateHistory, transaction: transaction, cancellationToken: cancel));
            var applied = (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_migrations", transaction: transaction, cancellationToken: cancel))).ToHashSet();
            var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
            if (applied.Count > 0 && applied.Max() > newest)
            {
                throw new StorageException(
                    $"{database.Settings} is at schema version {applied.Max()}, newer than this Candor knows ({newest}). Run the newer Candor, or point {StorageSettings.ConnectionKey} at another database.");
            }

            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await ApplyAsync(connection, transaction, migration, cancel);
            }

            await transaction.CommitAsync(cancel);
            return newest;
        }
        catch (DbException failed)
        {
            throw new StorageException($"Cannot prepare {database.Settings}: {failed.Message}", failed);
        }
    }

    private async Task ApplyAsync(DbConnection connection, DbTransaction transaction, Migration migration, CancellationToken cancel)
    {
        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancel));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_ms) VALUES (@Version, @Name, @At)",
            new { migration.Version, migration.Name, At = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancel));
        LogApplied(migration.Version, migration.Name);
    }

    private static Migration Read(System.Reflection.Assembly assembly, string resource)
    {
        var file = Path.GetFileNameWithoutExtension(resource.Replace('\\', '/').Split('/')[^1]);
        var separator = file.IndexOf('_', StringComparison.Ordinal);
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return new Migration(int.Parse(file[..separator], CultureInfo.InvariantCulture), file[(separator + 1)..], reader.ReadToEnd());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: applied migration {Version} ({Name}).")]
    private partial void LogApplied(int version, string name);
}
