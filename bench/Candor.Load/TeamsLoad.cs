using System.Text;
using System.Text.Json;
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
        await teams.StartFakeAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversation}/activities/{id}", async (string id, HttpRequest request) =>
            {
                // A document, not a node tree: the fake shares the machine's two cores with the bot, and reads one field.
                using var body = await JsonDocument.ParseAsync(request.Body);
                if (body.RootElement.TryGetProperty("type", out var type) && type.ValueEquals("message"))
                {
                    teams.Replied(id);
                }

                return Results.Json(new { id = "r" });
            });

            // The typing indicator, sent to the conversation rather than as a reply: taken, as the Connector does.
            app.MapPost("/v3/conversations/{conversation}/activities", () => Results.Json(new { id = "t" }));
        });
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
