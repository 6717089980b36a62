using Candor.Cards.Building;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Cards.Tests.Cards;

/// <summary>The digest card: how trends and the channel's feedback read, and what it says when nothing was checked.</summary>
public class DigestCardTests
{
    private const string Tip = "Swap the meeting request for one short question the person can answer in a line.";

    private static readonly Digest Busy = new(
        "Week of 16 Nov 2026", "this week", 42, 35, [new("authentic", 21), new("low effort", 21)], [],
        [new("no_personalization", 9, 4), new("generic_opener", 3, 0), new("buzzwords", 2, 5), new("pushy_ask", 6, 6)], Tip, 4, 1);

    [Fact]
    public void OutreachIssues_ShowTheirTrend()
    {
        var facts = IssueFacts(DigestCard.From(Busy));

        Assert.Equal(
            ["No personalization: 9× (up from 4)", "Generic opener: 3× (new)", "Buzzwords: 2× (down from 5)", "Pushy ask: 6× (same as before)"],
            facts.Select(f => $"{f.Title}: {f.Value}"));
    }

    [Fact]
    public void OutreachIssues_OfANewChannel_ShowNoTrend()
    {
        var digest = Busy with { PreviousChecked = null, TopOutreachIssues = [new("pushy_ask", 6, null)] };

        Assert.Equal("6×", Assert.Single(IssueFacts(DigestCard.From(digest))).Value);
    }

    [Fact]
    public void Feedback_IsOneSubtleLine_BeforeTheTip()
    {
        var parts = DigestCard.From(Busy).Parts;

        var feedback = parts.OfType<Paragraph>().Single(p => p.Text.StartsWith("Your feedback", StringComparison.Ordinal));
        Assert.Equal(new Paragraph("Your feedback: 4 marked right, 1 marked wrong", Subtle: true), feedback);
        Assert.Equal(new Paragraph($"Tip: {Tip}", Subtle: true), parts[^1]);
        Assert.Equal(parts.Count - 2, parts.ToList().IndexOf(feedback));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(0, 2, true)]
    [InlineData(3, 0, true)]
    public void Feedback_IsLeftOut_OnlyWhenThereWasNone(int right, int wrong, bool shown)
    {
        var card = DigestCard.From(Busy with { MarkedRight = right, MarkedWrong = wrong });

        Assert.Equal(shown, card.Parts.OfType<Paragraph>().Any(p => p.Text.StartsWith("Your feedback", StringComparison.Ordinal)));
    }

    [Fact]
    public void NothingChecked_SaysSo_ThenHowToStart()
    {
        var digest = new Digest("Week of 16 Nov 2026", "this week", 0, 12, [], [], [], "Mention Candor here with a post link.", 0, 0);

        var card = DigestCard.From(digest);

        Assert.Equal("Nothing checked (down from 12) · no pod suspects", card.Banner.Subtitle);
        Assert.Equal(
            [new Paragraph("Nothing was checked this week."), new Paragraph("Tip: Mention Candor here with a post link.", Subtle: true)],
            card.Parts.Skip(1));
        Assert.Contains("Nothing was checked this week.", PlainTextCardRenderer.Render(card), StringComparison.Ordinal);
    }

    [Fact]
    public void PodWithoutAnExample_QuotesNothing()
    {
        var card = DigestCard.From(Busy with { PodSuspects = [new PodSuspect(["Nora Quist", "Teo Varga", "Ivy Brandt"], 4, "")] });

        var pod = card.Parts.OfType<Evidence>().Single();
        Assert.Equal("They commented together within minutes of each other.", pod.Meaning);
    }

    [Fact]
    public void Slack_ShowsTrendsAsPlainFields_AndFeedbackAsContext()
    {
        var blocks = BlockKitRenderer.Render(DigestCard.From(Busy))["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();

        var fields = blocks.Where(b => b["fields"] is not null).SelectMany(b => b["fields"]!.AsArray()).Select(f => f!.AsObject()).ToList();
        Assert.Contains(fields, f => (string?)f["type"] == "plain_text" && (string?)f["text"] == "No personalization: 9× (up from 4)");
        Assert.Contains(blocks, b => (string?)b["type"] == "context" && (string?)b["elements"]![0]!["text"] == "Your feedback: 4 marked right, 1 marked wrong");
    }

    private static IReadOnlyList<Fact> IssueFacts(Card card)
    {
        var parts = card.Parts.ToList();
        var heading = parts.FindIndex(p => p is Heading { Text: "Most common outreach issues" });
        return ((Facts)parts[heading + 1]).Items;
    }
}
