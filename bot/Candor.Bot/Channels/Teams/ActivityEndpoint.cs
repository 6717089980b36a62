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
    ActivityQueue queue, CardActions actions, ConnectorAuthentication? authentication, ILogger<ActivityEndpoint> logger)
{
    /// <summary>Larger than any activity a client sends (a 200 KB paste, as JSON); anything bigger is refused unread.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
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

        if (authentication is not null)
        {
            var auth = await authentication.AuthenticateAsync(context.Request.Headers.Authorization.ToString(), activity.ChannelId, activity.ServiceUrl, context.RequestAborted);
            if (!auth.IsAuthenticated)
            {
                LogRejected(auth.Failure!, activity.ChannelId ?? "?");
                return Results.Unauthorized();
            }
        }

        if (activity.IsInvoke)
        {
            return await InvokeAsync(activity, context.RequestAborted);
        }

        if (!queue.TryAccept(activity))
        {
            context.Response.Headers.RetryAfter = "1";
            return Problem(StatusCodes.Status503ServiceUnavailable, "Candor is busy; try again in a second.");
        }

        return Results.Ok();
    }

    /// <summary>Action.Execute: the refreshed card (or a message) in the invoke response body; unknown invokes get 501, as the SDK answers.</summary>
    private async Task<IResult> InvokeAsync(Activity activity, CancellationToken cancel)
    {
        if (activity.Name != "adaptiveCard/action")
        {
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        var data = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action)
            && action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        var answer = await actions.AnswerAsync(data is { } raw ? CardPayload.Decode(raw.GetRawText()) : null, data, cancel);
        return answer.Card is { } card
            ? Results.Json(new { statusCode = 200, type = ConnectorClient.AdaptiveCardType, value = AdaptiveCardRenderer.Render(card) })
            : Results.Json(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = answer.Message });
    }

    private static IResult Problem(int status, string message) => Results.Json(new { error = new { message } }, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an activity on channel {Channel}: {Reason}.")]
    private partial void LogRejected(string reason, string channel);
}
