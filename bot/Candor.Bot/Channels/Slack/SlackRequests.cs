using System.Text.Json;
using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Cards.Model;

namespace Candor.Bot.Channels.Slack;

/// <summary>Reads Slack's payloads (protocols.md §3.1, §3.3) into work; what Candor does not answer reads as null.</summary>
internal static class SlackRequests
{
    public const string CheckShortcut = "check_message";
    public const string RewriteDialog = "candor_rewrite";

    /// <summary>An Events API callback: a mention, a direct or channel message, or shared links.</summary>
    public static SlackWork? Event(JsonElement callback)
    {
        if (!callback.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var team = Text(callback, "team_id") ?? string.Empty;
        var botUser = callback.TryGetProperty("authorizations", out var auth) && auth.ValueKind == JsonValueKind.Array && auth.GetArrayLength() > 0
            ? Text(auth[0], "user_id")
            : null;

        // Candor's own messages, other bots' and edits, joins and the like (any subtype) are never answered: no loops.
        if (e.TryGetProperty("bot_id", out _) || e.TryGetProperty("subtype", out _) || (botUser is not null && Text(e, "user") == botUser))
        {
            return null;
        }

        var channel = Text(e, "channel");
        var ts = Text(e, "ts");
        switch (Text(e, "type"))
        {
            case "app_mention" when channel is not null && ts is not null:
                return Message(team, channel, "channel", e, ts, passive: false, botUser);
            case "message" when channel is not null && ts is not null && Text(e, "channel_type") is "im":
                return Message(team, channel, "im", e, ts, passive: false, botUser);
            // A mention is answered as the app_mention Slack also sends, so a listening channel does not hear it twice.
            case "message" when channel is not null && ts is not null && Text(e, "channel_type") is "channel"
                && (botUser is null || Text(e, "text")?.Contains($"<@{botUser}>", StringComparison.Ordinal) != true):
                return Message(team, channel, "channel", e, ts, passive: true, botUser);
            case "link_shared" when channel is not null && e.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Array:
                var urls = links.EnumerateArray().Select(l => Text(l, "url")).OfType<string>().Distinct().ToList();
                return urls.Count == 0 ? null : new SlackUnfurl(
                    channel, Text(e, "message_ts") ?? string.Empty, Text(e, "unfurl_id"), Text(e, "source"), urls,
                    $"slack:event:{Text(callback, "event_id") ?? $"{channel}:{Text(e, "message_ts")}"}");
            default:
                return null;
        }
    }

    /// <summary>An interactivity payload: a card button, the message shortcut, or the rewrite dialog's submit.</summary>
    public static SlackWork? Interaction(JsonElement payload)
    {
        var responseUrl = Text(payload, "response_url");
        switch (Text(payload, "type"))
        {
            case "block_actions" when responseUrl is not null && payload.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0:
                return new SlackButton(CardPayload.Decode(Text(actions[0], "value")), Inputs(payload), responseUrl, Text(payload, "trigger_id"), ChannelOf(payload));
            case "message_action" when Text(payload, "callback_id") == CheckShortcut && responseUrl is not null:
                var message = payload.TryGetProperty("message", out var m) ? m : default;
                return new SlackShortcut(
                    SlackText.Decode(message.ValueKind == JsonValueKind.Object ? Text(message, "text") : null), responseUrl, IdOf(payload, "team"), IdOf(payload, "user"));
            case "view_submission" when payload.TryGetProperty("view", out var view) && Text(view, "callback_id") == RewriteDialog:
                return DialogSubmit(view);
            default:
                return null;
        }
    }

    /// <summary>What the rewrite dialog carries for its submit: the card's payload and where to answer.</summary>
    public static string DialogMetadata(SlackButton button) =>
        new JsonObject { ["p"] = button.Payload!.Encode(2000), ["u"] = button.ResponseUrl, ["c"] = button.Channel }.ToJsonString();

    private static SlackButton? DialogSubmit(JsonElement view)
    {
        try
        {
            var metadata = JsonNode.Parse(Text(view, "private_metadata") ?? "{}") as JsonObject;
            return metadata?["u"] is JsonValue url && url.TryGetValue(out string? responseUrl)
                ? new SlackButton(CardPayload.Decode((string?)metadata["p"]), Inputs(view), responseUrl, TriggerId: null, (string?)metadata["c"] ?? string.Empty)
                : null;
        }
        catch (Exception unreadable) when (unreadable is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? IdOf(JsonElement payload, string property) =>
        payload.TryGetProperty(property, out var owner) ? Text(owner, "id") : null;

    private static string ChannelOf(JsonElement payload) =>
        (payload.TryGetProperty("channel", out var channel) ? Text(channel, "id") : null)
        ?? (payload.TryGetProperty("container", out var container) ? Text(container, "channel_id") : null)
        ?? string.Empty;

    private static SlackMessage Message(string team, string channel, string type, JsonElement e, string ts, bool passive, string? botUser) =>
        new(team, channel, type, ts, Text(e, "thread_ts"), SlackText.Decode(Text(e, "text")), passive, botUser, DeliveryKeys.Message(new ConversationKey(SlackConversation.Channel, channel), ts), Text(e, "user"));

    // state.values[block_id][action_id].value → {action_id: value}: the card's inputs by the ids the card gave them.
    private static JsonElement? Inputs(JsonElement container)
    {
        if (container.ValueKind != JsonValueKind.Object || !container.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.Object
            || !state.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var inputs = new JsonObject();
        foreach (var action in values.EnumerateObject().SelectMany(block => block.Value.ValueKind == JsonValueKind.Object ? block.Value.EnumerateObject() : []))
        {
            if (action.Value.ValueKind == JsonValueKind.Object && Text(action.Value, "value") is { } typed)
            {
                inputs[action.Name] = typed;
            }
        }

        return JsonSerializer.SerializeToElement(inputs);
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
