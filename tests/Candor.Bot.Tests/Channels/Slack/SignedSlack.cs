using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Candor.Bot.Channels.Slack;

namespace Candor.Bot.Tests.Channels.Slack;

/// <summary>Requests as Slack sends them to the bot: signed with the app's signing secret, events as JSON, commands and interactions as forms.</summary>
internal sealed class SignedSlack(HttpClient http, Func<string> botUrl)
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotUser = "UCANDOR01";

    private readonly SlackSignature signer = new(Secret, TimeProvider.System);

    public static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The settings that point a bot at <paramref name="slack"/> with this secret.</summary>
    public static string[] Settings(FakeSlack slack) =>
        ["--Slack:BotToken=xoxb-test-token", $"--Slack:SigningSecret={Secret}", $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}"];

    public static JsonObject Callback(string eventId, JsonObject e) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = "T0001",
        ["api_app_id"] = "A0001",
        ["event_id"] = eventId,
        ["event_time"] = 1763300000,
        ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = BotUser, ["is_bot"] = true }),
        ["event"] = e,
    };

    public static JsonObject Mention(string text, string ts = "1763300000.000100", string channel = "C0GROWTH") => new()
    {
        ["type"] = "app_mention",
        ["user"] = "U0ANA",
        ["text"] = $"<@{BotUser}> {text}",
        ["channel"] = channel,
        ["ts"] = ts,
        ["event_ts"] = ts,
    };

    public static JsonObject ChannelMessage(string text, string channelType = "channel", string ts = "1763300000.000100", string channel = "C0GROWTH") => new()
    {
        ["type"] = "message",
        ["channel_type"] = channelType,
        ["user"] = "U0ANA",
        ["text"] = text,
        ["channel"] = channel,
        ["ts"] = ts,
    };

    public Task<HttpResponseMessage> EventAsync(JsonObject callback, string? retryNum = null) =>
        PostAsync("/slack/events", callback.ToJsonString(), "application/json", Now, retryNum);

    public Task<HttpResponseMessage> CommandAsync(string text, string responseUrl) =>
        PostAsync("/slack/commands", Form(new()
        {
            ["token"] = "legacy", ["team_id"] = "T0001", ["channel_id"] = "C0GROWTH", ["user_id"] = "U0ANA", ["command"] = "/candor",
            ["text"] = text, ["response_url"] = responseUrl, ["trigger_id"] = "1337.42.abc",
        }), "application/x-www-form-urlencoded", Now);

    public Task<HttpResponseMessage> InteractionAsync(JsonObject payload) =>
        PostAsync("/slack/interactions", Form(new() { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded", Now);

    /// <summary>Posts <paramref name="body"/> with the given headers exactly, for the signature matrix.</summary>
    public async Task<HttpResponseMessage> RawAsync(string path, byte[] body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, botUrl() + path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (timestamp is not null)
        {
            request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add(SlackSignature.SignatureHeader, signature);
        }

        return await http.SendAsync(request);
    }

    public string Sign(string timestamp, byte[] body) => signer.Sign(timestamp, body);

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, string timestamp, string? retryNum = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, botUrl() + path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, signer.Sign(timestamp, bytes));
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await http.SendAsync(request);
    }

    private static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
