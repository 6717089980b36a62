using System.Data.Common;
using Dapper;
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
    // thread (its calls are synchronous underneath). So SQLite work takes turns here, asynchronously, on one
    // connection opened once: at most one thread-pool thread ever waits on SQLite, and no call pays for opening
    // and preparing a connection. A connection that failed is dropped and opened afresh next time.
    private readonly SemaphoreSlim sqliteTurn = new(1);
    private DbConnection? sqlite;

    public StorageSettings Settings => settings;

    /// <summary>A new connection, for work that needs its own (migrations); everything else goes through <see cref="RunAsync{T}"/>.</summary>
    /// <exception cref="StorageException">The database cannot be reached or opened.</exception>
    public async Task<DbConnection> OpenAsync(CancellationToken cancel)
    {
        try
        {
            var connection = await source.OpenConnectionAsync(cancel);
            if (settings.Provider == StorageProvider.Sqlite)
            {
                // With write-ahead logging this is still safe against corruption; a commit waits for the disk
                // only at checkpoints, so a write costs microseconds rather than a flush. The busy timeout lets
                // SQLite itself wait for a lock another connection (Quartz's) holds, retrying within a millisecond
                // or two of its release; Microsoft.Data.Sqlite's own retry sleeps 150 ms at a time, a stall every
                // request waiting on this connection would share.
                await using var fast = connection.CreateCommand();
                fast.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000";
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
        if (settings.Provider != StorageProvider.Sqlite)
        {
            await using var connection = await OpenAsync(cancel);
            return await Refused(work(connection));
        }

        // Off the analysis lane's few threads: Microsoft.Data.Sqlite is synchronous underneath, and a lane thread
        // waiting on the disk or the turn is a core not analysing. The thread pool does it instead.
        return await Task.Run(() => RunInTurnAsync(work, cancel), CancellationToken.None);
    }

    private async Task<T> RunInTurnAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancel)
    {
        await sqliteTurn.WaitAsync(cancel);
        try
        {
            sqlite ??= await OpenAsync(cancel);
            return await Refused(work(sqlite));
        }
        catch (StorageException)
        {
            await DropSqliteAsync();
            throw;
        }
        finally
        {
            sqliteTurn.Release();
        }
    }

    public Task RunAsync(Func<DbConnection, Task> work, CancellationToken cancel) => RunAsync(async connection =>
    {
        await work(connection);
        return true;
    }, cancel);

    /// <returns>How many rows <paramref name="sql"/> changed.</returns>
    public Task<int> ExecuteAsync(string sql, object? values, CancellationToken cancel) =>
        RunAsync(c => c.ExecuteAsync(new CommandDefinition(sql, values, cancellationToken: cancel)), cancel);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? values, CancellationToken cancel) =>
        RunAsync(c => c.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, values, cancellationToken: cancel)), cancel);

    public async ValueTask DisposeAsync()
    {
        await DropSqliteAsync();
        sqliteTurn.Dispose();
        await source.DisposeAsync();
    }

    private async Task<T> Refused<T>(Task<T> work)
    {
        try
        {
            return await work;
        }
        catch (DbException failed)
        {
            throw new StorageException($"{settings} refused: {failed.Message}", failed);
        }
    }

    private async Task DropSqliteAsync()
    {
        if (sqlite is { } connection)
        {
            sqlite = null;
            await connection.DisposeAsync();
        }
    }
}
