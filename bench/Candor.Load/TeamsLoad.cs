using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Candor.Load;

/// <summary>Teams: activities posted to <c>/api/messages</c>; a fake Bot Connector notes when each one's card reply arrived.</summary>
internal sealed class TeamsLoad : LoadChannel
{
    private TeamsLoad()
    {
    }

    public override IReadOnlyList<string> BotArguments => [];

    private string ServiceUrl => $"{FakeUrl}/";

    public static async Task<TeamsLoad> StartAsync()
    {
        var teams = new TeamsLoad();
        await teams.StartFakeAsync(app => app.MapPost("/v3/conversations/{conversation}/activities/{id}", async (string id, HttpRequest request) =>
        {
            var body = await System.Text.Json.JsonSerializer.DeserializeAsync<JsonObject>(request.Body);
            if ((string?)body?["type"] == "message")
            {
                teams.Replies.TryAdd(id, Stopwatch.GetTimestamp());
            }

            return Results.Json(new { id = "r" });
        }));
        return teams;
    }

    public override HttpRequestMessage Request(string botUrl, string prefix, int i, string paste)
    {
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = ReplyKey(prefix, i), ["channelId"] = "msteams", ["serviceUrl"] = ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user" }, ["recipient"] = new JsonObject { ["id"] = "28:candor" },
            ["conversation"] = new JsonObject { ["id"] = $"19:load{i % 50}@thread.tacv2" }, ["text"] = paste,
        };
        return new HttpRequestMessage(HttpMethod.Post, $"{botUrl}/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }

    public override string ReplyKey(string prefix, int i) => $"{prefix}{i}";
}
