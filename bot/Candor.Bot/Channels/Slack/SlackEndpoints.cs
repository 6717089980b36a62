using System.Text;
using System.Text.Json;
using Candor.Bot.Conversation;
using Candor.Cards.Building;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Candor.Bot.Channels.Slack;

/// <summary>Slack work acknowledged at once (a full queue answers 503, which Slack retries).</summary>
internal sealed class SlackQueue(Outbox outbox) : WorkQueue<SlackWork>(SlackConversation.Channel, outbox, Json)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// <c>POST /slack/events</c>, <c>/slack/commands</c> and <c>/slack/interactions</c>. Every request is verified
/// against the signing secret over its raw bytes first (401 and nothing processed otherwise), then read, queued
/// and acknowledged with 200 within milliseconds; the answer follows in the background (Slack waits 3 s).
/// </summary>
internal sealed partial class SlackEndpoints(SlackSignature signature, SlackQueue queue, SlackDialogs dialogs, SlackMessages messages, ILogger<SlackEndpoints> logger)
{
    /// <summary>Larger than anything Slack sends (a message is at most 40,000 characters); bigger is refused unread.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private const string Unreadable = "The body's JSON has text that is not valid Unicode (invalid UTF-8 or a lone surrogate).";

    public async Task<IResult> EventsAsync(HttpContext context)
    {
        var (body, refused) = await VerifiedBodyAsync(context);
        if (refused is not null)
        {
            return refused;
        }

        JsonElement callback;
        try
        {
            callback = JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not a Slack event (invalid JSON).");
        }

        if (callback.ValueKind != JsonValueKind.Object)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not a Slack event.");
        }

        if (!ReadableJson.IsReadable(callback))
        {
            return Problem(StatusCodes.Status400BadRequest, Unreadable);
        }

        if (callback.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "url_verification")
        {
            return Results.Json(new { challenge = callback.TryGetProperty("challenge", out var challenge) ? challenge.ToString() : string.Empty });
        }

        return await AcceptAsync(SlackRequests.Event(callback), busy: Problem(StatusCodes.Status503ServiceUnavailable, "Candor is busy; Slack will retry."));
    }

    public async Task<IResult> CommandsAsync(HttpContext context)
    {
        var (body, refused) = await VerifiedBodyAsync(context);
        if (refused is not null)
        {
            return refused;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        var text = SlackText.Decode(Field(form, "text"));
        if (Responder.IsHelp(text))
        {
            // Help needs no analysis: it is the acknowledgement itself.
            return Results.Json(messages.Private(StaticCards.Welcome(), replace: false));
        }

        if (Field(form, "response_url") is not { Length: > 0 } responseUrl)
        {
            return Problem(StatusCodes.Status400BadRequest, "The command carries no response_url.");
        }

        return await AcceptAsync(new SlackCommand(Field(form, "channel_id") ?? string.Empty, Field(form, "team_id"), Field(form, "user_id"), text, responseUrl), Busy());
    }

    public async Task<IResult> InteractionsAsync(HttpContext context)
    {
        var (body, refused) = await VerifiedBodyAsync(context);
        if (refused is not null)
        {
            return refused;
        }

        JsonElement payload;
        try
        {
            payload = JsonSerializer.Deserialize<JsonElement>(Field(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)), "payload") ?? string.Empty);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body carries no interaction payload.");
        }

        if (!ReadableJson.IsReadable(payload))
        {
            return Problem(StatusCodes.Status400BadRequest, Unreadable);
        }

        var work = payload.ValueKind == JsonValueKind.Object ? SlackRequests.Interaction(payload) : null;
        if (work is SlackButton { AsksForDetail: true } button)
        {
            dialogs.OpenRewrite(button);
            return Results.Ok();
        }

        // An empty 200 also closes the rewrite dialog; the rewritten card follows through the response URL.
        return await AcceptAsync(work, Busy());
    }

    // Slack retries events that were not taken; commands and buttons it does not, so their person is told instead.
    private async Task<IResult> AcceptAsync(SlackWork? work, IResult busy)
    {
        if (work is null || await queue.TryAcceptAsync(work))
        {
            return Results.Ok();
        }

        LogQueueFull(work.GetType().Name);
        return busy;
    }

    private static IResult Busy() => Results.Json(new
    {
        response_type = "ephemeral",
        text = "Candor is busy right now; please try again in a minute.",
    });

    private async Task<(byte[] Body, IResult? Refused)> VerifiedBodyAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException tooBig) when (tooBig.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], Problem(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {MaxBodyBytes / 1024} KB."));
        }

        var check = signature.Check(context.Request.Headers[SlackSignature.TimestampHeader], context.Request.Headers[SlackSignature.SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            LogRefused(context.Request.Path, check);
            return ([], Problem(StatusCodes.Status401Unauthorized, check switch
            {
                SignatureCheck.Missing => "The request is not signed (X-Slack-Request-Timestamp and X-Slack-Signature).",
                SignatureCheck.Stale => "The request's timestamp is more than 5 minutes from now.",
                _ => "The request's signature does not match.",
            }));
        }

        return (body, null);
    }

    private static string? Field(Dictionary<string, StringValues> form, string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

    private static IResult Problem(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Slack request to {Path}: signature {Check}.")]
    private partial void LogRefused(PathString path, SignatureCheck check);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Slack queue is full; a {Work} was refused (events are retried by Slack, others are told to try again).")]
    private partial void LogQueueFull(string work);
}
