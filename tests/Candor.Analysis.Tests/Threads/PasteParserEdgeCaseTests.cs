using Candor.Analysis.Text;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Threads;

/// <summary>Pastes where comment text looks like page chrome, or chrome sits where the parser did not expect it.</summary>
public sealed class PasteParserEdgeCaseTests
{
    [Fact]
    public void Parse_CommentStartingWithCommentCount_StaysAComment()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            3 comments in and nobody has mentioned pricing yet.
            Like
            Reply
            Mia Chen
             • 2nd
            Recruiter at Woodgrove Bank
            18h
            Pricing was the first thing our buyers asked about.
            """);

        Assert.Null(paste.Post);
        Assert.Equal(["Ben Carter", "Mia Chen"], paste.Comments.Select(c => c.Author));
        Assert.Equal("3 comments in and nobody has mentioned pricing yet.", paste.Comments[0].Text);
    }

    [Fact]
    public void Parse_SentenceEndingAndOthers_StaysCommentText()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Great breakdown, tagging my team here.
            Sharing this with Priya and 2 others
            Like
            Reply
            """);

        Assert.Null(paste.Post);
        Assert.Equal("Great breakdown, tagging my team here.\nSharing this with Priya and 2 others", Assert.Single(paste.Comments).Text);
    }

    [Fact]
    public void Parse_ReactorsLineUnderPost_IsPostChrome()
    {
        var paste = PasteParser.Parse("""
            Tom Hughes
            VP Customer Success | Proseware
            1d
            We rebuilt renewal scoring around product usage and cut churn surprises in half over two quarters.
            Rachel Adams and 127 others
            42 comments
            Like
            Comment
            Repost
            Send
            Nina Petrova
             • 3rd+
            Keynote Speaker
            1h
            Great insights, Tom!
            """);

        Assert.Equal("Tom Hughes", paste.Post?.Author);
        Assert.Equal("Nina Petrova", Assert.Single(paste.Comments).Author);
    }

    [Fact]
    public void Parse_WebCopyLineThatLooksGlued_StaysInTheBody()
    {
        var paste = PasteParser.Parse("""
            Jonas Weber
             • 2nd
            Leiter Vertrieb bei Adatum
            3 Std.
            Bei uns reicht ein kurzer Abgleich pro Woche.
            15 Min. Vorbereitung genügen völlig.
            Gefällt mir
            Antworten
            """);

        Assert.Equal("Bei uns reicht ein kurzer Abgleich pro Woche.\n15 Min. Vorbereitung genügen völlig.", Assert.Single(paste.Comments).Text);
    }

    [Fact]
    public void Parse_ListLabelsInSimpleForm_AreNotSpeakers()
    {
        var paste = PasteParser.Parse("""
            Alex Kim: We tried both approaches last year.
            Pros: faster onboarding for new reps
            Cons: more support tickets in month one
            Jordan Lee: Same trade-off for us.
            """);

        Assert.Equal(["Alex Kim", "Jordan Lee"], paste.Comments.Select(c => c.Author));
        Assert.Contains("Cons: more support tickets", paste.Comments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostLabelInSimpleForm_BecomesThePost()
    {
        var paste = PasteParser.Parse("""
            Post: We cut our sales cycle from 90 to 45 days by involving legal early.
            Alex Kim: Love this!
            Jordan Lee: Agree 100%.
            """);

        Assert.Equal("We cut our sales cycle from 90 to 45 days by involving legal early.", paste.Post?.Text);
        Assert.Equal(["Alex Kim", "Jordan Lee"], paste.Comments.Select(c => c.Author));
    }

    [Fact]
    public void Parse_FollowButtonBetweenHeadlineAndTime_KeepsAuthorAndHeadline()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            + Follow
            20h
            Did procurement push back on the early legal review?
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Ben Carter", comment.Author);
        Assert.Equal("Sales Engineer at Relecloud", comment.Headline);
        Assert.Equal("2nd", comment.Degree);
    }

    [Theory]
    [InlineData("我们用AI做招聘")]
    [InlineData("用Python写脚本")]
    [InlineData("周3")]
    [InlineData("well--known")]
    [InlineData("rock-'n'-roll")]
    public void Count_MixedScriptsAndJoiners_AgreesWithOf(string text) =>
        Assert.Equal(Words.Of(text).Count, Words.Count(text));
}
