using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

public class WordsTests
{
    [Fact]
    public void Of_PlainSentence_SplitsOnSpacesAndPunctuation()
    {
        var words = Words.Of("Great post, Tom! Thanks for sharing.");

        Assert.Equal(["great", "post", "tom", "thanks", "for", "sharing"], words.Select(w => w.Lower));
    }

    [Theory]
    [InlineData("don't stop", "don't")]
    [InlineData("it’s fine", "it's")]
    [InlineData("Liam O'Brien-Smith", "o'brien-smith")]
    [InlineData("a well-known fact", "well-known")]
    [InlineData("end-to-end tests", "end-to-end")]
    public void Of_InnerApostropheOrHyphen_StaysInsideTheWord(string text, string word) =>
        Assert.Contains(word, Words.Of(text).Select(w => w.Lower));

    [Theory]
    [InlineData("'quoted' words", new[] { "quoted", "words" })]
    [InlineData("trailing- hyphen -leading", new[] { "trailing", "hyphen", "leading" })]
    [InlineData("students' work", new[] { "students", "work" })]
    [InlineData("- bullet", new[] { "bullet" })]
    public void Of_EdgeApostropheOrHyphen_IsNotPartOfTheWord(string text, string[] expected) =>
        Assert.Equal(expected, Words.Of(text).Select(w => w.Lower));

    [Fact]
    public void Of_Words_CarrySpanOfOriginalTextAndLowerCaseFormWithStraightApostrophe()
    {
        const string Text = "  Great POST, Tom’s team!";

        var words = Words.Of(Text);

        Assert.Equal(["Great", "POST", "Tom’s", "team"], words.Select(w => w.Span.Of(Text)));
        Assert.Equal(["great", "post", "tom's", "team"], words.Select(w => w.Lower));
        Assert.Equal(2, words[0].Span.Start);
        Assert.Equal(5, words[0].Span.Length);
    }

    [Theory]
    [InlineData("这个观点很有启发", 8)]
    [InlineData("とても参考になりました", 11)]
    [InlineData("マネージャー", 6)]
    [InlineData("山本 彩", 3)]
    public void Of_CjkText_CountsOneWordPerCharacter(string text, int count)
    {
        var words = Words.Of(text);

        Assert.Equal(count, words.Count);
        Assert.All(words, w => Assert.Equal(1, w.Span.Length));
    }

    [Fact]
    public void Of_CjkNextToLatin_SplitsAtTheBoundary()
    {
        Assert.Equal(["ai", "很", "重", "要"], Words.Of("AI很重要").Select(w => w.Lower));
        Assert.Equal(["2023", "年"], Words.Of("2023年").Select(w => w.Lower));
    }

    [Fact]
    public void Of_HangulAndAccentedLatin_AreWordsBySpaces()
    {
        Assert.Equal(["안녕하세요", "세계"], Words.Of("안녕하세요 세계").Select(w => w.Lower));
        Assert.Equal(["über", "café", "naïve"], Words.Of("Über café naïve").Select(w => w.Lower));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... --- 🚀🙌")]
    public void Of_NoLettersOrDigits_IsEmpty(string text)
    {
        Assert.Empty(Words.Of(text));
        Assert.Equal(0, Words.Count(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Great post, Tom! Thanks for sharing.")]
    [InlineData("don't stop believing")]
    [InlineData("a well-known, end-to-end fact")]
    [InlineData("Liam O'Brien-Smith said it’s fine")]
    [InlineData("'quoted' words and students' work")]
    [InlineData("trailing- hyphen -leading")]
    [InlineData("这个观点很有启发，我们也遇到了同样的问题。")]
    [InlineData("とても参考になりました。チームでも共有します。")]
    [InlineData("AI很重要")]
    [InlineData("2023年的数据")]
    [InlineData("山本 彩")]
    [InlineData("안녕하세요 세계")]
    [InlineData("e.g. U.S.A. 3rd+ 2nd 1,000")]
    [InlineData("hello_world #hiring @Rachel https://lnkd.in/abc")]
    [InlineData("Great insights 🚀🙌 thanks!!!")]
    [InlineData("a-b-c x'y'z")]
    [InlineData("Über\u00A0café\tnaïve\nzwölf")]
    public void Count_AgreesWithOf(string text) => Assert.Equal(Words.Of(text).Count, Words.Count(text));

    [Theory]
    [InlineData('中', true)]
    [InlineData('彩', true)]
    [InlineData('あ', true)]
    [InlineData('ア', true)]
    [InlineData('ー', true)]
    [InlineData('a', false)]
    [InlineData('é', false)]
    [InlineData('한', false)]
    [InlineData('1', false)]
    [InlineData('，', false)]
    public void IsIdeographic_HanKanaAndOthers(char c, bool expected) => Assert.Equal(expected, Words.IsIdeographic(c));
}
