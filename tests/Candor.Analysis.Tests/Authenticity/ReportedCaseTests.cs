using Candor.Analysis.Authenticity;
using Candor.Analysis.Authenticity.Comments;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Authenticity;

/// <summary>
/// Comments that review found misjudged, each pinned to the behaviour a careful moderator expects.
/// </summary>
public sealed class ReportedCaseTests
{
    [Theory]
    [InlineData("100% agree with this")]
    [InlineData("Toller Beitrag!")]
    [InlineData("+1, same here")]
    public void SpecificDetail_AgreementOrGermanNoun_StaysQuiet(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Id == "specific_detail");

    [Fact]
    public void NegatedAgreement_IsDisagreementNotPraise()
    {
        var findings = Findings("I don't agree with the hiring section at all.");

        Assert.Contains(findings, f => f.Id == "disagreement");
        Assert.DoesNotContain(findings, f => f.Id == "generic_praise");
    }

    [Theory]
    [InlineData("方法很好，但是小公司很难落地。", Verdict.Authentic)]
    [InlineData("很好的分享，我们也试过这个方法。", Verdict.Authentic)]
    [InlineData("Great post, thanks", Verdict.LowEffort)]
    [InlineData("Obrigado por compartilhar!", Verdict.LowEffort)]
    [InlineData("The bug is on line 42 of the config.", Verdict.Authentic)]
    [InlineData("Beware of anyone saying \"add me on Telegram\" under job posts.", Verdict.Authentic)]
    [InlineData("Check out the Stripe docs, they explain idempotency well.", Verdict.Authentic)]
    [InlineData("The paper is at https://arxiv.org/abs/2106.09685 and section 4 answers this.", Verdict.Authentic)]
    [InlineData("Gagnez 300€ par jour depuis chez vous !", Verdict.Spam)]
    [InlineData("Great insights, Tom! We tried this in Q2 and it worked. Thanks for sharing 🙌", Verdict.Authentic)]
    public void Judge_ReviewedComment_GetsTheModeratorsVerdict(string text, Verdict expected) =>
        Assert.Equal(expected, ThreadJudge.JudgeAlone(Comment(text), null).Verdict);

    [Fact]
    public void AsksQuestion_BaitQuestion_StaysQuiet() =>
        Assert.DoesNotContain(Findings("Who wants the template? Drop a comment!"), f => f.Id == "asks_question");

    [Fact]
    public void Disagreement_PortugueseMais_IsNotBut() =>
        Assert.DoesNotContain(Findings("Se inscreva no meu canal para mais dicas!"), f => f.Id == "disagreement");

    [Fact]
    public void OnTopic_FrenchFunctionWords_AreNotSharedSubject()
    {
        var post = TopicWords.Of("Nous avons réduit le temps de recrutement de moitié avec des entretiens structurés.");
        var findings = CommentHeuristics.Inspect(new CommentContext(Comment("Bravo pour cette réussite, des résultats avec une vraie valeur pour tous !"), post));

        Assert.DoesNotContain(findings, f => f.Id == "on_topic");
    }

    [Fact]
    public void AnswersCommenter_AtMention_Fires()
    {
        var paste = new ParsedPaste(PasteShape.WebCopy, null,
        [
            new ParsedComment("Rachel Adams", null, null, false, new RelativeAge(4, AgeUnit.Hour), false, false, "Renewal scoring only worked once CSMs could see why an account was flagged."),
            new ParsedComment("Sam Patel", null, null, false, new RelativeAge(3, AgeUnit.Hour), false, false, "@Rachel did you weight that by seat count or by contract value?"),
        ]);

        Assert.Contains(ThreadJudge.Judge(paste, null).Comments[1].Signals, s => s.Id == "answers_commenter");
    }

    [Theory]
    [InlineData("Slides: https://speakerdeck.com/tomh/renewal-scoring")]
    [InlineData("Check out my newsletter for the full write-up.")]
    public void PostAuthor_LinkingOwnMaterial_IsNotSpam(string text)
    {
        var comment = new ParsedComment("Tom Hughes", null, null, true, null, false, false, text);

        Assert.NotEqual(Verdict.Spam, ThreadJudge.JudgeAlone(comment, null).Verdict);
    }

    [Theory]
    [InlineData("Bonjour Claire, j'ai lu votre article sur les entretiens structurés.")]
    [InlineData("Hola Marta, vi tu charla sobre precios en SaaStr.")]
    public void NoPersonalization_GreetingByNameInOtherLanguages_StaysQuiet(string draft) =>
        Assert.Null(new NoPersonalization().Inspect(draft));

    [Theory]
    [InlineData("Hi Ana, I loved your demo at the conference.")]
    [InlineData("Hi Ana, your post this week about hiring was spot on.")]
    public void PushyAsk_MentionNotRequest_StaysQuiet(string draft) =>
        Assert.Null(new PushyAsk().Inspect(draft));

    [Fact]
    public void Spammy_OneAcronym_StaysQuiet() =>
        Assert.Null(new Spammy().Inspect("Hi Ana, we help clinics stay HIPAA compliant without extra paperwork."));

    private static ParsedComment Comment(string text) => new(null, null, null, false, null, false, false, text);

    private static List<Finding> Findings(string text) => CommentHeuristics.Inspect(new CommentContext(Comment(text), null));
}
