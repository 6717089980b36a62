using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Analysis.Tests.Quality;

namespace Candor.Analysis.Tests.Outreach;

/// <summary>The rewrite keeps the user's facts, drops what hurts the draft, invents nothing and scores higher.</summary>
public class RewriteComposerTests
{
    private const string MassPitch =
        "Hi {first_name}, I hope this message finds you well. I came across your profile and wanted to connect. "
        + "We are a world-class agency that leverages AI to 10x your pipeline. Book a 15-minute demo this week: https://calendly.com/acme/15min";

    [Fact]
    public void Rewrite_OfTheFixture_OpensWithTheDetailAndDropsTheMeetingAsk()
    {
        var report = OutreachCoach.Report(SharedData.Fixture("outreach-with-context.txt"));
        var rewrite = report.Rewrite!;

        Assert.Equal(Verdict.Weak, report.Verdict);
        Assert.StartsWith("Hi Aisha,", rewrite.Text, StringComparison.Ordinal);
        Assert.Contains("SaaStr", rewrite.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("30 minutes", rewrite.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hope you're doing well", rewrite.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(rewrite.Score >= report.Score + 25, $"rewrite {rewrite.Score} vs draft {report.Score}");
        Assert.Empty(rewrite.Needs);
        Assert.Contains(rewrite.Changes, c => c.Contains("real detail", StringComparison.Ordinal));
    }

    [Fact]
    public void Rewrite_WithoutContext_ListsWhatToAddAndCarriesNoPlaceholder()
    {
        var report = OutreachCoach.Report(MassPitch);
        var rewrite = report.Rewrite!;

        Assert.DoesNotContain("{", rewrite.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("calendly", rewrite.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("world-class", rewrite.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("15-minute", rewrite.Text, StringComparison.Ordinal);
        Assert.StartsWith("Hi,", rewrite.Text, StringComparison.Ordinal);
        Assert.Contains(rewrite.Needs, n => n.Contains("first name", StringComparison.Ordinal));
        Assert.Contains(rewrite.Needs, n => n.Contains("real detail", StringComparison.Ordinal));
        Assert.True(rewrite.Score >= report.Score + 25, $"rewrite {rewrite.Score} vs draft {report.Score}");
    }

    [Fact]
    public void Variants_FitTheirFormats()
    {
        var rewrite = OutreachCoach.Report(SharedData.Fixture("outreach-with-context.txt")).Rewrite!;

        var note = Assert.Single(rewrite.Variants, v => v.Format == "note");
        var inmail = Assert.Single(rewrite.Variants, v => v.Format == "inmail");
        Assert.InRange(note.Text.Length, 20, 300);
        Assert.DoesNotContain('\n', note.Text);
        Assert.EndsWith("?", note.Text, StringComparison.Ordinal);
        Assert.InRange(inmail.Text.Length, 20, 600);
    }

    [Fact]
    public void Note_WithALongDetail_IsCutAtAClauseNotMidWord()
    {
        var about = "wrote a long essay about migrating a payments ledger from a monolith to event sourcing; the team rebuilt "
            + "reconciliation twice and finally cut month-end close from nine days to three, which the whole finance org noticed and copied";
        var report = OutreachCoach.Report("Hi Lena, quick question about your ledger work.", new CoachOptions(About: about, Format: DraftFormat.Note));

        Assert.True(report.Rewrite!.Text.Length <= 300, report.Rewrite.Text);
        Assert.Contains("event sourcing.", report.Rewrite.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spoke at SaaStr about pricing", "I saw you spoke at SaaStr about pricing.")]
    [InlineData("her talk on feature stores", "I saw your talk on feature stores.")]
    [InlineData("Series A announced last month", "I saw this about your work: Series A announced last month.")]
    public void FromDetail_TurnsTheDetailIntoAnOpeningLine(string about, string expected) =>
        Assert.Equal(expected, RewriteComposer.FromDetail(about, RewriteLanguage.English));

    [Theory]
    [InlineData("Sehr geehrte Damen und Herren,\n\nwir sind ein Anbieter von Lösungen für den Mittelstand. Unsere Plattform spart Ihnen Zeit. Wann passt es Ihnen diese Woche?", "Hallo,", "Wäre es hilfreich")]
    [InlineData("Bonjour, je suis consultante et nous aidons les PME avec leur comptabilité. Notre offre est simple. Un appel de 20 minutes jeudi ?", "Bonjour,", "Est-ce qu'un court résumé")]
    [InlineData("Hola, soy desarrollador y busco un puesto en su equipo. Adjunto mi CV. Quedo atento a su respuesta.", "Hola,", "¿Hay algo que le gustaría")]
    public void Rewrite_OfADraftInAnotherLanguage_AddsItsOwnWordsInThatLanguage(string draft, string greeting, string question)
    {
        var rewrite = OutreachCoach.Report(draft).Rewrite!;

        Assert.StartsWith(greeting, rewrite.Text, StringComparison.Ordinal);
        Assert.Contains(question, rewrite.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Would it be useful", rewrite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_OfAnEnglishDraft_StaysEnglish() =>
        Assert.StartsWith("Hi,", OutreachCoach.Report("Hello there, we build pricing software for growth teams. Quick call?").Rewrite!.Text, StringComparison.Ordinal);
}
