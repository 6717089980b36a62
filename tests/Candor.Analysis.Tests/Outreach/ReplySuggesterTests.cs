using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Tests.Outreach;

public class ReplySuggesterTests
{
    [Fact]
    public void Suggest_SpecificComment_QuotesItsPointAndAsksAboutIt()
    {
        var reply = ReplySuggester.Suggest(Comment("Rachel Adams", "We tried this last year. Our churn model only got used once CSMs saw the top 3 reasons per account.", Verdict.Authentic));

        Assert.StartsWith("Rachel, on \"Our churn model only got used once CSMs saw the top 3", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("how did you measure that?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_GenericPraise_AsksForSomethingSpecific()
    {
        var reply = ReplySuggester.Suggest(Comment("Nina Petrova", "Great insights! Thanks for sharing 🙌", Verdict.LowEffort));

        Assert.Contains("\"Great insights! Thanks for sharing 🙌\"", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("?", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thanks!", reply.Text!.Replace("\"Great insights! Thanks for sharing 🙌\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_Spam_GivesAdviceAndNoReply()
    {
        var reply = ReplySuggester.Suggest(Comment(null, "Earn $500 a day from home, WhatsApp +44 7700 900123", Verdict.Spam));

        Assert.Null(reply.Text);
        Assert.Contains("Report", reply.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_LongSentence_IsCutAtAWordBoundary() =>
        Assert.Equal("one two three four five six seven eight nine ten eleven twelve…",
            ReplySuggester.Quote("one two three four five six seven eight nine ten eleven twelve thirteen fourteen."));

    private static CommentReport Comment(string? author, string text, Verdict verdict) => new(author, null, null, text, verdict, 50, []);
}
