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

    [Theory]
    [InlineData("Hi there, I read your post on retry budgets. We cut failed jobs by 40% with one change. Want the notes?", "Hi,", "There,")]
    [InlineData("Hi Aisha I saw your talk on pricing pages. We cut churn by 20% with annual plans. Want the notes?", "Hi Aisha,", "Saw your talk")]
    [InlineData("Good morning Aisha and team, loved the pricing teardown. We cut churn by 20% with annual plans. Want the notes?", "Hi Aisha,", "Team,")]
    [InlineData("Tomás, saw you're hiring a first designer. I have a shortlist of illustrators in Porto. Want it?", "Hi Tomás,", "Tomás, saw")]
    [InlineData("Dear Dr. Rahman, I read your paper on sepsis screening. Our ward cut alerts by 30% with the same rule. Would the data help?", "Hi Dr. Rahman,", "Hi Rahman")]
    public void Rewrite_GreetsOnceAndByTheRightName(string draft, string start, string absent)
    {
        var rewrite = OutreachCoach.Report(draft).Rewrite!;

        Assert.StartsWith(start, rewrite.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, rewrite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_RecipientGivenAsTitleAndSurname_IsGreetedSo()
    {
        var rewrite = OutreachCoach.Report("Sehr geehrte Frau Müller, wir bieten eine Plattform für die Lohnabrechnung. Hätten Sie 30 Minuten?",
            new CoachOptions(Recipient.Parse("Frau Müller, Personalleiterin bei Nordlicht"))).Rewrite!;

        Assert.StartsWith("Hallo Frau Müller,", rewrite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_DetailInAnotherLanguage_IsNotFramedInTheDraftsLanguage()
    {
        var rewrite = OutreachCoach.Report("Hallo Jonas, ich habe deinen Vortrag über Kubernetes gesehen. Wir haben die Kosten um 30 % gesenkt. Soll ich dir die Notizen schicken?",
            new CoachOptions(About: "spoke at KubeCon about cluster costs")).Rewrite!;

        Assert.DoesNotContain("spoke at KubeCon", rewrite.Text, StringComparison.Ordinal);
        Assert.Contains("Vortrag über Kubernetes", rewrite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_InformalSpanish_StaysSpanish() =>
        Assert.StartsWith("Hola Ana,", OutreachCoach.Report("Hola Ana, vi tu charla sobre precios y te quería escribir. Bajamos la rotación un 20 %. ¿Te mando las notas?").Rewrite!.Text,
            StringComparison.Ordinal);

    [Theory]
    [InlineData(".", null)]
    [InlineData("-", ", Head of Growth at Contoso")]
    public void Rewrite_ContextWithNothingInIt_IsIgnoredNotACrash(string about, string? to)
    {
        var report = OutreachCoach.Report("Hi, we build pricing software. Quick call?", new CoachOptions(Recipient.Parse(to), about));

        Assert.StartsWith("Hi,", report.Rewrite!.Text, StringComparison.Ordinal);
    }
}
