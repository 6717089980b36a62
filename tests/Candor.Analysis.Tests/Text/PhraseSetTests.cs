using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

/// <summary>The phrase language the heuristics are written in: slots, alternatives, optional words, guards, wildcards.</summary>
public class PhraseSetTests
{
    [Theory]
    [InlineData("great/awesome post", "What an Awesome post!", "Awesome post")]
    [InlineData("thanks for sharing/the_write-up", "Thanks for the write-up, Tom", "Thanks for the write-up")]
    [InlineData("keep it? up", "keep up the work", "keep up")]
    [InlineData("since #year", "We have done this since 2019.", "since 2019")]
    [InlineData("my * channel", "check my cooking channel", "my cooking channel")]
    public void First_FindsTheLongestMatch(string phrase, string text, string expected)
    {
        var span = new PhraseSet([phrase]).First(Words.Of(text));

        Assert.Equal(expected, span?.Of(text));
    }

    [Fact]
    public void NotAfterGuard_SkipsThePhraseAfterTheGuardWord() =>
        Assert.Null(new PhraseSet(["!not great/good post"]).First(Words.Of("not great post at all")));

    [Fact]
    public void All_ReturnsEveryNonOverlappingMatchInOrder()
    {
        const string Text = "Great post! Great post again.";
        var spans = new PhraseSet(["great post", "great post again"]).All(Words.Of(Text));

        Assert.Equal(["Great post", "Great post again"], spans.Select(s => s.Of(Text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("* channel")]
    [InlineData("#year plan")]
    [InlineData("really? * channel")]
    public void Phrase_WithoutALeadingWord_IsRefusedWhenTheSetIsBuilt(string phrase) =>
        Assert.Throws<ArgumentException>(() => new PhraseSet([phrase]));
}
