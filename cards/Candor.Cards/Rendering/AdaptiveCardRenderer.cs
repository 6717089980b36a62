using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Candor.Cards.Model;
using Candor.Cards.Text;

namespace Candor.Cards.Rendering;

/// <summary>
/// Renders a card as an Adaptive Card, schema 1.5 (what Teams supports). Every string goes into a TextRun
/// of a RichTextBlock, which no host reads as markdown, so pasted text cannot add formatting, links or
/// <c>&lt;at&gt;</c> mentions; emphasis comes from TextRun weight and size. Buttons use Action.Execute with an
/// Action.Submit fallback carrying the same data.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string Version = "1.5";

    /// <summary>Teams refuses cards over 28 KB.</summary>
    public const int MaxBytes = 28 * 1024;

    /// <summary>
    /// The card, within <see cref="MaxBytes"/>: when the whole card is larger (many links, a long draft in
    /// every button), the details go first, then the lists are shortened, then the variant buttons, so Teams never refuses it.
    /// </summary>
    public static JsonObject Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var rendered = RenderAll(card);
        foreach (var smaller in Smaller(card))
        {
            if (Encoding.UTF8.GetByteCount(rendered.ToJsonString()) <= MaxBytes)
            {
                break;
            }

            rendered = RenderAll(smaller);
        }

        return rendered;
    }

    private static IEnumerable<Card> Smaller(Card card)
    {
        var withoutDetails = card with { Parts = card.Parts.Where(p => p is not Model.Details).ToList() };
        yield return withoutDetails;
        var shortLists = withoutDetails with
        {
            Parts = withoutDetails.Parts.Where((p, i) => p is not Model.Evidence || withoutDetails.Parts.Take(i).Count(q => q is Model.Evidence) < 3)
                .Select(p => p is VerdictList list ? list with { Items = list.Items.Take(3).ToList() } : p).ToList(),
        };
        yield return shortLists;
        yield return shortLists with { Actions = shortLists.Actions.Where(a => a.Payload.Verb != "variant").ToList() };
    }

    private static JsonObject RenderAll(Card card)
    {
        var body = new JsonArray();
        foreach (var part in card.Parts)
        {
            foreach (var element in Elements(part))
            {
                body.Add(element);
            }
        }

        var result = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = card.Fallback,
            ["speak"] = card.Fallback,
            ["body"] = body,
        };
        if (card.Actions.Count > 0)
        {
            result["actions"] = new JsonArray(card.Actions.Select(Execute).ToArray<JsonNode?>());
        }

        result["msteams"] = new JsonObject { ["width"] = "Full" };
        return result;
    }

    /// <summary>The card as sent: compact, so its size is what Teams measures against <see cref="MaxBytes"/>.</summary>
    public static string Serialize(Card card) => Render(card).ToJsonString(Json);

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IEnumerable<JsonObject> Elements(CardPart part) => part switch
    {
        Banner banner => [Banner(banner)],
        Heading heading => [Rich(Run(heading.Text, weight: "Bolder", size: "Medium"), spacing: "Medium")],
        Paragraph paragraph => [Rich(Run(paragraph.Text, subtle: paragraph.Subtle))],
        Evidence evidence => [Evidence(evidence)],
        Facts facts => facts.Items.Select(Fact),
        VerdictList list => VerdictList(list),
        CopyText copy => [CopyText(copy)],
        Details details => Details(details),
        DetailInput input => DetailInput(input),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "No Adaptive Card rendering for this part."),
    };

    private static JsonObject Banner(Banner banner) => new()
    {
        ["type"] = "Container",
        ["style"] = StyleOf(banner.Tone),
        ["bleed"] = true,
        ["items"] = new JsonArray(
            Rich(Run($"{banner.Symbol} {banner.Title}", weight: "Bolder", size: "Large")),
            Rich(Run(banner.Subtitle), spacing: "Small")),
    };

    private static JsonObject Evidence(Evidence evidence) => new()
    {
        ["type"] = "Container",
        ["spacing"] = "Medium",
        ["items"] = new JsonArray(
            Rich(Run(evidence.Label, weight: "Bolder")),
            Rich(Run($"“{evidence.Quote}”", italic: true), spacing: "Small"),
            Rich(Run(evidence.Meaning, subtle: true), spacing: "Small")),
    };

    private static JsonObject Fact(Fact fact) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "Small",
        ["columns"] = new JsonArray(
            Column("1", Rich(Run(fact.Title, weight: "Bolder"))),
            Column("3", Rich(Run(fact.Value)))),
    };

    private static IEnumerable<JsonObject> VerdictList(VerdictList list)
    {
        foreach (var line in list.Items)
        {
            yield return new JsonObject
            {
                ["type"] = "ColumnSet",
                ["spacing"] = "Medium",
                ["columns"] = new JsonArray(
                    Column("auto", Rich(Run(line.Label, weight: "Bolder", color: ColorOf(line.Tone)))),
                    Column("stretch", Rich(Run(line.Who, weight: "Bolder", size: "Small")), Rich(Run(line.Text), spacing: "None"))),
            };
        }

        if (list.More > 0)
        {
            yield return Rich(Run(list.MoreLabel, subtle: true), spacing: "Small");
        }
    }

    private static JsonObject CopyText(CopyText copy) => new()
    {
        ["type"] = "Container",
        ["style"] = "emphasis",
        ["spacing"] = "Medium",
        ["items"] = new JsonArray(Rich(Run(copy.Label, weight: "Bolder")), Rich(Run(copy.Text), spacing: "Small")),
    };

    // Two buttons that swap places, so the one shown always says what it does ("Show more", then "Show less").
    private static IEnumerable<JsonObject> Details(Details details)
    {
        var (show, hide) = ($"{details.Id}-show", $"{details.Id}-hide");
        yield return Toggle(show, details.ShowLabel, visible: true, details.Id, show, hide);
        yield return Toggle(hide, details.HideLabel, visible: false, details.Id, show, hide);
        yield return new JsonObject
        {
            ["type"] = "Container",
            ["id"] = details.Id,
            ["isVisible"] = false,
            ["items"] = new JsonArray(details.Parts.SelectMany(Elements).ToArray<JsonNode?>()),
        };
    }

    private static JsonObject Toggle(string id, string title, bool visible, params string[] targets)
    {
        var set = new JsonObject
        {
            ["type"] = "ActionSet",
            ["id"] = id,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.ToggleVisibility",
                ["title"] = title,
                ["targetElements"] = new JsonArray(targets.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            }),
        };
        if (!visible)
        {
            set["isVisible"] = false;
        }

        return set;
    }

    private static IEnumerable<JsonObject> DetailInput(DetailInput input)
    {
        yield return new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = input.Id,
            ["label"] = input.Label,
            ["placeholder"] = input.Placeholder,
            ["maxLength"] = input.MaxLength,
            ["spacing"] = "Medium",
        };
        yield return new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(Execute(input.Submit)) };
    }

    /// <summary>Action.Execute (Universal Actions, refreshes the card in place) with Action.Submit for older clients.</summary>
    private static JsonObject Execute(CardAction action)
    {
        // No "style": Teams does not show positive or destructive buttons.
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = action.Title,
            ["verb"] = action.Payload.Verb,
            ["data"] = action.Payload.ToData(),
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = action.Title, ["data"] = action.Payload.ToData() },
        };
    }

    private static JsonObject Column(string width, params JsonObject[] items) => new()
    {
        ["type"] = "Column",
        ["width"] = width,
        ["items"] = new JsonArray(items.ToArray<JsonNode?>()),
    };

    private static JsonObject Rich(JsonObject run, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }

        return block;
    }

    // An empty TextRun is invalid; a card part with nothing to say still says so.
    private static JsonObject Run(string text, string? weight = null, string? size = null, string? color = null, bool subtle = false, bool italic = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text.Length == 0 ? "—" : text };
        if (weight is not null)
        {
            run["weight"] = weight;
        }

        if (size is not null)
        {
            run["size"] = size;
        }

        if (color is not null)
        {
            run["color"] = color;
        }

        if (subtle)
        {
            run["isSubtle"] = true;
        }

        if (italic)
        {
            run["italic"] = true;
        }

        return run;
    }

    private static string StyleOf(Tone tone) => tone switch
    {
        Tone.Good => "good",
        Tone.Doubt => "warning",
        _ => "attention",
    };

    private static string ColorOf(Tone tone) => tone switch
    {
        Tone.Good => "Good",
        Tone.Doubt => "Warning",
        _ => "Attention",
    };
}
