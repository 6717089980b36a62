using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Candor.Load;

/// <summary>
/// Slack: signed Events API callbacks (an app mention each) posted to <c>/slack/events</c>; a fake Slack Web API
/// answers every call after an optional delay and notes when each chat.postMessage arrived, by its channel and
/// <c>thread_ts</c> (the mention's <c>ts</c>).
/// </summary>
internal sealed class SlackLoad : LoadChannel
{
    private const string SigningSecret = "candor-load-signing-secret";

    // As Slack writes it: "<@U…>" and emoji as they are, not \u-escaped.
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(SigningSecret);

    private static readonly JsonSerializerOptions AsSlackWrites = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly int delayMs;
    private volatile bool measuring;
    private long posted;

    private SlackLoad(int delayMs) => this.delayMs = delayMs;

    public override IReadOnlyList<string> BotArguments =>
        ["--Slack:BotToken=xoxb-load", $"--Slack:SigningSecret={SigningSecret}", $"--Slack:ApiBaseUrl={FakeUrl}/api/"];

    public override string Setup => $", slack delay {delayMs} ms";

    /// <param name="delayMs">How long the fake Web API takes to answer each call once measuring starts (not during the warm-up).</param>
    public static async Task<SlackLoad> StartAsync(int delayMs)
    {
        var slack = new SlackLoad(delayMs);
        await slack.StartFakeAsync(app => app.MapPost("/api/{method}", slack.AnswerAsync));
        return slack;
    }

    public override void StartMeasuring() => measuring = true;

    public override HttpRequestMessage Request(string botUrl, string prefix, int i, string paste)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var ts = Ts(prefix, i);
        var callback = new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = "T0LOAD", ["api_app_id"] = "A0LOAD", ["event_id"] = $"Ev{prefix}{i}", ["event_time"] = now,
            ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = "U0CANDOR", ["is_bot"] = true }),
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention", ["user"] = "U0USER", ["text"] = $"<@U0CANDOR> {paste}", ["channel"] = Channel(i), ["ts"] = ts, ["event_ts"] = ts,
            },
        };
        var body = Encoding.UTF8.GetBytes(callback.ToJsonString(AsSlackWrites));
        var timestamp = now.ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, $"{botUrl}/slack/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Signature(timestamp, body));
        return request;
    }

    public override string ReplyKey(string prefix, int i) => Reply(Channel(i), Ts(prefix, i));

    // Slack's signing: v0= + hex HMAC-SHA256 of "v0:{timestamp}:" and the exact body bytes.
    private static string Signature(string timestamp, byte[] body)
    {
        byte[] signed = [.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body];
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Key, signed));
    }

    private static string Channel(int i) => $"C0LOAD{i % 50}";

    // Unique per request (the bot deduplicates on channel and ts): the prefix's letter in the seconds keeps the
    // warm-up's and the measured ones apart.
    private static string Ts(string prefix, int i) => $"17633{(int)prefix[0]:00000}.{i:000000}";

    private static string Reply(string? channel, string? threadTs) => $"{channel} {threadTs}";

    private static string? Text(JsonDocument body, string property) =>
        body.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<IResult> AnswerAsync(string method, HttpRequest request)
    {
        if (method == "chat.postMessage")
        {
            // A document, not a node tree: the fake shares the machine's two cores with the bot, and reads two fields.
            using var body = await JsonDocument.ParseAsync(request.Body);
            Replied(Reply(Text(body, "channel"), Text(body, "thread_ts")));
        }

        if (measuring && delayMs > 0)
        {
            await Task.Delay(delayMs, request.HttpContext.RequestAborted);
        }

        return Results.Json(new { ok = true, ts = $"1763400000.{Interlocked.Increment(ref posted):000000}" });
    }
}
