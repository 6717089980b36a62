using System.Text.Json.Nodes;
using Candor.Cards.Gallery;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Cards.Tests.Cards;

/// <summary>The buttons each card offers, in both formats, and what their payloads carry.</summary>
public class CardInteractionsTests
{
    private static Card Named(string name) => CardGallery.All().Single(c => c.Name == name).Card;

    [Fact]
    public void Outreach_Adaptive_HasTheDetailInputWithExecuteAndSubmitFallback_AndAToggle()
    {
        var objects = GalleryLimitsTests.Descendants(AdaptiveCardRenderer.Render(Named("outreach-short"))).ToList();

        var input = Assert.Single(objects, o => (string?)o["type"] == "Input.Text");
        Assert.Equal("detail", (string?)input["id"]);
        var rewrite = Assert.Single(objects, o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == "rewrite");
        Assert.Equal("Action.Submit", (string?)rewrite["fallback"]!["type"]);
        Assert.Equal((string?)rewrite["data"]!["d"], (string?)rewrite["fallback"]!["data"]!["d"]);
        Assert.Contains("hope you're doing well", (string?)rewrite["data"]!["d"], StringComparison.Ordinal);
        Assert.Contains(objects, o => (string?)o["type"] == "Action.ToggleVisibility");
        Assert.Contains(objects, o => (string?)o["verb"] == "variant" && (string?)o["data"]!["va"] == "shorter");
        Assert.Contains(objects, o => (string?)o["verb"] == "variant" && (string?)o["data"]!["va"] == "formal");
    }

    [Fact]
    public void Outreach_Slack_HasAnInputBlockAndARewriteButtonCarryingTheDraft()
    {
        var blocks = BlockKitRenderer.Render(Named("outreach-short"))["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();

        var input = Assert.Single(blocks, b => (string?)b["type"] == "input");
        Assert.Equal("detail", (string?)input["element"]!["action_id"]);
        var buttons = blocks.Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray()).Select(e => e!.AsObject()).ToList();
        var rewrite = CardPayload.Decode((string?)Assert.Single(buttons, b => ((string?)b["action_id"])!.Contains(":rewrite:", StringComparison.Ordinal))["value"]);
        Assert.Equal("rewrite", rewrite!.Verb);
        Assert.Contains("hope you're doing well", rewrite.Draft, StringComparison.Ordinal);
        Assert.Equal("Aisha Rahman, Head of Growth at Fourth Coffee", rewrite.To);
    }

    [Theory]
    [InlineData("thread-short")]
    [InlineData("comment-short")]
    [InlineData("link-short")]
    [InlineData("outreach-short")]
    public void EveryVerdictCard_AsksWhetherItWasRight(string name)
    {
        var votes = Named(name).Actions.Where(a => a.Payload.Verb == "feedback").Select(a => a.Payload).ToList();

        Assert.Equal(["up", "down"], votes.Select(v => v.Vote));
        Assert.All(votes, v => Assert.Matches("^[0-9a-f]{12}$", v.Ref!));
    }

    [Fact]
    public void ThreadDetails_ToggleInTeams_AndAreAButtonInSlack()
    {
        var card = Named("thread-long");
        var hidden = Assert.Single(GalleryLimitsTests.Descendants(AdaptiveCardRenderer.Render(card)), o => (string?)o["id"] == "details");
        var slackButtons = GalleryLimitsTests.Descendants(BlockKitRenderer.Render(card)).Where(o => (string?)o["type"] == "button").ToList();

        Assert.False((bool?)hidden["isVisible"]);
        Assert.Contains(slackButtons, b => CardPayload.Decode((string?)b["value"])?.Verb == "details");
    }

    [Fact]
    public void WelcomeAndError_HaveNoVerdictButtons()
    {
        Assert.Empty(Named("welcome").Actions);
        Assert.Empty(Named("error").Actions);
        Assert.StartsWith("? I couldn't read that", Named("error").Fallback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thread-long")]
    [InlineData("outreach-short")]
    public void PlainText_StartsWithTheVerdictAndIncludesTheDetails(string name)
    {
        var card = Named(name);
        var text = PlainTextCardRenderer.Render(card);

        Assert.StartsWith($"{card.Banner.Symbol} {card.Banner.Title}\n", text, StringComparison.Ordinal);
        var details = card.Parts.OfType<Details>().Single();
        Assert.Contains(PlainTextCardRenderer.Render(card with { Parts = details.Parts }).Trim().Split('\n')[0], text, StringComparison.Ordinal);
    }
}
