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

    public StorageSettings Settings => settings;

    /// <exception cref="StorageException">The database cannot be reached or opened.</exception>
    public async Task<DbConnection> OpenAsync(CancellationToken cancel)
    {
        try
        {
            return await source.OpenConnectionAsync(cancel);
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
        await using var connection = await OpenAsync(cancel);
        try
        {
            return await work(connection);
        }
        catch (DbException failed)
        {
            throw new StorageException($"{settings} refused: {failed.Message}", failed);
        }
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
