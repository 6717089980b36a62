using System.Text;
using Candor.Analysis.Links;

namespace Candor.Analysis.Tests.Links;

public class LinkExtractorTests
{
    [Fact]
    public void Extract_LinkInSentence_ReturnsUrlAndSpanIntoText()
    {
        const string text = "Look at https://www.linkedin.com/in/jane-doe/ before the call";

        var link = Assert.Single(LinkExtractor.Extract(text));

        Assert.Equal("https://www.linkedin.com/in/jane-doe/", link.Url);
        Assert.Equal(8, link.Span.Start);
        Assert.Equal(link.Url, link.Span.Of(text));
    }

    [Theory]
    [InlineData("See https://example.com/a.", "https://example.com/a")]
    [InlineData("See https://example.com/a, then", "https://example.com/a")]
    [InlineData("Really?! https://example.com/a!?", "https://example.com/a")]
    [InlineData("Is it https://example.com/a?", "https://example.com/a")]
    [InlineData("Done: https://example.com/a...", "https://example.com/a")]
    [InlineData("She said \"https://example.com/a\".", "https://example.com/a")]
    [InlineData("She said 'https://example.com/a'", "https://example.com/a")]
    [InlineData("She said “https://example.com/a”", "https://example.com/a")]
    [InlineData("*https://example.com/a*", "https://example.com/a")]
    [InlineData("https://example.com/a;", "https://example.com/a")]
    public void Extract_TrailingPunctuation_IsTrimmed(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(LinkExtractor.Extract(text)).Url);
    }

    [Theory]
    [InlineData("(see https://example.com/a)", "https://example.com/a")]
    [InlineData("(see https://example.com/a).", "https://example.com/a")]
    [InlineData("[link](https://example.com/a)", "https://example.com/a")]
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("https://example.com/a?q=[1]", "https://example.com/a?q=[1]")]
    [InlineData("{https://example.com/a}", "https://example.com/a")]
    public void Extract_Brackets_KeptOnlyWhenBalanced(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(LinkExtractor.Extract(text)).Url);
    }

    [Fact]
    public void Extract_CommentUrlWithEncodedUrn_KeepsWholeQuery()
    {
        const string url = "https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/"
            + "?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7243992047441870850%2C7243995570656895552%29";

        Assert.Equal(url, Assert.Single(LinkExtractor.Extract($"Is this real? {url}")).Url);
    }

    [Fact]
    public void Extract_CommentUrnWithLiteralParentheses_KeepsBalancedParenthesis()
    {
        const string url = "https://www.linkedin.com/feed/?commentUrn=urn:li:comment:(activity:7243992047441870850,7243995570656895552)";

        Assert.Equal(url, Assert.Single(LinkExtractor.Extract($"({url})")).Url);
    }

    [Fact]
    public void Extract_SlackWrappedLinkWithLabel_YieldsUrlOnly()
    {
        const string text = "check <https://www.linkedin.com/in/jane-doe|linkedin.com/in/jane-doe> please";

        var link = Assert.Single(LinkExtractor.Extract(text));

        Assert.Equal("https://www.linkedin.com/in/jane-doe", link.Url);
        Assert.Equal(7, link.Span.Start);
    }

    [Fact]
    public void Extract_SlackWrappedLinkWithoutLabel_YieldsUrl()
    {
        Assert.Equal("https://bit.ly/3xYz", Assert.Single(LinkExtractor.Extract("<https://bit.ly/3xYz>")).Url);
    }

    [Fact]
    public void Extract_SeveralSlackLinks_FindsEach()
    {
        var links = LinkExtractor.Extract("<https://a.example/x|a> and <https://b.example/y|b.example/y>");

        Assert.Equal(["https://a.example/x", "https://b.example/y"], links.Select(link => link.Url));
    }

    [Theory]
    [InlineData("www.example.org/page", "www.example.org/page")]
    [InlineData("Go to www.example.org.", "www.example.org")]
    [InlineData("bit.ly/abc123", "bit.ly/abc123")]
    [InlineData("short: lnkd.in/gXyZ12, thanks", "lnkd.in/gXyZ12")]
    [InlineData("linkedin.com/posts/jane_x-activity-7243992047441870850-AbCd", "linkedin.com/posts/jane_x-activity-7243992047441870850-AbCd")]
    [InlineData("Visit acme.com!", "acme.com")]
    [InlineData("Visit LinkedIn.com today", "LinkedIn.com")]
    [InlineData("docs at foo.internal/setup", "foo.internal/setup")]
    [InlineData("evil.xyz is new", "evil.xyz")]
    [InlineData("port: example.com:8443/admin", "example.com:8443/admin")]
    [InlineData("(acme.io)", "acme.io")]
    public void Extract_LinkWithoutScheme_IsFound(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(LinkExtractor.Extract(text)).Url);
    }

    [Theory]
    [InlineData("Mail jane.doe@acme.com today")]
    [InlineData("Mail jane@acme.com.")]
    [InlineData("Write to max.de.vries@acme.nl or first.middle.last@acme.io")]
    [InlineData("<mailto:jane@acme.com|jane@acme.com>")]
    [InlineData("Nothing to see here.")]
    [InlineData("e.g. this, i.e. that")]
    [InlineData("Built on ASP.NET and Node.js with Program.cs")]
    [InlineData("Open report.zip and clip.mov")]
    [InlineData("Version 2.0.1 ships at 3.30pm")]
    [InlineData("Sentence one.Sentence two")]
    [InlineData("https:// nothing")]
    [InlineData("")]
    public void Extract_TextWithoutLinks_FindsNothing(string text)
    {
        Assert.Empty(LinkExtractor.Extract(text));
    }

    [Fact]
    public void Extract_UnclosedSlackMarkup_StillFindsLaterLinks()
    {
        var links = LinkExtractor.Extract("<https://a.example/x|broken label\nthen https://b.example/y");

        Assert.Equal(["https://a.example/x", "https://b.example/y"], links.Select(link => link.Url));
    }

    [Fact]
    public void Extract_ManyUnclosedSlackLinksOnOneLine_FindsEach()
    {
        var text = string.Concat(Enumerable.Repeat("<https://a.example/x|label ", 10_000));

        Assert.Equal(10_000, LinkExtractor.Extract(text).Count(link => link.Url == "https://a.example/x"));
    }

    [Fact]
    public void Extract_UserinfoTrick_IsOneLink()
    {
        Assert.Equal("https://linkedin.com@evil.io/login", Assert.Single(LinkExtractor.Extract("https://linkedin.com@evil.io/login")).Url);
    }

    [Fact]
    public void Extract_UnicodeHost_IsFound()
    {
        Assert.Equal("https://lіnkedin.com/login", Assert.Single(LinkExtractor.Extract("Sign in: https://lіnkedin.com/login")).Url);
    }

    [Fact]
    public void Extract_LinksInMultilinePaste_FindsEachInOrder()
    {
        const string text = "Jane Doe • 2nd\nGreat post! https://bit.ly/abc\n\nJohn • 3rd+\nSee www.acme.com/about and https://github.com/acme.";

        var links = LinkExtractor.Extract(text);

        Assert.Equal(["https://bit.ly/abc", "www.acme.com/about", "https://github.com/acme"], links.Select(link => link.Url));
        Assert.All(links, link => Assert.Equal(link.Url, link.Span.Of(text)));
    }

    [Fact]
    public void Extract_UpperCaseScheme_IsFound()
    {
        Assert.Equal("HTTPS://EXAMPLE.COM/A", Assert.Single(LinkExtractor.Extract("HTTPS://EXAMPLE.COM/A")).Url);
    }

    [Fact]
    public void Extract_200KilobytesOfText_FindsEveryLink()
    {
        var text = new StringBuilder();
        var expected = 0;
        while (text.Length < 200_000)
        {
            text.Append("Great insight, thanks for sharing! Mail me at jane.doe@acme.com or see ");
            text.Append("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/. ");
            expected++;
        }

        var links = LinkExtractor.Extract(text.ToString());

        Assert.Equal(expected, links.Count);
        Assert.All(links, link => Assert.EndsWith("7243992047441870850/", link.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData('a', "")]
    [InlineData('a', ".")]
    [InlineData('a', "-")]
    [InlineData(')', "")]
    [InlineData('.', "")]
    public void Extract_200KilobytesOfPathologicalText_FinishesWithoutThrowing(char filler, string separator)
    {
        var text = string.Join(separator, Enumerable.Repeat(filler.ToString(), 100_000));

        var links = LinkExtractor.Extract("https://x.example/" + text + " " + text);

        Assert.NotEmpty(links);
    }
}
