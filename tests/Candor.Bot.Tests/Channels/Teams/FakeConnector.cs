using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>
/// The Bot Connector's REST API on loopback (real HTTP through Kestrel): records every call and answers with
/// the statuses a test queues (429 with Retry-After, 502 …) before answering 200 with a new activity id.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> planned = new();
    private WebApplication app = null!;
    private TaskCompletionSource? holding;
    private bool holdingReplies;

    public ConcurrentQueue<(string Method, string Path, string? Authorization, JsonObject Body, int Status)> Calls { get; } = new();

    public string ServiceUrl => $"{app.Urls.First()}/";

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector.app = await LoopbackServer.StartAsync(app => app.Map("/v3/conversations/{**rest}", (Delegate)connector.HandleAsync));
        return connector;
    }

    /// <summary>The next card post (typing indicators always succeed) gets this answer first.</summary>
    public void Plan(int status, string? retryAfter = null) => planned.Enqueue((status, retryAfter));

    /// <summary>The messages posted with this status: replies and sends, and the first message of a created conversation.</summary>
    public IEnumerable<JsonObject> Cards(int status = 200) =>
        Calls.Where(c => c.Status == status && IsMessage(c.Body)).Select(c => ActivityOf(c.Body));

    /// <summary>The posts that started a new thread in a channel (how proactive cards arrive there).</summary>
    public IEnumerable<JsonObject> NewThreads => Calls.Where(c => c.Path == "/v3/conversations" && c.Status == 200).Select(c => ActivityOf(c.Body));

    /// <summary>From now on, a new thread is recorded and then left unanswered until <see cref="Release"/>: a post in flight.</summary>
    public void HoldNewThreads() => (holding, holdingReplies) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), false);

    /// <summary>From now on, a message into a conversation (a reply) is recorded and then left unanswered until <see cref="Release"/>.</summary>
    public void HoldReplies() => (holding, holdingReplies) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), true);

    public void Release() => holding?.TrySetResult();

    public async Task WaitForNewThreadsAsync(int count, TimeSpan timeout)
    {
        using var until = new CancellationTokenSource(timeout);
        while (NewThreads.Count() < count)
        {
            await Task.Delay(50, until.Token);
        }
    }

    public async Task<JsonObject> WaitForCardAsync(int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (Cards().Count() < count)
        {
            await Task.Delay(20, timeout.Token);
        }

        return Cards().ElementAt(count - 1);
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = (await System.Text.Json.JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body))!;
        var status = 200;
        string? retryAfter = null;
        if (IsMessage(body) && planned.TryDequeue(out var plan))
        {
            (status, retryAfter) = plan;
        }

        // The raw target, as sent: the test checks how ids with ':', ';' and '@' were escaped.
        var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        Calls.Enqueue((context.Request.Method, target, context.Request.Headers.Authorization.ToString(), body, status));
        if (holding is { } hold && (holdingReplies ? IsMessage(body) && target != "/v3/conversations" : target == "/v3/conversations"))
        {
            await hold.Task;
        }

        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (status != 200)
        {
            return Results.StatusCode(status);
        }

        // Creating a conversation (a new thread in a channel) answers with the conversation's id and the first message's.
        return body["activity"] is JsonObject
            ? Results.Json(new { id = $"conversation-{Calls.Count}", activityId = $"reply-{Calls.Count}" })
            : Results.Json(new { id = $"reply-{Calls.Count}" });
    }

    private static JsonObject ActivityOf(JsonObject body) => body["activity"] as JsonObject ?? body;

    private static bool IsMessage(JsonObject body) => (string?)ActivityOf(body)["type"] == "message";

    public async ValueTask DisposeAsync() => await LoopbackServer.StopAsync(app);
}
