using System.Text.Json;
using System.Text.Json.Nodes;
using Candor.Cards.Model;

namespace Candor.Cards.Rendering;

/// <summary>
/// Renders a card as a Slack message: <c>text</c> (the notification fallback) and <c>blocks</c>. Pasted text
/// only ever goes into plain_text objects, escaped (<c>&amp; &lt; &gt;</c>), so it cannot format, mention
/// (<c>&lt;!channel&gt;</c>, <c>&lt;@U123&gt;</c>) or link; mrkdwn is used only for Candor's own labels.
/// Hidden details are not sent: a "Show more" button asks the bot for them. Every Block Kit limit is kept.
/// </summary>
public static class BlockKitRenderer
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxFieldText = 2000;
    public const int MaxFields = 10;
    public const int MaxHeader = 150;
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;
    public const int MaxActionId = 255;
    public const int MaxText = 4000;

    // Room kept for the closing blocks (the notice that something was left out, and the buttons).
    private const int ReservedBlocks = 2;

    /// <summary>
    /// The message. A part that would pass <see cref="MaxBlocks"/> is left out and the next ones still tried,
    /// so the short, important parts (what to do, the rewrite input, the details button) are kept; a notice
    /// says so.
    /// </summary>
    public static JsonObject Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var blocks = new List<JsonObject>();
        var dropped = false;
        foreach (var part in card.Parts)
        {
            var rendered = Blocks(part, card.Kind).ToList();
            if (blocks.Count + rendered.Count > MaxBlocks - ReservedBlocks)
            {
                dropped = true;
                continue;
            }

            blocks.AddRange(rendered);
        }

        if (dropped)
        {
            blocks.Add(Context(card.Parts.Any(p => p is Details)
                ? "Some findings did not fit in this message; \"Show more\" has them."
                : "Some findings did not fit in this message."));
        }

        var buttons = card.Actions.Select(a => Button(a, card.Kind)).OfType<JsonObject>().ToArray<JsonNode?>();
        if (buttons.Length > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = "actions", ["elements"] = new JsonArray(buttons) });
        }

        return new JsonObject
        {
            ["text"] = Clip(Escape(card.Fallback), MaxText),
            ["blocks"] = new JsonArray(blocks.ToArray<JsonNode?>()),
        };
    }

    public static string Serialize(Card card) => Render(card).ToJsonString(Json);

    /// <summary>Slack's three reserved characters, as its formatting guide asks.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IEnumerable<JsonObject> Blocks(CardPart part, string kind) => part switch
    {
        Banner banner => [Header($"{banner.Symbol} {banner.Title}"), Section(Plain(banner.Subtitle))],
        Heading heading => [Section(Mrkdwn($"*{Escape(heading.Text)}*"))],
        Paragraph { Subtle: true } paragraph => [Context(paragraph.Text)],
        Paragraph paragraph => [Section(Plain(paragraph.Text))],
        Evidence evidence => [Evidence(evidence)],
        Facts facts => [Fields(facts.Items.Take(MaxFields).Select(f => $"{f.Title}: {f.Value}"))],
        VerdictList list => VerdictList(list),
        CopyText copy => [Section(Mrkdwn($"*{Escape(copy.Label)}*")), Section(Plain(copy.Text))],
        Details details => [DetailsButton(details, kind)],
        DetailInput input => DetailInput(input, kind),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "No Block Kit rendering for this part."),
    };

    private static JsonObject Evidence(Evidence evidence) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn($"*{Escape(evidence.Label)}*"),
        ["fields"] = new JsonArray(Plain($"“{evidence.Quote}”", MaxFieldText), Plain(evidence.Meaning, MaxFieldText)),
    };

    private static IEnumerable<JsonObject> VerdictList(VerdictList list)
    {
        foreach (var line in list.Items)
        {
            yield return Section(Plain($"{line.Label} — {line.Who}\n{line.Text}"));
        }

        if (list.More > 0)
        {
            yield return Context(list.MoreLabel);
        }
    }

    // Slack has no hidden blocks: this button asks the bot for the details, with what it needs to rebuild them.
    private static JsonObject DetailsButton(Details details, string kind) => new()
    {
        ["type"] = "actions",
        ["block_id"] = $"details:{details.Id}",
        ["elements"] = new JsonArray(Button(new CardAction(details.ShowLabel, details.Fetch), kind)),
    };

    private static IEnumerable<JsonObject> DetailInput(DetailInput input, string kind)
    {
        yield return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = $"input:{input.Id}",
            ["optional"] = true,
            ["label"] = Plain(input.Label, MaxButtonText),
            ["element"] = new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = input.Id,
                ["max_length"] = input.MaxLength,
                ["placeholder"] = Plain(input.Placeholder, 150),
            },
        };
        if (Button(input.Submit, kind) is { } button)
        {
            yield return new JsonObject { ["type"] = "actions", ["block_id"] = $"submit:{input.Id}", ["elements"] = new JsonArray(button) };
        }
    }

    /// <summary>A button whose value is the payload; null when the payload cannot fit Slack's 2,000 characters even compressed.</summary>
    private static JsonObject? Button(CardAction action, string kind)
    {
        if (action.Payload.Encode(MaxButtonValue) is not { } value)
        {
            return null;
        }

        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = Plain(action.Title, MaxButtonText, emoji: true),
            ["action_id"] = Clip($"{kind}:{action.Payload.Verb}:{action.Payload.Vote ?? action.Payload.Variant ?? "go"}", MaxActionId),
            ["value"] = value,
        };
        if (action.Style == ActionStyle.Primary)
        {
            button["style"] = "primary";
        }

        return button;
    }

    private static JsonObject Header(string text) => new() { ["type"] = "header", ["text"] = Plain(text, MaxHeader, emoji: true) };

    private static JsonObject Section(JsonObject text) => new() { ["type"] = "section", ["text"] = text };

    private static JsonObject Fields(IEnumerable<string> fields) =>
        new() { ["type"] = "section", ["fields"] = new JsonArray(fields.Select(f => Plain(f, MaxFieldText)).ToArray<JsonNode?>()) };

    private static JsonObject Context(string text) => new() { ["type"] = "context", ["elements"] = new JsonArray(Plain(text)) };

    // Shortcodes (":tada:") become emoji only in Candor's own header and buttons, never in pasted text.
    private static JsonObject Plain(string text, int max = MaxSectionText, bool emoji = false) =>
        new() { ["type"] = "plain_text", ["text"] = Clip(Escape(text.Length == 0 ? "—" : text), max), ["emoji"] = emoji };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = Clip(text, MaxSectionText), ["verbatim"] = true };

    // Escaping can lengthen text past a limit; cut at the limit without splitting an entity ("&amp;") in half.
    private static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        var amp = text.LastIndexOf('&', keep - 1, Math.Min(keep, 5));
        keep = amp >= 0 && text.IndexOf(';', amp) >= keep ? amp : keep;
        keep = char.IsHighSurrogate(text[keep - 1]) ? keep - 1 : keep;
        return string.Concat(text.AsSpan(0, keep), "…");
    }
}
