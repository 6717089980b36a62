using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Candor.Bot.Storage;

/// <summary>
/// Connections to the configured database. Stores speak the SQL that SQLite and PostgreSQL share (upserts with
/// <c>ON CONFLICT</c>, times as Unix milliseconds in BIGINT), so one store serves both providers.
/// </summary>
internal sealed class Database(StorageSettings settings) : IAsyncDisposable
{
    private readonly DbDataSource source = settings.Provider == StorageProvider.Sqlite
        ? SqliteFactory.Instance.CreateDataSource(settings.ConnectionString)
        : NpgsqlDataSource.Create(settings.ConnectionString);

    // SQLite takes one writer at a time, and Microsoft.Data.Sqlite waits for its turn by sleeping on the calling
    // thread (its calls are synchronous underneath). Taking turns here, asynchronously, means at most one
    // thread-pool thread ever waits on SQLite, so the threads acknowledging requests are never starved.
    private readonly SemaphoreSlim sqliteTurn = new(1);

    public StorageSettings Settings => settings;

    /// <exception cref="StorageException">The database cannot be reached or opened.</exception>
    public async Task<DbConnection> OpenAsync(CancellationToken cancel)
    {
        try
        {
            var connection = await source.OpenConnectionAsync(cancel);
            if (settings.Provider == StorageProvider.Sqlite)
            {
                // With write-ahead logging this is still safe against corruption; a commit waits for the disk
                // only at checkpoints, so a write costs microseconds rather than a flush.
                await using var fast = connection.CreateCommand();
                fast.CommandText = "PRAGMA synchronous=NORMAL";
                await fast.ExecuteNonQueryAsync(cancel);
            }

            return connection;
        }
        catch (DbException unreachable)
        {
            throw new StorageException($"Cannot open {settings}: {unreachable.Message}", unreachable);
        }
    }

    /// <summary>Runs <paramref name="work"/> on an open connection.</summary>
    /// <exception cref="StorageException">The database is unreachable or refused the work.</exception>
    public async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancel)
    {
        var takesTurns = settings.Provider == StorageProvider.Sqlite;
        if (takesTurns)
        {
            await sqliteTurn.WaitAsync(cancel);
        }

        try
        {
            await using var connection = await OpenAsync(cancel);
            return await work(connection);
        }
        catch (DbException failed)
        {
            throw new StorageException($"{settings} refused: {failed.Message}", failed);
        }
        finally
        {
            if (takesTurns)
            {
                sqliteTurn.Release();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        sqliteTurn.Dispose();
        await source.DisposeAsync();
    }
}
