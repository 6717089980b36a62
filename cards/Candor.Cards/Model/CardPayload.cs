using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Candor.Cards.Model;

/// <summary>
/// What a button asks the bot to do, compact and versioned, so any instance can route it with nothing kept
/// on the server: the verb, the card it came from and what the verb needs (for a rewrite, the draft itself).
/// </summary>
/// <param name="Verb">"feedback", "rewrite", "variant" or "details".</param>
/// <param name="Kind">The card's kind ("thread", "outreach", …).</param>
/// <param name="Vote">"up" or "down", for feedback.</param>
/// <param name="Ref">A short hash of the analysed text, so feedback can be counted per answer without keeping the text.</param>
/// <param name="Verdict">The verdict the feedback is about.</param>
/// <param name="Draft">The outreach draft a rewrite or variant starts from.</param>
/// <param name="To">The recipient, as the user gave it.</param>
/// <param name="About">The detail already known about them.</param>
/// <param name="Format">The draft's format ("note", "inmail", "message", "reply").</param>
/// <param name="Variant">"shorter" or "formal", for a variant.</param>
public sealed record CardPayload(
    [property: JsonPropertyName("a")] string Verb,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("x")] string? Vote = null,
    [property: JsonPropertyName("r")] string? Ref = null,
    [property: JsonPropertyName("vd")] string? Verdict = null,
    [property: JsonPropertyName("d")] string? Draft = null,
    [property: JsonPropertyName("t")] string? To = null,
    [property: JsonPropertyName("ab")] string? About = null,
    [property: JsonPropertyName("f")] string? Format = null,
    [property: JsonPropertyName("va")] string? Variant = null)
{
    /// <summary>The payload format; a bot that meets a newer one answers politely instead of guessing.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The key the version travels under in every payload.</summary>
    public const string VersionKey = "v";

    private const string CompressedPrefix = "z1.";

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The payload as a JSON object with its version, for Adaptive Card <c>data</c>.</summary>
    public JsonObject ToData()
    {
        var data = JsonSerializer.SerializeToNode(this, Json)!.AsObject();
        data[VersionKey] = CurrentVersion;
        return data;
    }

    /// <summary>
    /// The payload as one string, for a Slack button value (≤ 2,000 characters): plain JSON when it fits in
    /// <paramref name="maxLength"/>, else deflated and base64url-encoded behind a prefix; null when even that does not fit.
    /// </summary>
    public string? Encode(int maxLength)
    {
        var json = ToData().ToJsonString(Json);
        if (json.Length <= maxLength)
        {
            return json;
        }

        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(json));
        }

        var packed = CompressedPrefix + Convert.ToBase64String(buffer.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return packed.Length <= maxLength ? packed : null;
    }

    /// <summary>The payload in a button's data object (Action.Submit value, Action.Execute data); null for anything else.</summary>
    public static CardPayload? From(JsonElement? data) => data is { ValueKind: JsonValueKind.Object } value ? Decode(value.GetRawText()) : null;

    /// <summary>Reads an encoded payload or a data object's JSON; null for anything else, including a newer version.</summary>
    public static CardPayload? Decode(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded))
        {
            return null;
        }

        try
        {
            var json = encoded.StartsWith(CompressedPrefix, StringComparison.Ordinal) ? Inflate(encoded[CompressedPrefix.Length..]) : encoded;
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(VersionKey, out var version)
                || version.ValueKind != JsonValueKind.Number || version.GetInt32() != CurrentVersion)
            {
                return null;
            }

            var payload = root.Deserialize<CardPayload>(Json);
            return payload is { Verb.Length: > 0, Kind.Length: > 0 } ? payload : null;
        }
        catch (Exception failure) when (failure is JsonException or FormatException or InvalidDataException or InvalidOperationException)
        {
            // A payload someone edited or truncated is not an error of ours: it is simply not one of our payloads.
            return null;
        }
    }

    private static string Inflate(string packed)
    {
        var base64 = packed.Replace('-', '+').Replace('_', '/');
        var bytes = Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
        using var deflate = new DeflateStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var limited = new MemoryStream();
        // A payload is at most a few KB; refuse a "zip bomb" rather than inflate it.
        var chunk = new byte[4096];
        int read;
        while ((read = deflate.Read(chunk)) > 0)
        {
            if (limited.Length + read > 64 * 1024)
            {
                throw new InvalidDataException("payload too large");
            }

            limited.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(limited.ToArray());
    }
}
