using Candor.Analysis.Input;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Tests.Input;

/// <summary>
/// <see cref="InputClassifier.Classify"/>: links, threads, single comments and outreach drafts, and the
/// <c>input_kind</c> note that marks a close call (fires on ambiguous texts, stays quiet on clear ones).
/// </summary>
public class InputClassifierTests
{
    // ---- Link ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://www.linkedin.com/posts/mariasouza_hiring-activity-7212345678901234567-abcd", 1)]
    [InlineData("Is this legit? https://bit.ly/3xYzAbc", 1)]
    [InlineData("Check these two: https://a.example.com/x and https://b.example.org/y", 2)]
    public void Classify_LinksWithFewWordsAround_IsLink(string text, int links)
    {
        var result = InputClassifier.Classify(text);

        Assert.Equal(ReportKind.Link, result.Kind);
        Assert.Equal(links, result.Links.Count);
        Assert.Null(result.Note);
    }

    [Fact]
    public void Classify_LinkInsideASentenceWithAPoint_IsNotLink()
    {
        var result = InputClassifier.Classify(
            "We used this guide last year when we migrated our billing to usage-based pricing: https://martinfowler.com/articles/feature-toggles.html");

        Assert.Equal(ReportKind.Comment, result.Kind);
        Assert.Single(result.Links);
    }

    // ---- Thread ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("Anna Berg: Great post, thanks for sharing!\nTom Lee: We tried this at our startup and it cut churn by 8%.", 2)]
    [InlineData("Anna Berg (2h): Great post, thanks for sharing!\nTom Lee (1h): We tried this at our startup and it cut churn by 8%.", 2)]
    [InlineData("Lucía Gómez: Excelente reflexión.\nJorge Ruiz: ¿Y en equipos remotos?\nAna Torres: Nosotros probamos algo parecido en 2022.", 3)]
    public void Classify_SeveralNamedComments_IsThread(string text, int comments)
    {
        var result = InputClassifier.Classify(text);

        Assert.Equal(ReportKind.Thread, result.Kind);
        Assert.Equal(comments, result.Paste.Comments.Count);
        Assert.Null(result.Note);
    }

    // ---- Comment ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("Great post, thanks for sharing!")]
    [InlineData("We tried this at our clinic last spring and the waiting list shrank by a third.")]
    [InlineData("Toller Beitrag! Danke 🙏")]
    [InlineData("感谢分享，我们也遇到过同样的问题。")]
    [InlineData("Thanks for sharing this post, Ana. Let me know if you ever want to compare notes on hiring.")]
    public void Classify_LoneReaction_IsCommentWithoutNote(string text)
    {
        var result = InputClassifier.Classify(text);

        Assert.Equal(ReportKind.Comment, result.Kind);
        Assert.Null(result.Note);
    }

    // ---- Outreach --------------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Maria,\n\nI noticed your talk on supply chain forecasting at the Hamburg meetup. Would you be open to a quick chat next week about how you handled seasonality?\n\nBest,\nJon")]
    [InlineData("To: Priya Nair, Head of Data at Monzo\nAbout: her post on feature stores\n\nHi Priya, your point about offline/online skew matched what we saw. Would you be open to comparing notes?")]
    [InlineData("Hi Priya, I'm a data engineer at Monzo and I noticed your post on feature stores. Would it make sense to compare notes over a quick call?")]
    [InlineData("Hey Tom, quick question: are you open to a 20-minute chat about your hiring process? Let me know if Thursday works.\n\nCheers,\nAna")]
    [InlineData("Subject: Your talk at PyCon\n\nHi Dana, loved the section on typing. Do you have 10 minutes next week?")]
    [InlineData("Format: reply\nHi Sam, thanks for the intro to Dana. Would a call next week work for you?\nBest\nAna")]
    public void Classify_MessageToOnePerson_IsOutreachWithoutNote(string text)
    {
        var result = InputClassifier.Classify(text);

        Assert.Equal(ReportKind.Outreach, result.Kind);
        Assert.Null(result.Note);
    }

    // ---- input_kind note -------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Sam, great post! Would you be open to sharing the slides?", "great post")]
    [InlineData("Hey Alex, loved this post. Do you have 15 minutes next week to chat?", "loved this")]
    [InlineData("Great read. I work at a logistics startup and would love to hear more.", "Great read")]
    public void Classify_CloseCallReadAsComment_AddsInputKindNote(string text, string evidence)
    {
        var result = InputClassifier.Classify(text);

        Assert.Equal(ReportKind.Comment, result.Kind);
        Assert.NotNull(result.Note);
        Assert.Equal("input_kind", result.Note.Id);
        Assert.Equal(evidence, result.Note.Evidence);
        Assert.Contains(result.Note.Evidence, text, StringComparison.Ordinal);
        Assert.Contains("use coach", result.Note.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_CloseCallReadAsDraft_AddsInputKindNote()
    {
        const string text = "Hi Sam, great post! Would you be open to a quick call?";
        var result = InputClassifier.Classify(text);

        Assert.Equal(ReportKind.Outreach, result.Kind);
        Assert.NotNull(result.Note);
        Assert.Equal("input_kind", result.Note.Id);
        Assert.Equal("Hi Sam, great post!", result.Note.Evidence);
        Assert.Contains("paste it with the post", result.Note.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Great post, thanks for sharing!")]
    [InlineData("Hi Maria,\n\nI noticed your talk on supply chain forecasting at the Hamburg meetup. Would you be open to a quick chat next week about how you handled seasonality?\n\nBest,\nJon")]
    [InlineData("Anna Berg: Great post!\nTom Lee: Would you be open to sharing the slides?")]
    [InlineData("We tried this at our clinic last spring and the waiting list shrank by a third.")]
    public void Classify_ClearCase_InputKindNoteStaysQuiet(string text) =>
        Assert.Null(InputClassifier.Classify(text).Note);
}
