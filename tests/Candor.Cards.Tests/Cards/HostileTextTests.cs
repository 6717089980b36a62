using System.Text.Json.Nodes;
using Candor.Cards.Gallery;
using Candor.Cards.Rendering;

namespace Candor.Cards.Tests.Cards;

/// <summary>Pasted text cannot format, mention, link or hide itself on any card.</summary>
public class HostileTextTests
{
    private static readonly string[] HostileNames = ["thread-hostile", "comment-hostile", "link-hostile", "outreach-hostile", "digest-hostile"];

    public static TheoryData<string> Names() => [.. HostileNames];

    [Theory]
    [MemberData(nameof(Names))]
    public void Slack_PastedTextIsEscapedAndNeverInMrkdwn(string name)
    {
        var message = BlockKitRenderer.Render(CardGallery.All().Single(c => c.Name == name).Card);
        var texts = GalleryLimitsTests.Descendants(message).Where(o => o["type"] is not null && o["text"] is JsonValue).ToList();

        // The link card shows the hostile text percent-encoded inside the address, so it has no mention to escape.
        Assert.True(name == "link-hostile" || texts.Any(t => ((string?)t["text"])!.Contains("&lt;@U0123ABCD&gt;", StringComparison.Ordinal)), "the pasted mention is shown, escaped");
        Assert.All(texts, t => Assert.DoesNotContain("<", (string?)t["text"] ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain("<", (string?)message["text"] ?? "", StringComparison.Ordinal);
        // Candor's own labels are the only mrkdwn: none carries anything pasted.
        foreach (var marker in (string[])["Great*", "U0123ABCD", "channel", "Quist", "evil", "Satya"])
        {
            Assert.All(texts.Where(t => (string?)t["type"] == "mrkdwn"), t => Assert.DoesNotContain(marker, (string?)t["text"], StringComparison.Ordinal));
        }

        // Shortcodes in pasted text stay text.
        Assert.All(texts.Where(t => (string?)t["type"] == "plain_text" && (bool?)t["emoji"] == true), t => Assert.DoesNotContain("Quist", (string?)t["text"], StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Both_DropBidiOverridesAndZeroWidthCharacters(string name)
    {
        var card = CardGallery.All().Single(c => c.Name == name).Card;

        foreach (var json in new[] { AdaptiveCardRenderer.Render(card).ToJsonString(), BlockKitRenderer.Render(card).ToJsonString() })
        {
            Assert.DoesNotContain('\u202E', json);
            Assert.DoesNotContain('\u200B', json);
            Assert.DoesNotContain('\u200D', json);
            Assert.DoesNotContain('\uFEFF', json);
        }
    }

    [Fact]
    public void Adaptive_PastedMentionStaysPlainText()
    {
        var card = AdaptiveCardRenderer.Render(CardGallery.All().Single(c => c.Name == "thread-hostile").Card);
        var runs = GalleryLimitsTests.Descendants(card).Where(o => (string?)o["type"] == "TextRun").Select(o => (string?)o["text"]).ToList();

        Assert.Contains(runs, r => r!.Contains("<at>Satya Nadella</at>", StringComparison.Ordinal));
        Assert.Null(card["msteams"]?["entities"]);
    }
}
