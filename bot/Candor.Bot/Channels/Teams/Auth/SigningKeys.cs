using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Candor.Bot.Channels.Teams.Auth;

/// <summary>A signing key from an OpenID metadata document, with the channels the Bot Connector endorses it for.</summary>
internal sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string> Endorsements);

/// <summary>
/// The signing keys behind one OpenID metadata URL. The keys document is read raw because the Bot Connector
/// adds a non-standard <c>endorsements</c> list to each key, which the standard retrievers drop. Keys are
/// cached for a day and fetched again when a token names a key the cache does not know (key rotation),
/// at most once a minute — failed attempts included — so a flood of forged key ids cannot turn into a flood
/// of fetches. When a fetch fails the last keys that were read stay in use.
/// </summary>
internal sealed class SigningKeys(HttpClient http, Uri metadataUrl, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);
    private static readonly TimeSpan RefetchAfter = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim fetching = new(1, 1);
    private IReadOnlyDictionary<string, SigningKey> keys = new Dictionary<string, SigningKey>();
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset triedAt = DateTimeOffset.MinValue;

    /// <summary>The key with this id, or null when the metadata has none (or cannot be read).</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        if (keys.TryGetValue(keyId, out var known) && now - fetchedAt < KeepFor)
        {
            return known;
        }

        if (now - triedAt < RefetchAfter)
        {
            return known;
        }

        await fetching.WaitAsync(cancel);
        try
        {
            if (clock.GetUtcNow() - triedAt >= RefetchAfter)
            {
                triedAt = clock.GetUtcNow();
                keys = await FetchAsync(cancel);
                fetchedAt = triedAt;
            }

            return keys.GetValueOrDefault(keyId);
        }
        finally
        {
            fetching.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, SigningKey>> FetchAsync(CancellationToken cancel)
    {
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(metadataUrl, cancel));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new JsonException("The OpenID metadata has no jwks_uri.");
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(jwksUri), cancel));
        var found = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var element in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            var endorsements = element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToArray()
                : [];
            if (key.Kid is { Length: > 0 } kid)
            {
                found[kid] = new SigningKey(key, endorsements);
            }
        }

        return found;
    }

    public void Dispose() => fetching.Dispose();
}
