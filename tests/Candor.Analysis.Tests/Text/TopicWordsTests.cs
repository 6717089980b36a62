using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

public class TopicWordsTests
{
    [Theory]
    [InlineData("hiring", "hir")]
    [InlineData("hire", "hir")]
    [InlineData("hired", "hir")]
    [InlineData("emails", "email")]
    [InlineData("email", "email")]
    [InlineData("interviews", "interview")]
    [InlineData("interviewing", "interview")]
    [InlineData("interviewed", "interview")]
    [InlineData("interviewers", "interview")]
    [InlineData("organizations", "organiz")]
    [InlineData("organization", "organiz")]
    [InlineData("quickly", "quick")]
    [InlineData("companies", "compan")]
    [InlineData("uses", "use")]
    [InlineData("use", "use")]
    [InlineData("sales", "sal")]
    public void Stem_CommonSuffixes_AreRemoved(string word, string stem) => Assert.Equal(stem, TopicWords.Stem(word));

    [Theory]
    [InlineData("ring")]
    [InlineData("bed")]
    [InlineData("yes")]
    [InlineData("ai")]
    public void Stem_ShortWords_KeepAtLeastThreeLetters(string word) => Assert.True(TopicWords.Stem(word).Length >= Math.Min(3, word.Length));

    [Fact]
    public void Of_FormsOfTheSameWord_ShareAStem()
    {
        var post = TopicWords.Of("We changed how we hire engineers and send rejection emails.");
        var comment = TopicWords.Of("Hiring engineers is hard; our rejection email was the fix.");

        Assert.Equal(["hir", "engine", "rejection", "email"], comment.SharedWith(post));
    }

    [Fact]
    public void Of_StopWordsGenericPraiseShortWordsAndNumbers_AreNotTopicWords()
    {
        var topics = TopicWords.Of("Great post! Thanks for sharing, it is so true and very insightful. AI in 2023 by 50%");

        Assert.Equal(0, topics.Count);
        Assert.Empty(topics.Stems);
    }

    [Fact]
    public void Of_RepeatedWord_IsCountedOnceWithItsFirstSpan()
    {
        const string Text = "Pricing matters. Pricing pages, pricing tests.";

        var topics = TopicWords.Of(Text);

        Assert.Equal(["pric", "matt", "pag", "test"], topics.Stems);
        Assert.True(topics.Contains("pric"));
        Assert.Equal("Pricing", topics.SpanOf("pric").Of(Text));
        Assert.Equal(0, topics.SpanOf("pric").Start);
    }

    [Fact]
    public void SharedWith_ReturnsStemsInThisTextsOrder()
    {
        var a = TopicWords.Of("Renewal scoring needs reasons for churn.");
        var b = TopicWords.Of("Churn reasons matter more than renewal dashboards.");

        Assert.Equal(["renewal", "reason", "churn"], a.SharedWith(b));
        Assert.Equal(["churn", "reason", "renewal"], b.SharedWith(a));
    }

    [Fact]
    public void SharedWith_UnrelatedTexts_IsEmpty()
    {
        var post = TopicWords.Of("Renewal scoring needs reasons for churn.");
        var comment = TopicWords.Of("Congrats on the new office in Lisbon!");

        Assert.Empty(comment.SharedWith(post));
    }

    [Fact]
    public void Of_GivenWords_MatchesOfText()
    {
        const string Text = "Onboarding calls saved our customers a quarter.";

        var fromText = TopicWords.Of(Text);
        var fromWords = TopicWords.Of(Text, Words.Of(Text));

        Assert.Equal(fromText.Stems, fromWords.Stems);
    }

    [Fact]
    public void Of_EmptyText_HasNoTopicWords()
    {
        var topics = TopicWords.Of(string.Empty);

        Assert.Equal(0, topics.Count);
        Assert.False(topics.Contains("anything"));
    }
}
