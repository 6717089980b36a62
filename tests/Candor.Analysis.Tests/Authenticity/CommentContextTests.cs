namespace Candor.Analysis.Tests.Authenticity;

/// <summary>Whether a position is inside one of the comment's links: heuristics about prose skip what is.</summary>
public class CommentContextTests
{
    private const string TwoLinks = "See https://example.com/a1 and 42 more at https://example.org/b2 today";

    [Theory]
    [InlineData("https://example.com/a1", true)]
    [InlineData("a1 and", true)] // the link's last character
    [InlineData(" and 42", false)]
    [InlineData("42", false)]
    [InlineData("https://example.org/b2", true)]
    [InlineData("today", false)]
    [InlineData("See", false)]
    public void InLink_IsTrueOnlyInsideALink(string at, bool inside)
    {
        var comment = CommentHeuristicTests.Context(TwoLinks, post: null);

        Assert.Equal(inside, comment.InLink(TwoLinks.IndexOf(at, StringComparison.Ordinal)));
    }

    [Fact]
    public void InLink_WithThousandsOfLinks_FindsEachAndNothingBetween()
    {
        var text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"https://example.com/{i:0000} x "));
        var comment = CommentHeuristicTests.Context(text, post: null);

        Assert.Equal(2000, comment.Links.Count);
        Assert.All(comment.Links, link => Assert.True(comment.InLink(link.Span.Start) && comment.InLink(link.Span.End - 1)));
        Assert.All(comment.Links, link => Assert.False(comment.InLink(link.Span.End + 1))); // the "x" after each
        Assert.False(comment.InLink(-1));
        Assert.False(comment.InLink(text.Length));
    }
}
