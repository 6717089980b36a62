using System.Collections.Concurrent;
using Candor.Cards.Building;
using Candor.Cards.Model;

namespace Candor.Bot.Conversation;

/// <summary>
/// How many analyses one person, and one Teams tenant or Slack workspace, may ask for each minute
/// (<c>Limits:PerUserPerMinute</c>, default 20; <c>Limits:PerTenantPerMinute</c>, default 300; 0 turns one off).
/// Counted per instance: with several instances behind a load balancer, the effective limit is up to that many times higher.
/// </summary>
internal sealed class UsageLimitSettings
{
    public const string Section = "Limits";

    public int PerUserPerMinute { get; set; } = 20;

    public int PerTenantPerMinute { get; set; } = 300;

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A limit is negative or absurd; the message names its key.</exception>
    public static UsageLimitSettings Read(IConfiguration configuration) =>
        Hosting.Settings.Read<UsageLimitSettings>(configuration, Section, settings =>
        [
            .. Problem(nameof(PerUserPerMinute), settings.PerUserPerMinute),
            .. Problem(nameof(PerTenantPerMinute), settings.PerTenantPerMinute),
        ]);

    private static IEnumerable<string> Problem(string key, int value) =>
        value is >= 0 and <= 100_000 ? [] : [$"{Section}:{key} is {value}; allow 0 (no limit) to 100000 analyses a minute."];
}

/// <summary>Who asked: the channel, the Teams tenant or Slack workspace, and the person. Missing ids are not limited by.</summary>
internal sealed record Asker(string Channel, string? Tenant, string? User);

/// <summary>
/// Per-person and per-tenant token buckets: each holds a minute's allowance and refills continuously, so a burst
/// of a minute's worth is fine and a steady stream above it is slowed. Help, feedback and settings are not counted;
/// analyses are. When either bucket is empty the answer is a friendly card saying when to try again, and nothing
/// is analysed.
/// </summary>
internal sealed class UsageLimits(UsageLimitSettings settings, TimeProvider clock)
{
    // Idle buckets are full buckets: forgetting them changes nothing, and keeps a flood of one-off ids from growing memory.
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);

    /// <summary>How many people and tenants are being counted now (for the health of the process, and its tests).</summary>
    public int Tracked => buckets.Count;

    /// <summary>Takes one analysis from the asker's allowances.</summary>
    /// <returns>Null when allowed; otherwise how long until one is allowed again (nothing was taken).</returns>
    public TimeSpan? TryTake(Asker asker)
    {
        var now = clock.GetUtcNow();
        var user = asker.User is { Length: > 0 } id && settings.PerUserPerMinute > 0
            ? buckets.GetOrAdd($"{asker.Channel}:{asker.Tenant}:user:{id}", _ => new Bucket(settings.PerUserPerMinute, now))
            : null;
        var tenant = asker.Tenant is { Length: > 0 } team && settings.PerTenantPerMinute > 0
            ? buckets.GetOrAdd($"{asker.Channel}:tenant:{team}", _ => new Bucket(settings.PerTenantPerMinute, now))
            : null;
        if (buckets.Count > SweepAbove)
        {
            Sweep(now);
        }

        // Both buckets are taken together under their locks, in a fixed order, so a refusal by one takes nothing from the other.
        var first = user ?? tenant;
        var second = user is null ? null : tenant;
        if (first is null)
        {
            return null;
        }

        lock (first)
        {
            if (second is null)
            {
                return first.TryTake(now);
            }

            lock (second)
            {
                var wait = Max(first.WaitFor(now), second.WaitFor(now));
                if (wait is null)
                {
                    first.Take();
                    second.Take();
                }

                return wait;
            }
        }
    }

    /// <summary>The card for an asker who is going too fast.</summary>
    public Card SlowDown(TimeSpan wait)
    {
        // With the per-person limit off, only the team's allowance can have run out: no "up to 0 items" then.
        var allowance = settings.PerUserPerMinute > 0
            ? $"I check up to {settings.PerUserPerMinute} items a minute per person, and a team shares a larger allowance"
            : $"your team shares {settings.PerTenantPerMinute} checks a minute";
        return StaticCards.Note($"That's a lot at once: {allowance}. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s.");
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, bucket) in buckets)
        {
            if (bucket.IsFull(now))
            {
                buckets.TryRemove(key, out _);
            }
        }
    }

    private static TimeSpan? Max(TimeSpan? first, TimeSpan? second) =>
        first is null ? second : second is null ? first : first > second ? first : second;

    private sealed class Bucket(int perMinute, DateTimeOffset now)
    {
        private double tokens = perMinute;
        private DateTimeOffset refilled = now;

        public TimeSpan? TryTake(DateTimeOffset at)
        {
            var wait = WaitFor(at);
            if (wait is null)
            {
                Take();
            }

            return wait;
        }

        public TimeSpan? WaitFor(DateTimeOffset at)
        {
            Refill(at);
            return tokens >= 1 ? null : TimeSpan.FromMinutes((1 - tokens) / perMinute);
        }

        public void Take() => tokens--;

        public bool IsFull(DateTimeOffset at)
        {
            lock (this)
            {
                Refill(at);
                return tokens >= perMinute;
            }
        }

        private void Refill(DateTimeOffset at)
        {
            if (at > refilled)
            {
                tokens = Math.Min(perMinute, tokens + ((at - refilled).TotalMinutes * perMinute));
                refilled = at;
            }
        }
    }
}
