using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Candor.Bot.Tests.Channels.Slack;

/// <summary>One call the bot made to the fake Slack: a Web API method ("chat.postMessage") or a response URL ("response_url").</summary>
internal sealed record SlackCall(string Method, string? Authorization, JsonObject Body, int Status);

/// <summary>
/// Slack's Web API and response URLs on loopback (real HTTP through Kestrel): records every call and answers
/// with what a test planned (a status with Retry-After, or <c>ok:false</c> with an error) before answering ok.
/// </summary>
internal sealed class FakeSlack : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string? Error, string? RetryAfter)>> planned = new();
    private WebApplication app = null!;

    public ConcurrentQueue<SlackCall> Calls { get; } = new();

    /// <summary>How long every answer takes: a slow Slack.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>What the bot is configured with as <c>Slack:ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl => $"{app.Urls.First()}/api/";

    /// <summary>A response URL on the same host, as Slack's own hooks would be.</summary>
    public string ResponseUrl(string name = "T1/1/abc") => $"{app.Urls.First()}/hooks/{name}";

    public static async Task<FakeSlack> StartAsync()
    {
        var slack = new FakeSlack();
        slack.app = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/api/{method}", (Delegate)slack.ApiAsync);
            app.MapPost("/hooks/{**rest}", (Delegate)slack.HooksAsync);
        });
        return slack;
    }

    /// <summary>The next call to <paramref name="method"/> gets this answer first.</summary>
    public void Plan(string method, int status = 200, string? error = null, string? retryAfter = null) =>
        planned.GetOrAdd(method, _ => new()).Enqueue((status, error, retryAfter));

    public IReadOnlyList<SlackCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    public async Task<SlackCall> WaitForAsync(string method, int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (CallsTo(method).Count(c => c.Status == 200) < count)
        {
            await Task.Delay(20, timeout.Token);
        }

        return CallsTo(method).Where(c => c.Status == 200).ElementAt(count - 1);
    }

    private Task<IResult> ApiAsync(string method, HttpContext context) => HandleAsync(method, context);

    private Task<IResult> HooksAsync(HttpContext context) => HandleAsync("response_url", context);

    private async Task<IResult> HandleAsync(string method, HttpContext context)
    {
        var body = await System.Text.Json.JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body) ?? [];
        await Task.Delay(Delay);
        var (status, error, retryAfter) = planned.TryGetValue(method, out var queue) && queue.TryDequeue(out var plan) ? plan : (200, null, null);
        Calls.Enqueue(new SlackCall(method, context.Request.Headers.Authorization.ToString(), body, error is null ? status : 299));
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (error is not null)
        {
            return Results.Json(new { ok = false, error }, statusCode: status);
        }

        return status == 200 ? Results.Json(new { ok = true, ts = $"1763300000.{Calls.Count:000000}", channel = (string?)body["channel"] }) : Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync() => await LoopbackServer.StopAsync(app);
}
