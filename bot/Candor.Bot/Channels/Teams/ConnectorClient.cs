using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Bot.Channels.Teams;

/// <summary>
/// Sends activities to the Bot Connector REST API (protocols.md §1.4): replies, typing indicators and card
/// updates, with the ids escaped (Teams ids contain ':', ';' and '@'). 429, 412, 502 and 504 are retried with
/// exponential backoff and jitter, honouring Retry-After, as Teams asks. 429 and 412 say the message was not
/// taken; after a 502 or 504 the Connector may have taken it, so in that rare case a retry can post twice.
/// </summary>
internal sealed partial class ConnectorClient(HttpClient http, IConnectorTokens tokens, ILogger<ConnectorClient> logger, bool loopbackOnly)
{
    private const int Attempts = 4;
    private static readonly HttpStatusCode[] Retried = [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Answers <paramref name="incoming"/> in its conversation, as a reply to it.</summary>
    public Task ReplyAsync(Activity incoming, JsonObject reply, CancellationToken cancel)
    {
        var url = ActivitiesUrl(incoming) + (incoming.Id is { Length: > 0 } id ? $"/{Uri.EscapeDataString(id)}" : string.Empty);
        return SendAsync(HttpMethod.Post, url, incoming.ServiceUrl!, Addressed(incoming, reply), cancel);
    }

    /// <summary>
    /// Posts into a stored conversation, unprompted. Into a team channel this starts a new thread (creates a
    /// conversation in the channel, as Teams asks); elsewhere it is a new message in the chat.
    /// </summary>
    /// <returns>The new message's id, when the Connector gives one.</returns>
    public async Task<string?> PostAsync(ConversationReference to, JsonObject message, CancellationToken cancel)
    {
        var bot = new JsonObject { ["id"] = to.BotId, ["name"] = to.BotName };
        var activity = message.DeepClone().AsObject();
        activity["from"] = bot.DeepClone();
        if (to.Kind == "channel")
        {
            var tenant = new JsonObject { ["id"] = to.TenantId };
            var conversation = new JsonObject
            {
                ["isGroup"] = true,
                ["bot"] = bot,
                ["tenantId"] = to.TenantId,
                ["channelData"] = new JsonObject { ["channel"] = new JsonObject { ["id"] = to.Key.Id }, ["tenant"] = tenant },
                ["activity"] = activity,
            };
            var created = await SendAsync(HttpMethod.Post, $"{ServiceBase(to.ServiceUrl!)}v3/conversations", to.ServiceUrl!, conversation, cancel);
            return Text(created, "activityId");
        }

        activity["conversation"] = new JsonObject { ["id"] = to.Key.Id };
        var sent = await SendAsync(HttpMethod.Post, ActivitiesUrl(to.ServiceUrl!, to.Key.Id), to.ServiceUrl!, activity, cancel);
        return Text(sent, "id");
    }

    /// <summary>
    /// Why a stored conversation's Connector must not be posted to unprompted, or null when it may. Local mode
    /// only posts to this machine. With credentials, the bot's token goes only to an https Connector: a stored
    /// address is not vouched for by a signed request, as a reply's is, and may be left over from local mode.
    /// </summary>
    public string? RefusesUnprompted(string serviceUrl) =>
        loopbackOnly
            ? IsLoopback(serviceUrl) ? null : $"Local mode only posts to this machine, not to {serviceUrl}."
            : Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? null : $"The bot's token is only sent over https, not to {serviceUrl}.";

    /// <summary>The typing indicator: one attempt, no retries, and its failure ignored, since the answer matters and this does not.</summary>
    public async Task TryTypingAsync(Activity incoming, CancellationToken cancel)
    {
        try
        {
            await SendAsync(HttpMethod.Post, ActivitiesUrl(incoming), incoming.ServiceUrl!, Addressed(incoming, Typing()), cancel, attempts: 1);
        }
#pragma warning disable CA1031 // A typing indicator that fails is simply not shown.
        catch (Exception failure) when (failure is not OperationCanceledException || !cancel.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogTypingFailed(failure);
        }
    }

    /// <summary>Posts a new message into <paramref name="incoming"/>'s conversation, not as a reply to it.</summary>
    public Task SendAsync(Activity incoming, JsonObject message, CancellationToken cancel) =>
        SendAsync(HttpMethod.Post, ActivitiesUrl(incoming), incoming.ServiceUrl!, Addressed(incoming with { Id = null }, message), cancel);

    /// <summary>Replaces a message Candor sent earlier (a card refreshed by a button).</summary>
    public Task UpdateAsync(Activity incoming, string activityId, JsonObject message, CancellationToken cancel) =>
        SendAsync(HttpMethod.Put, $"{ActivitiesUrl(incoming)}/{Uri.EscapeDataString(activityId)}", incoming.ServiceUrl!, Addressed(incoming, message), cancel);

    /// <summary>A message carrying the card as an Adaptive Card, with its fallback as the text notifications show.</summary>
    public static JsonObject CardMessage(Card card) => new()
    {
        ["type"] = "message",
        ["text"] = card.Fallback,
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = AdaptiveCardType, ["content"] = AdaptiveCardRenderer.Render(card) }),
    };

    private static JsonObject Typing() => new() { ["type"] = "typing" };

    private static string ActivitiesUrl(Activity incoming) => ActivitiesUrl(incoming.ServiceUrl!, incoming.Conversation!.Id!);

    private static string ActivitiesUrl(string serviceUrl, string conversationId) =>
        $"{ServiceBase(serviceUrl)}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    private static string ServiceBase(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";

    private static JsonObject Addressed(Activity incoming, JsonObject message)
    {
        var addressed = message.DeepClone().AsObject();
        addressed["from"] = JsonSerializer.SerializeToNode(incoming.Recipient, Json);
        addressed["recipient"] = JsonSerializer.SerializeToNode(incoming.From, Json);
        addressed["conversation"] = JsonSerializer.SerializeToNode(incoming.Conversation, Json);
        if (incoming.Id is { Length: > 0 } id)
        {
            addressed["replyToId"] = id;
        }

        return addressed;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <returns>The Connector's answer (a resource id), or null when it gave none or nothing was sent.</returns>
    /// <exception cref="HttpRequestException">The Connector refused the activity, or kept failing; the caller logs it.</exception>
    private async Task<JsonObject?> SendAsync(HttpMethod method, string url, string serviceUrl, JsonObject body, CancellationToken cancel, int attempts = Attempts)
    {
        if (loopbackOnly && !IsLoopback(serviceUrl))
        {
            // Local mode is unauthenticated: it must never be talked into posting to another machine.
            LogRefused(serviceUrl);
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            using var request = await RequestAsync(method, url, body, cancel);
            using var response = await http.SendAsync(request, cancel);
            if (response.IsSuccessStatusCode)
            {
                return await ResourceAsync(response, cancel);
            }

            if (!Retried.Contains(response.StatusCode) || attempt == attempts)
            {
                throw new HttpRequestException($"The Bot Connector answered {(int)response.StatusCode} after {attempt} attempt(s).", null, response.StatusCode);
            }

            var wait = Backoff.Before(attempt, response.Headers.RetryAfter);
            LogRetry(response.StatusCode, wait.TotalMilliseconds, attempt);
            await Task.Delay(wait, cancel);
        }
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string url, JsonObject body, CancellationToken cancel)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (await tokens.GetAsync(cancel) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static string? Text(JsonObject? resource, string property) =>
        resource?[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    // Connectors answer {"id": …}; some clients answer with an empty body, which is no failure.
    private static async Task<JsonObject?> ResourceAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonObject>(cancel);
        }
        catch (JsonException)
        {
            return null;
        }
    }


    private static bool IsLoopback(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typing indicator not shown.")]
    private partial void LogTypingFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local mode: not replying to non-loopback serviceUrl {ServiceUrl}.")]
    private partial void LogRefused(string serviceUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector answered {Status}; retrying in {WaitMs:0} ms (attempt {Attempt}).")]
    private partial void LogRetry(HttpStatusCode status, double waitMs, int attempt);

}
