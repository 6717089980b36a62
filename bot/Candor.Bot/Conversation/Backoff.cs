using System.Net.Http.Headers;

namespace Candor.Bot.Conversation;

/// <summary>How long to wait before retrying a chat service: exponential with jitter, or longer when it asked (Retry-After), never past 30 s.</summary>
internal static class Backoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static TimeSpan Before(int attempt, RetryConditionHeaderValue? retryAfter)
    {
        var asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        var backoff = First * Math.Pow(2, attempt - 1) * (1 + (Random.Shared.NextDouble() * 0.3));
        var wait = asked is { } delta && delta > backoff ? delta : backoff;
        return wait > Longest ? Longest : wait;
    }
}
