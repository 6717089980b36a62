using System.Text;
using System.Text.Json.Nodes;
using Candor.Cards.Gallery;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Cards.Tests.Cards;

/// <summary>Every card kind, for short, huge and hostile input, within every Adaptive Card and Block Kit limit.</summary>
public class GalleryLimitsTests
{
    public static TheoryData<string> Names() => [.. CardGallery.All().Select(c => c.Name)];

    private static Card CardNamed(string name) => CardGallery.All().Single(c => c.Name == name).Card;

    [Theory]
    [MemberData(nameof(Names))]
    public void Adaptive_IsVersion15_Under28KB_WithValidIdsAndNoEmptyText(string name)
    {
        var card = AdaptiveCardRenderer.Render(CardNamed(name));
        var bytes = Encoding.UTF8.GetByteCount(card.ToJsonString());

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.True(bytes <= AdaptiveCardRenderer.MaxBytes, $"{bytes} bytes");
        var objects = Descendants(card).ToList();
        var ids = objects.Select(o => (string?)o["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(objects.Where(o => (string?)o["type"] == "Action.ToggleVisibility"), t =>
            Assert.All(t["targetElements"]!.AsArray(), target => Assert.Contains((string?)target, ids)));
        Assert.All(objects.Where(o => (string?)o["type"] == "TextRun"), run => Assert.False(string.IsNullOrWhiteSpace((string?)run["text"])));
        // Pasted text is never read as markdown: no TextBlock, FactSet or other markdown-reading element at all.
        Assert.DoesNotContain(objects, o => (string?)o["type"] is "TextBlock" or "FactSet");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Slack_KeepsEveryBlockKitLimit(string name)
    {
        var message = BlockKitRenderer.Render(CardNamed(name));
        var blocks = message["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();

        Assert.InRange(((string?)message["text"])!.Length, 1, BlockKitRenderer.MaxText);
        Assert.InRange(blocks.Count, 1, BlockKitRenderer.MaxBlocks);
        foreach (var block in blocks)
        {
            var type = (string?)block["type"];
            if (type == "header")
            {
                Assert.InRange(Text(block["text"]).Length, 1, BlockKitRenderer.MaxHeader);
            }

            if (type == "section")
            {
                if (block["text"] is { } text)
                {
                    Assert.InRange(Text(text).Length, 1, BlockKitRenderer.MaxSectionText);
                }

                if (block["fields"] is JsonArray fields)
                {
                    Assert.InRange(fields.Count, 1, BlockKitRenderer.MaxFields);
                    Assert.All(fields, f => Assert.InRange(Text(f).Length, 1, BlockKitRenderer.MaxFieldText));
                }
            }

            if (type == "actions")
            {
                var elements = block["elements"]!.AsArray().Select(e => e!.AsObject()).ToList();
                Assert.InRange(elements.Count, 1, 25);
                Assert.Equal(elements.Count, elements.Select(e => (string?)e["action_id"]).Distinct(StringComparer.Ordinal).Count());
                Assert.All(elements, button =>
                {
                    Assert.InRange(((string?)button["action_id"])!.Length, 1, BlockKitRenderer.MaxActionId);
                    Assert.InRange(((string?)button["value"])!.Length, 1, BlockKitRenderer.MaxButtonValue);
                    Assert.InRange(Text(button["text"]).Length, 1, BlockKitRenderer.MaxButtonText);
                    Assert.NotNull(CardPayload.Decode((string?)button["value"]));
                });
            }

            if ((string?)block["block_id"] is { } blockId)
            {
                Assert.InRange(blockId.Length, 1, BlockKitRenderer.MaxActionId);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FirstLine_SaysTheVerdictInWordsAndASymbol(string name)
    {
        var card = CardNamed(name);
        var firstLine = card.Fallback.Split('\n')[0];

        Assert.StartsWith($"{card.Banner.Symbol} {card.Banner.Title}", firstLine, StringComparison.Ordinal);
        Assert.Contains(card.Banner.Title, Text(BlockKitRenderer.Render(card)["blocks"]![0]!["text"]), StringComparison.Ordinal);
        Assert.Contains(card.Banner.Title, (string?)AdaptiveCardRenderer.Render(card)["fallbackText"], StringComparison.Ordinal);
    }

    [Fact]
    public void HugeThread_IsSummarisedNotCut()
    {
        var card = CardNamed("thread-huge");
        var slack = BlockKitRenderer.Serialize(card);
        var adaptive = AdaptiveCardRenderer.Serialize(card);

        Assert.Contains("2000 comments", card.Banner.Subtitle, StringComparison.Ordinal);
        Assert.Contains("and 1,994 more comments", slack, StringComparison.Ordinal);
        Assert.Contains("and 1,974 more comments", adaptive, StringComparison.Ordinal);
    }

    private static string Text(JsonNode? textObject) => (string?)textObject?["text"] ?? "";

    internal static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Descendants(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
