using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Candor.Bot.Channels.Slack;

internal enum SignatureCheck
{
    Valid,
    Missing,
    Stale,
    Wrong,
}

/// <summary>
/// Slack's request signing (protocols.md §3.2): <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>
/// under the signing secret, compared in constant time. Timestamps more than five minutes from now, in either
/// direction, are refused, so a captured request cannot be replayed later.
/// </summary>
internal sealed class SlackSignature(string signingSecret, TimeProvider clock)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly byte[] key = Encoding.UTF8.GetBytes(signingSecret);

    public SignatureCheck Check(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Missing;
        }

        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds() || (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return SignatureCheck.Stale;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(timestamp, body)), Encoding.ASCII.GetBytes(signature))
            ? SignatureCheck.Valid
            : SignatureCheck.Wrong;
    }

    /// <summary>The <c>X-Slack-Signature</c> value for a request: what Slack sends, and what tests sign with.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }
}
