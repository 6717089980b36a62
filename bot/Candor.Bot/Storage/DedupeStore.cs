using Dapper;

namespace Candor.Bot.Storage;

/// <summary>Claims on deliveries, shared by every instance and kept across restarts. Failures are <see cref="StorageException"/>s.</summary>
internal interface IDedupeStore
{
    /// <summary>True for the first claim of a key; false when it was claimed before (a retry or a double delivery).</summary>
    Task<bool> TryClaimAsync(string key, CancellationToken cancel);

    /// <summary>Drops the claims whose keys start with <paramref name="prefix"/> (a channel's, when it is forgotten).</summary>
    Task ForgetAsync(string prefix, CancellationToken cancel);
}

internal sealed class SqlDedupeStore(Database database, TimeProvider clock) : IDedupeStore
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    // Expired keys are cleared by the claims themselves, the first of each process and then every 500th, so
    // nothing else has to be scheduled.
    private const int ClaimsPerSweep = 500;

    private int claims;

    public async Task<bool> TryClaimAsync(string key, CancellationToken cancel)
    {
        const string Claim = "INSERT INTO dedupe_keys (dedupe_key, seen_ms) VALUES (@Key, @Now) ON CONFLICT (dedupe_key) DO NOTHING";
        var now = clock.GetUtcNow();
        var sweep = Interlocked.Increment(ref claims) % ClaimsPerSweep == 1;
        var claimed = await database.RunAsync(async connection =>
        {
            var taken = await connection.ExecuteAsync(new CommandDefinition(Claim, new { Key = key, Now = now.ToUnixTimeMilliseconds() }, cancellationToken: cancel)) == 1;
            if (sweep)
            {
                const string Sweep = "DELETE FROM dedupe_keys WHERE seen_ms < @Before";
                await connection.ExecuteAsync(new CommandDefinition(Sweep, new { Before = (now - Kept).ToUnixTimeMilliseconds() }, cancellationToken: cancel));
            }

            return taken;
        }, cancel);
        return claimed;
    }

    public async Task ForgetAsync(string prefix, CancellationToken cancel)
    {
        // substr rather than LIKE: an id's '_' would be a wildcard there.
        const string Delete = "DELETE FROM dedupe_keys WHERE substr(dedupe_key, 1, @Length) = @Prefix";
        await database.ExecuteAsync(Delete, new { Prefix = prefix, prefix.Length }, cancel);
    }
}
