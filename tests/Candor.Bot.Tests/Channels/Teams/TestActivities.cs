using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>Activities as a Bot Framework client sends them to Candor, posted to a bot under test.</summary>
internal static class TestActivities
{
    public static JsonObject Message(string serviceUrl, string conversation, string kind, string? text) => new()
    {
        ["type"] = "message",
        ["id"] = "act-1",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Ana" },
        ["recipient"] = new JsonObject { ["id"] = "28:candor", ["name"] = "Candor" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = kind },
        ["text"] = text,
    };

    /// <summary>A message in a team channel's thread (<paramref name="conversation"/>, "19:…;messageid=…" or the channel itself), with Teams' channelData.</summary>
    public static JsonObject ChannelMessage(string serviceUrl, string conversation, string channel, string? text)
    {
        var message = Message(serviceUrl, conversation, "channel", text);
        message["conversation"]!["tenantId"] = "tenant-1";
        message["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "Growth" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "Outreach" },
        };
        return message;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string endpoint, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        return await http.PostAsync(endpoint, content);
    }
}
