using Candor.Bot.LinkFetch;

namespace Candor.Bot.Tests.LinkFetch;

/// <summary>Reading a post, its author, time and comments from a public page's metadata, whatever the page holds.</summary>
public sealed class PostPageReaderTests
{
    [Fact]
    public void Read_JsonLdPosting_GivesPostAuthorTimeAndComments()
    {
        var post = PostPageReader.Read(PostPages.Page(PostPages.Posting("SocialMediaPosting", [("Dana Ortiz", PostPages.PostText)], PostPages.Comments())))!;

        Assert.Equal(PostPages.PostText, post.Text);
        Assert.Equal("Dana Ortiz", post.Author);
        Assert.Equal(new DateTimeOffset(2024, 9, 23, 14, 38, 10, TimeSpan.Zero), post.PublishedAt);
        Assert.Equal(["Priya Raman", "Tom Becker", "Lena Ortiz", "Sam Lee"], post.Comments.Select(c => c.Author));
        Assert.Equal(PostPages.RealComment, post.Comments[3].Text);
        Assert.Equal(new DateTimeOffset(2024, 9, 23, 16, 12, 0, TimeSpan.Zero), post.Comments[3].WrittenAt);
    }

    [Fact]
    public void Read_GraphWithTypeListAuthorListAndOneComment_IsRead()
    {
        const string Graph = """
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["DiscussionForumPosting"],"text":"Hiring in Lisbon.",
             "author":[{"name":"Dana Ortiz"}],"comment":{"text":"Is it remote?","author":"Sam Lee","datePublished":"2024-09-23T15:02:00+01:00"}}]}
            """;

        var post = PostPageReader.Read(PostPages.Page(Graph))!;

        Assert.Equal("Hiring in Lisbon.", post.Text);
        Assert.Equal("Dana Ortiz", post.Author);
        var comment = Assert.Single(post.Comments);
        Assert.Equal(("Sam Lee", "Is it remote?"), (comment.Author, comment.Text));
        Assert.Equal(new DateTimeOffset(2024, 9, 23, 14, 2, 0, TimeSpan.Zero), comment.WrittenAt);
    }

    [Theory]
    [InlineData("{\"@type\": \"SocialMediaPosting\", \"articleBody\": \"unterminated")]
    [InlineData("{\"@graph\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("<<not json>>")]
    [InlineData("{\"@type\": 7, \"comment\": \"text\", \"author\": {\"name\": 5}}")]
    [InlineData("{\"@type\": \"SocialMediaPosting\", \"comment\": [1, \"x\", {\"text\": 2}, {\"author\": \"only\"}]}")]
    public void Read_BrokenJsonLd_FallsBackToOpenGraph_NeverThrows(string jsonLd)
    {
        var post = PostPageReader.Read(PostPages.Page(jsonLd))!;

        Assert.Equal(PostPages.PostText, post.Text);
        Assert.Equal(new DateTimeOffset(2024, 9, 23, 14, 38, 10, TimeSpan.Zero), post.PublishedAt);
        Assert.Empty(post.Comments);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Sign Up | LinkedIn</title></head><body><form></form></body></html>")]
    [InlineData("")]
    [InlineData("<html><head><meta property=\"og:description\" content=\"   \"><script type=\"application/ld+json\">")]
    [InlineData("\0\0\0<<<>>>&&&;")]
    public void Read_PageWithoutAPost_IsNull(string html) => Assert.Null(PostPageReader.Read(html));

    [Fact]
    public void Read_ManyLongComments_AreCapped()
    {
        var comments = Enumerable.Range(0, 500).Select(i => ($"Person {i}", new string('a', 9000), "2024-09-23T15:00:00Z")).ToArray();

        var post = PostPageReader.Read(PostPages.Page(PostPages.Posting("SocialMediaPosting", [("Dana Ortiz", new string('b', 9000))], comments)))!;

        Assert.Equal(PostPageReader.MostComments, post.Comments.Count);
        Assert.All(post.Comments, c => Assert.Equal(PostPageReader.MostChars, c.Text.Length));
        Assert.Equal(PostPageReader.MostChars, post.Text.Length);
    }

    [Fact]
    public void Read_ScriptWithHtmlInside_IsTakenAsText()
    {
        // The JSON-LD is read as text: markup in a comment stays the comment's words and is never parsed as page structure.
        var page = PostPages.Page(PostPages.Posting("SocialMediaPosting", [("Dana Ortiz", "Post")], [("Sam Lee", "<b>bold</b> claim", "2024-09-23T15:00:00Z")]));

        Assert.Equal("<b>bold</b> claim", Assert.Single(PostPageReader.Read(page)!.Comments).Text);
    }
}
