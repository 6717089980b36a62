using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

public class ExcerptTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("line one\nline two", 40, "line one line two")]
    [InlineData("abcdefghijklmnop", 8, "abcdefg…")]
    public void Clip_LongOrMultiline_FlattensAndEllipsizes(string value, int max, string expected) =>
        Assert.Equal(expected, Excerpt.Clip(value, max));

    [Fact]
    public void Flat_JoinsLinesAndTrims() => Assert.Equal("a b   c", Excerpt.Flat("  a\r\nb \n c\n"));

    [Fact]
    public void Clip_NeverCutsAnEmojiInHalf() => Assert.Equal("ab…", Excerpt.Clip("ab🔥🔥🔥", 4));
}
