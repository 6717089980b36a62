using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Candor.Load;

/// <summary>A fake Bot Connector on loopback that notes when each activity's card reply arrived.</summary>
internal sealed class Connector : IAsyncDisposable
{
    private WebApplication app = null!;

    public string ServiceUrl => $"{app.Urls.First()}/";

    public static async Task<Connector> StartAsync(ConcurrentDictionary<string, long> replies)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new Connector { app = builder.Build() };
        connector.app.MapPost("/v3/conversations/{conversation}/activities/{id}", async (string id, HttpRequest request) =>
        {
            var body = await System.Text.Json.JsonSerializer.DeserializeAsync<JsonObject>(request.Body);
            if ((string?)body?["type"] == "message")
            {
                replies.TryAdd(id, Stopwatch.GetTimestamp());
            }

            return Results.Json(new { id = "r" });
        });
        await connector.app.StartAsync();
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
