using System.Data.Common;
using System.Threading.Channels;
using Dapper;

namespace Candor.Bot.Storage;

/// <summary>
/// Writes that come with every message (the outbox's three, a Slack delivery's claim, the check's history), written
/// together: whatever writes are waiting when the database is free go in one transaction. Under load that turns
/// hundreds of commits, and as many turns on SQLite's one connection, into a few; a lone write goes at once. A
/// transaction that fails refuses every write in it, each with the same <see cref="StorageException"/>.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    private const int MostPerTransaction = 256;

    private readonly Database database;
    private readonly Channel<Write> waiting = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    public GroupCommit(Database database)
    {
        this.database = database;
        writer = Task.Run(WriteAllAsync);
    }

    /// <returns>How many rows <paramref name="sql"/> changed.</returns>
    /// <exception cref="StorageException">The transaction it went in failed, or the bot is stopping.</exception>
    public Task<int> WriteAsync(string sql, object values, CancellationToken cancel) =>
        WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(sql, values, transaction)), cancel);

    /// <param name="write">Statements to run in the shared transaction, in order; it returns how many rows they changed.</param>
    /// <exception cref="StorageException">The transaction it went in failed, or the bot is stopping.</exception>
    public Task<int> WriteAsync(Func<DbConnection, DbTransaction, Task<int>> write, CancellationToken cancel)
    {
        var pending = new Write(write, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
        return waiting.Writer.TryWrite(pending)
            ? pending.Done.Task.WaitAsync(cancel)
            : Task.FromException<int>(new StorageException("The database is closed: the bot is stopping.", new ObjectDisposedException(nameof(GroupCommit))));
    }

    /// <summary>Writes what is still waiting, then stops taking writes.</summary>
    public async ValueTask DisposeAsync()
    {
        waiting.Writer.TryComplete();
        await writer;
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<Write>(MostPerTransaction);
        while (await waiting.Reader.WaitToReadAsync())
        {
            while (batch.Count < MostPerTransaction && waiting.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            await WriteTogetherAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteTogetherAsync(List<Write> batch)
    {
        try
        {
            var changed = await database.RunAsync(async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync();
                var rows = new int[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    rows[i] = await batch[i].Statements(connection, transaction);
                }

                await transaction.CommitAsync();
                return rows;
            }, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(changed[i]);
            }
        }
#pragma warning disable CA1031 // Whatever failed is handed to each write's caller; the writer itself must keep going.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            var refused = failure as StorageException ?? new StorageException($"The database refused a write: {failure.Message}", failure);
            batch.ForEach(write => write.Done.TrySetException(refused));
        }
    }

    private sealed record Write(Func<DbConnection, DbTransaction, Task<int>> Statements, TaskCompletionSource<int> Done);
}
