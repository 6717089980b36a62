using Candor.Bot.Storage;
using Dapper;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>Writes waiting together go in one transaction: all kept, or all refused together, and the writer goes on.</summary>
public sealed class GroupCommitTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ManyWritesAtOnce_AreAllKept_EachWithItsOwnCount(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        await using var writes = new GroupCommit(database);
        const string Add = "INSERT INTO dedupe_keys (dedupe_key, seen_ms) VALUES (@Key, 1) ON CONFLICT (dedupe_key) DO NOTHING";

        // 500 distinct keys and each of the first 100 again: a repeat changes nothing, whichever transaction it lands in.
        var counts = await Task.WhenAll(Enumerable.Range(0, 600).Select(i => Task.Run(() => writes.WriteAsync(Add, new { Key = $"k{i % 500}" }, CancellationToken.None))));
        var kept = await database.RunAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dedupe_keys"), CancellationToken.None);

        Assert.Equal(500, kept);
        Assert.Equal(500, counts.Sum());
    }

    [Fact]
    public async Task AWriteThatFails_RefusesItsTransaction_AndLaterWritesGoThrough()
    {
        await using var sqlite = await MigratedSqlite.CreateAsync();
        var writes = sqlite.Writes;

        var broken = writes.WriteAsync("INSERT INTO no_such_table (x) VALUES (1)", new { }, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<StorageException>(() => broken);
        var later = await writes.WriteAsync("INSERT INTO dedupe_keys (dedupe_key, seen_ms) VALUES ('after', 1)", new { }, CancellationToken.None);

        Assert.Contains("no_such_table", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, later);
    }

    [Fact]
    public async Task AfterDisposal_AWriteIsRefusedWithAReason()
    {
        await using var sqlite = await MigratedSqlite.CreateAsync();
        var writes = new GroupCommit(sqlite.Database);
        await writes.DisposeAsync();

        var refused = await Assert.ThrowsAsync<StorageException>(() => writes.WriteAsync("SELECT 1", new { }, CancellationToken.None));

        Assert.Contains("stopping", refused.Message, StringComparison.Ordinal);
    }
}
