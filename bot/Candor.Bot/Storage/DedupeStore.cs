using Dapper;

namespace Candor.Bot.Storage;

/// <summary>Claims on deliveries, shared by every instance and kept across restarts. Failures are <see cref="StorageException"/>s.</summary>
internal interface IDedupeStore
{
    /// <summary>
    /// True for the first claim of a key, or when <paramref name="claimant"/> (the work's outbox id) made it before: the
    /// same work answered again after a stop. False when other work claimed it (a retry or a double delivery).
    /// </summary>
    Task<bool> TryClaimAsync(string key, string claimant, CancellationToken cancel);

    /// <summary>Drops the claims whose keys start with <paramref name="prefix"/> (a channel's, when it is forgotten).</summary>
    Task ForgetAsync(string prefix, CancellationToken cancel);
}

/// <summary>Claims in the bot's database: one comes with every Slack message, so the claim goes through <see cref="GroupCommit"/>.</summary>
internal sealed class SqlDedupeStore(Database database, GroupCommit writes, TimeProvider clock) : IDedupeStore
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    // Expired keys are cleared by the claims themselves, the first of each process and then every 500th, so
    // nothing else has to be scheduled.
    private const int ClaimsPerSweep = 500;

    private int claims;

    public async Task<bool> TryClaimAsync(string key, string claimant, CancellationToken cancel)
    {
        const string Claim = "INSERT INTO dedupe_keys (dedupe_key, seen_ms, claimant) VALUES (@Key, @Now, @Claimant) ON CONFLICT (dedupe_key) DO NOTHING";
        const string Own = "SELECT COUNT(*) FROM dedupe_keys WHERE dedupe_key = @Key AND claimant = @Claimant";
        const string Sweep = "DELETE FROM dedupe_keys WHERE seen_ms < @Before";
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref claims) % ClaimsPerSweep == 1)
        {
            await writes.WriteAsync(Sweep, new { Before = (now - Kept).ToUnixTimeMilliseconds() }, cancel);
        }

        // Taken before by someone: this work's own claim, if it made it before a stop, is still its own.
        var values = new { Key = key, Now = now.ToUnixTimeMilliseconds(), Claimant = claimant };
        return await writes.WriteAsync(Claim, values, cancel) == 1
            || await database.RunAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(Own, values, cancellationToken: cancel)), cancel) == 1;
    }

    public async Task ForgetAsync(string prefix, CancellationToken cancel)
    {
        // substr rather than LIKE: an id's '_' would be a wildcard there.
        const string Delete = "DELETE FROM dedupe_keys WHERE substr(dedupe_key, 1, @Length) = @Prefix";
        await database.ExecuteAsync(Delete, new { Prefix = prefix, prefix.Length }, cancel);
    }
}
