using System.Text.Json;
using Candor.Bot.Channels.Teams.Auth;
using Candor.Bot.Conversation;
using Candor.Cards.Model;
using Candor.Cards.Rendering;
using Microsoft.AspNetCore.Http.Features;

namespace Candor.Bot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c>: every Bot Framework client's way in. The request is authenticated (fail closed,
/// 401) unless the bot runs in local mode, read as an activity (a clear 400, 413 or 415 otherwise), and then
/// either queued and acknowledged at once with 200 (the answer follows in the background) or, for a card
/// button's invoke, answered in the response as the protocol requires.
/// </summary>
internal sealed partial class ActivityEndpoint(
    ActivityQueue queue, Responder responder, CardActions actions, ConnectorAuthentication? authentication, ILogger<ActivityEndpoint> logger)
{
    /// <summary>Larger than any activity a client sends (a 200 KB paste, as JSON); anything bigger is refused unread.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    // The checked message travels in the dialog's "Post" button; longer messages are checked but not offered for posting.
    private const int PostableChars = 4000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        if (authentication is null && !FromThisMachine(context))
        {
            // Local mode is unauthenticated: whatever addresses Kestrel was told to bind, only this machine may use it,
            // and only under a loopback name (a DNS-rebinding page on another name is refused too).
            return Problem(StatusCodes.Status403Forbidden, "Local mode only answers requests from this machine. Configure MicrosoftAppId to accept others.");
        }

        if (!context.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, Json, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not a Bot Framework activity (invalid JSON).");
        }
        catch (BadHttpRequestException tooBig) when (tooBig.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {MaxBodyBytes / 1024} KB.");
        }

        if (activity is not { Type.Length: > 0, ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 })
        {
            return Problem(StatusCodes.Status400BadRequest, "An activity needs a type, a serviceUrl and a conversation id.");
        }

        // The parts kept as raw JSON are read while answering, in the background: they must be readable text.
        if ((activity.Value is { } value && !ReadableJson.IsReadable(value))
            || activity.Attachments?.Any(a => a?.Content is { } content && !ReadableJson.IsReadable(content)) == true)
        {
            return Problem(StatusCodes.Status400BadRequest, "The activity has text that is not valid Unicode (invalid UTF-8 or a lone surrogate).");
        }

        // Refused here, where the sender can be told, rather than accepted and then failing to answer in the background.
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            return Problem(StatusCodes.Status400BadRequest, "The activity's serviceUrl must be an absolute http(s) URL.");
        }

        if (authentication is not null)
        {
            var auth = await authentication.AuthenticateAsync(context.Request.Headers.Authorization.ToString(), activity.ChannelId, activity.ServiceUrl, context.RequestAborted);
            if (!auth.IsAuthenticated)
            {
                LogRejected(Candor.Cards.Model.UserText.Clean(auth.Failure, 120), Candor.Cards.Model.UserText.Clean(activity.ChannelId ?? "?", 40));
                return Results.Unauthorized();
            }
        }

        if (activity.IsInvoke)
        {
            return await InvokeAsync(activity, context.RequestAborted);
        }

        if (!await queue.TryAcceptAsync(activity))
        {
            context.Response.Headers.RetryAfter = "1";
            return Busy();
        }

        return Results.Ok();
    }

    /// <summary>
    /// Invokes are answered in the response: card buttons (Action.Execute) with the refreshed card or a message,
    /// and the "Check with Candor" message action with its dialog, then by posting the card. Unknown invokes
    /// get 501, as the SDK answers them, saying which invoke it was.
    /// </summary>
    private Task<IResult> InvokeAsync(Activity activity, CancellationToken cancel) => activity.Name switch
    {
        "adaptiveCard/action" => CardButtonAsync(activity, Property(activity.Value, "action", "data"), cancel),
        "composeExtension/fetchTask" => CheckMessageAsync(activity, cancel),
        "composeExtension/submitAction" => SubmitAsync(activity, Property(activity.Value, "data"), cancel),
        _ => Task.FromResult(Problem(StatusCodes.Status501NotImplemented, $"Candor does not handle the invoke '{Candor.Cards.Model.UserText.Clean(activity.Name ?? string.Empty, 80)}'.")),
    };

    private async Task<IResult> CardButtonAsync(Activity activity, JsonElement? data, CancellationToken cancel)
    {
        var payload = CardPayload.From(data);
        if (payload is { Verb: "post" })
        {
            return await PostAsync(activity, payload) is { } refused ? refused : Message("Posted to the conversation.");
        }

        // Teams gives an invoke 10-15 s: the optional model (which may take longer) is not asked here.
        var answer = await actions.AnswerAsync(payload, data, inBackground: false, TeamsReference.KeyOf(activity), cancel);
        return answer.Card is { } card
            ? Results.Json(new { statusCode = 200, type = ConnectorClient.AdaptiveCardType, value = AdaptiveCardRenderer.Render(card) })
            : Message(answer.Message!);
    }

    /// <summary>The message's verdict in a dialog, within Teams' 5 seconds (no model is asked), with a button to post it.</summary>
    private async Task<IResult> CheckMessageAsync(Activity activity, CancellationToken cancel)
    {
        var html = Property(activity.Value, "messagePayload", "body", "content");
        var text = html is { ValueKind: JsonValueKind.String } content ? MessageText.FromHtml(content.GetString() ?? string.Empty) : string.Empty;
        var card = await responder.CheckAsync(text, cancel, inBackground: false, asker: TeamsReference.AskerOf(activity));
        if (text.Length > 0 && text.Length <= PostableChars)
        {
            card = card with { Actions = [.. card.Actions, new CardAction("Post to the conversation", new CardPayload("post", card.Kind, Draft: text))] };
        }

        return Dialog(card);
    }

    /// <summary>The dialog's "Post to the conversation": the card is posted in the background; the dialog closes at once.</summary>
    private async Task<IResult> SubmitAsync(Activity activity, JsonElement? data, CancellationToken cancel)
    {
        var payload = CardPayload.From(data);
        if (payload is { Verb: "post" })
        {
            return await PostAsync(activity, payload) ?? Results.Ok();
        }

        // Other buttons in the dialog (feedback, rewrite, variants) answer inside it.
        var answer = await actions.AnswerAsync(payload, data, inBackground: false, TeamsReference.KeyOf(activity), cancel);
        return answer.Card is { } card ? Dialog(card) : Results.Json(new { task = new { type = "message", value = answer.Message } });
    }

    /// <summary>A task module (dialog) showing <paramref name="card"/>.</summary>
    private static IResult Dialog(Card card) => Results.Json(new
    {
        task = new
        {
            type = "continue",
            value = new { title = "Candor", height = "large", width = "medium", card = new { contentType = ConnectorClient.AdaptiveCardType, content = AdaptiveCardRenderer.Render(card) } },
        },
    });

    private async Task<IResult?> PostAsync(Activity activity, CardPayload payload)
    {
        if (payload.Draft is not { Length: > 0 } text)
        {
            return Problem(StatusCodes.Status400BadRequest, "There is no message to post.");
        }

        return await queue.TryAcceptAsync(activity, post: text) ? null : Busy();
    }

    private static IResult Busy() => Problem(StatusCodes.Status503ServiceUnavailable, "Candor is busy; try again in a second.");

    private static IResult Message(string text) => Results.Json(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text });

    private static JsonElement? Property(JsonElement? value, params string[] path)
    {
        var current = value;
        foreach (var name in path)
        {
            if (current is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(name, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static bool FromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } caller && System.Net.IPAddress.IsLoopback(caller)
        && context.Request.Host.Host.ToLowerInvariant() is "localhost" or "127.0.0.1" or "[::1]" or "::1";

    private static IResult Problem(int status, string message) => Results.Json(new { error = new { message } }, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an activity on channel {Channel}: {Reason}.")]
    private partial void LogRejected(string reason, string channel);
}
