using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Candor.Bot.Tests.Rewriting;

/// <summary>
/// An OpenAI-compatible chat server on loopback (real HTTP through Kestrel): it records each request and
/// answers <c>POST /v1/chat/completions</c> with the text, status or delay a test sets.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private WebApplication app = null!;

    public ConcurrentQueue<(string? Authorization, JsonElement Body)> Requests { get; } = new();

    /// <summary>What the model "writes".</summary>
    public string Answer { get; set; } = string.Empty;

    public int Status { get; set; } = StatusCodes.Status200OK;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Raw body to send instead of a well-formed completion, for servers that are not quite compatible.</summary>
    public string? RawBody { get; set; }

    public string Endpoint => $"{app.Urls.First()}/v1";

    public static async Task<FakeChatServer> StartAsync()
    {
        var server = new FakeChatServer();
        server.app = await LoopbackServer.StartAsync(app => app.MapPost("/v1/chat/completions", server.CompleteAsync));
        return server;
    }

    private async Task<IResult> CompleteAsync(HttpRequest request, CancellationToken aborted)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: aborted);
        Requests.Enqueue((request.Headers.Authorization.ToString(), body.RootElement.Clone()));
        await Task.Delay(Delay, aborted);
        if (Status != StatusCodes.Status200OK)
        {
            return Results.Json(new { error = new { message = "the fake server was told to fail", type = "server_error" } }, statusCode: Status);
        }

        return RawBody is not null
            ? Results.Text(RawBody, "application/json")
            : Results.Json(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 1_790_000_000,
                model = body.RootElement.GetProperty("model").GetString(),
                choices = new[] { new { index = 0, message = new { role = "assistant", content = Answer }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 100, completion_tokens = 50, total_tokens = 150 },
            });
    }

    public async ValueTask DisposeAsync() => await LoopbackServer.StopAsync(app);
}
