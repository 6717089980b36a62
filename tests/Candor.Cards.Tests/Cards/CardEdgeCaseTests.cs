using System.Text;
using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Cards.Building;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Cards.Tests.Cards;

/// <summary>Inputs that push a card past its limits, or give it nothing to say.</summary>
public class CardEdgeCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SixtyPhishingLinks_FitTeamsAndKeepTheAdviceAndButtonsInSlack()
    {
        var paste = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"https://linkedin.com.account-verify-{i}.example/login?next=%2Ffeed%2Fupdate%2F{i}"));
        var report = CandorEngine.Check(paste, new CheckOptions(Now)).Report!;
        var card = ReportCards.From(report, CardSource.Of(paste));

        Assert.True(Encoding.UTF8.GetByteCount(AdaptiveCardRenderer.Render(card).ToJsonString()) <= AdaptiveCardRenderer.MaxBytes);
        var slack = BlockKitRenderer.Serialize(card);
        Assert.Contains(Wording(report), slack, StringComparison.Ordinal);
        Assert.Contains("feedback", slack, StringComparison.Ordinal);
        Assert.True(BlockKitRenderer.Render(card)["blocks"]!.AsArray().Count <= BlockKitRenderer.MaxBlocks);
    }

    [Fact]
    public void DraftOfMultiByteText_StaysUnder28KBWithItsButtons()
    {
        var random = new Random(3);
        var draft = "Hi Aiko, " + string.Concat(Enumerable.Range(0, 950).Select(_ => (char)random.Next(0x4E00, 0x9FA5)));
        var about = string.Concat(Enumerable.Repeat("spoke about pricing ", 300));
        var options = new CoachOptions(Recipient.Parse("Aiko Sato, Head of Growth"), about);
        var card = ReportCards.From(CandorEngine.Coach(draft, options).Report!, CardSource.Of(draft, "Aiko Sato, Head of Growth", about, isDraft: true));

        Assert.True(Encoding.UTF8.GetByteCount(AdaptiveCardRenderer.Render(card).ToJsonString()) <= AdaptiveCardRenderer.MaxBytes);
        Assert.Contains(card.Parts, p => p is DetailInput);
        Assert.True(card.Actions.Single(a => a.Title == "Shorter").Payload.About!.Length <= 300);
    }

    [Fact]
    public void DraftTooLongForAButton_SaysHowToRewriteItInstead()
    {
        var draft = "Hi Ana, " + string.Join(' ', Enumerable.Repeat("we rebuilt the onboarding flow and cut time to value from nine days to three.", 60));
        var card = ReportCards.From(CandorEngine.Coach(draft, CoachOptions.None).Report!, CardSource.Of(draft, isDraft: true));

        Assert.DoesNotContain(card.Parts, p => p is DetailInput);
        Assert.Contains(card.Parts, p => p is Paragraph { Text: var text } && text.Contains("About:", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreadWithNoComments_SaysNothingAboutComments()
    {
        var card = ReportCards.From(new Report(ReportKind.Thread, Verdict.Organic, 90, [], [], [], null, null, []), CardSource.Of("x"));

        Assert.DoesNotContain("comments", card.Banner.Subtitle, StringComparison.Ordinal);
        Assert.DoesNotContain(card.Parts, p => p is Heading);
    }

    [Fact]
    public void Details_HaveAShowAndAHideButtonThatSwapPlaces()
    {
        var report = new Report(ReportKind.Thread, Verdict.Mixed, 50, [], Enumerable.Range(0, 12).Select(i => new CommentReport($"Ana {i}", null, "PT1H", "Great post!", Verdict.LowEffort, 30, [])).ToArray(), [], null, null, []);
        var objects = GalleryLimitsTests.Descendants(AdaptiveCardRenderer.Render(ReportCards.From(report, CardSource.Of("x")))).ToList();

        var show = objects.Single(o => (string?)o["id"] == "details-show");
        var hide = objects.Single(o => (string?)o["id"] == "details-hide");
        Assert.Null(show["isVisible"]);
        Assert.False((bool?)hide["isVisible"]);
        Assert.Equal("Show less", (string?)hide["actions"]![0]!["title"]);
    }

    [Theory]
    [InlineData("a\U000E0041\U000E0042b", "ab")]
    [InlineData("one\u2028two", "one\ntwo")]
    [InlineData("\u3164\u2800name\u061C", "name")]
    public void UserText_DropsWhatHidesOrFakesText(string pasted, string shown) => Assert.Equal(shown, UserText.Clean(pasted));

    [Fact]
    public void UserText_QuotedAddress_KeepsItsWholeHost()
    {
        const string url = "https://linkedin.com-security-check-account-verify.evil-phish.example/login?next=abcdefghijklmnopqrstuvwxyz";

        Assert.StartsWith("https://linkedin.com-security-check-account-verify.evil-phish.example/", UserText.Quote(url), StringComparison.Ordinal);
        Assert.EndsWith("…", UserText.Quote(url), StringComparison.Ordinal);
    }

    private static string Wording(Report report) => Candor.Cards.Text.Wording.NextStep(report.Kind, report.Verdict).Replace("'", "'", StringComparison.Ordinal)[..30];
}
