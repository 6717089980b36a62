using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Great\u200B post", "Great post")]
    [InlineData("Gr\u200Ceat\u200D post", "Great post")]
    [InlineData("\uFEFFGreat post", "Great post")]
    [InlineData("Great\u2060post", "Greatpost")]
    [InlineData("pay\u00ADpal", "paypal")]
    public void Normalize_ZeroWidthCharacters_AreRemoved(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("\u202Eevil\u202C", "evil")]
    [InlineData("\u202Aa\u202Bb\u202Dc", "abc")]
    [InlineData("\u2066x\u2067y\u2068z\u2069", "xyz")]
    [InlineData("\u200Eleft\u200Fright", "leftright")]
    public void Normalize_BidiControls_AreRemoved(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\r\rb", "a\n\nb")]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("a\n\rb", "a\n\nb")]
    [InlineData("line\r\n", "line\n")]
    [InlineData("line\r", "line\n")]
    public void Normalize_CrAndCrLf_BecomeLf(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("3\u00A0h", "3 h")]
    [InlineData("il y a 2\u202Fj", "il y a 2 j")]
    [InlineData("a\tb", "a b")]
    [InlineData("山本\u3000彩", "山本 彩")]
    [InlineData("a\u2002b\u2003c\u2009d\u200Ae", "a b c d e")]
    [InlineData("1\u2007000", "1 000")]
    public void Normalize_ExoticSpaces_BecomePlainSpaces(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("")]
    [InlineData("Great post, thanks for sharing!")]
    [InlineData("line one\nline two")]
    [InlineData("这个观点很有启发 🚀")]
    [InlineData("Crème brûlée, naïve café")]
    public void Normalize_CleanText_ReturnsSameInstance(string text) =>
        Assert.Same(text, TextNormalizer.Normalize(text));

    [Fact]
    public void Normalize_TextNeedingWork_ReturnsNewString()
    {
        var text = "a\r\nb";

        Assert.NotSame(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_OnlyInvisibleCharacters_GivesEmptyString() =>
        Assert.Equal(string.Empty, TextNormalizer.Normalize("\u200B\u200C\u200D\u202E\u2066\uFEFF"));

    [Fact]
    public void Normalize_VisibleCharacters_AreKeptInOrder()
    {
        const string Text = "Rachel Adams • 2nd\r\n4h\u00A0(edited)\r\nThanks 🙌\u200B!";

        Assert.Equal("Rachel Adams • 2nd\n4h (edited)\nThanks 🙌!", TextNormalizer.Normalize(Text));
    }

    [Fact]
    public void Normalize_AppliedTwice_IsStable()
    {
        var once = TextNormalizer.Normalize("a\r\n\u200Bb\u00A0c\u202E\rd");

        Assert.Same(once, TextNormalizer.Normalize(once));
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u200E')]
    [InlineData('\u200F')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    [InlineData('\u00AD')]
    [InlineData('\u202A')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    public void IsInvisible_ZeroWidthAndBidiCharacters_IsTrue(char c) => Assert.True(TextNormalizer.IsInvisible(c));

    [Theory]
    [InlineData('a')]
    [InlineData(' ')]
    [InlineData('\n')]
    [InlineData('\u00A0')]
    [InlineData('中')]
    [InlineData('•')]
    [InlineData('\u2028')]
    public void IsInvisible_VisibleOrSpaceCharacters_IsFalse(char c) => Assert.False(TextNormalizer.IsInvisible(c));
}
