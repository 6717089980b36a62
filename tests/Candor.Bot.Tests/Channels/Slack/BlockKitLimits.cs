using System.Text.Json.Nodes;

namespace Candor.Bot.Tests.Channels.Slack;

/// <summary>Slack's Block Kit limits (protocols.md §3.5) checked on a message as the bot sent it; each breach is named.</summary>
internal static class BlockKitLimits
{
    public static IReadOnlyList<string> Breaches(JsonObject message)
    {
        var breaches = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                breaches.Add(what);
            }
        }

        var blocks = message["blocks"]?.AsArray() ?? [];
        Check(blocks.Count is > 0 and <= 50, $"{blocks.Count} blocks (1–50)");
        Check(((string?)message["text"])?.Length is > 0 and <= 4000, "fallback text missing or over 4,000");
        foreach (var block in blocks.OfType<JsonObject>())
        {
            var type = (string?)block["type"];
            Check(((string?)block["block_id"])?.Length is null or <= 255, "block_id over 255");
            switch (type)
            {
                case "header":
                    Check(TextOf(block["text"]).Length is > 0 and <= 150, "header text over 150");
                    break;
                case "section":
                    if (block["text"] is not null)
                    {
                        Check(TextOf(block["text"]).Length is > 0 and <= 3000, "section text empty or over 3,000");
                    }

                    var fields = block["fields"]?.AsArray() ?? [];
                    Check(fields.Count <= 10, "more than 10 fields");
                    Check(fields.All(f => TextOf(f).Length is > 0 and <= 2000), "a field empty or over 2,000");
                    Check(block["text"] is not null || fields.Count > 0, "section without text or fields");
                    break;
                case "context":
                    Check((block["elements"]?.AsArray().Count ?? 0) is > 0 and <= 10, "context elements not 1–10");
                    break;
                case "actions":
                    var elements = block["elements"]?.AsArray() ?? [];
                    Check(elements.Count is > 0 and <= 25, "actions elements not 1–25");
                    foreach (var button in elements.OfType<JsonObject>())
                    {
                        Check(TextOf(button["text"]).Length is > 0 and <= 75, "button text over 75");
                        Check(((string?)button["value"])?.Length is null or <= 2000, "button value over 2,000");
                        Check(((string?)button["action_id"])?.Length is null or <= 255, "action_id over 255");
                    }

                    break;
                case "input" or "divider":
                    break;
                default:
                    breaches.Add($"unknown block type {type}");
                    break;
            }
        }

        return breaches;
    }

    private static string TextOf(JsonNode? text) => (string?)text?["text"] ?? string.Empty;
}
