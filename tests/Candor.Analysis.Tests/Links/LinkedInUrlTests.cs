using System.Globalization;
using Candor.Analysis.Links;

namespace Candor.Analysis.Tests.Links;

public class LinkedInUrlTests
{
    private const string PostId = "7243992047441870850";
    private const string CommentId = "7243995570656895552";
    private const string ReplyId = "7243995822315012873";
    private const string UgcPostId = "7244689377652617216";
    private const string UgcCommentId = "7244690132626837650";

    private static readonly DateTimeOffset PostTime = Utc("2024-09-23T14:38:10.974Z");
    private static readonly DateTimeOffset CommentTime = Utc("2024-09-23T14:52:10.974Z");

    [Theory]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/")]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:share:7243992047441870850")]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:ugcPost:7243992047441870850/?utm_source=share&utm_medium=member_desktop")]
    [InlineData("https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7243992047441870850/")]
    [InlineData("https://www.linkedin.com/embed/feed/update/urn:li:share:7243992047441870850")]
    [InlineData("https://www.linkedin.com/posts/jane-doe_hiring-ai-activity-7243992047441870850-AbCd/?utm_source=share&utm_medium=member_ios")]
    [InlineData("https://www.linkedin.com/posts/jane-doe_hiring-ai-share-7243992047441870850-x_Yz")]
    [InlineData("https://www.linkedin.com/posts/jane-doe_hiring-ai-ugcPost-7243992047441870850--bCZ")]
    [InlineData("https://m.linkedin.com/feed/update/urn:li:activity:7243992047441870850/")]
    [InlineData("https://de.linkedin.com/posts/jane-doe_hiring-activity-7243992047441870850-AbCd")]
    [InlineData("linkedin.com/feed/update/urn:li:activity:7243992047441870850")]
    [InlineData("www.linkedin.com/posts/jane-doe_hiring-activity-7243992047441870850-AbCd?trk=public_post")]
    [InlineData("HTTPS://WWW.LINKEDIN.COM/feed/update/urn:li:activity:7243992047441870850/")]
    public void Analyze_EveryPostShape_FindsActivityIdAndPostTime(string url)
    {
        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.LinkedinPost, report.Kind);
        Assert.Equal(PostId, report.ActivityId);
        Assert.Equal(PostTime, report.PostedAt);
        Assert.Null(report.CommentId);
        Assert.Null(report.CommentedAt);
        Assert.Null(report.CommentDelay);
        Assert.Equal(LinkRisk.None, report.Risk);
        Assert.Empty(report.Reasons);
    }

    [Fact]
    public void Analyze_UgcPostPermalink_DecodesItsDate()
    {
        var report = LinkAnalyzer.Analyze($"https://www.linkedin.com/posts/acme_launch-ugcPost-{UgcPostId}-Qx9L/");

        Assert.Equal(UgcPostId, report.ActivityId);
        Assert.Equal(Utc("2024-09-25T12:49:07.452Z"), report.PostedAt);
    }

    [Fact]
    public void Analyze_CommentUrlWithEncodedUrn_DecodesPostAndCommentTimes()
    {
        var url = $"https://www.linkedin.com/feed/update/urn:li:activity:{PostId}/"
            + $"?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A{PostId}%2C{CommentId}%29"
            + $"&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%28{CommentId}%2Curn%3Ali%3Aactivity%3A{PostId}%29";

        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.LinkedinComment, report.Kind);
        Assert.Equal(PostId, report.ActivityId);
        Assert.Equal(CommentId, report.CommentId);
        Assert.Equal(PostTime, report.PostedAt);
        Assert.Equal(CommentTime, report.CommentedAt);
        Assert.Equal(TimeSpan.FromMinutes(14), report.CommentDelay);
        Assert.Equal(LinkRisk.None, report.Risk);
    }

    [Fact]
    public void Analyze_CommentUrlOnPostPermalink_TakesPostIdFromPath()
    {
        var url = $"https://www.linkedin.com/posts/jane-doe_hiring-activity-{PostId}-AbCd"
            + $"?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A{PostId}%2C{CommentId}%29&utm_source=share";

        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.LinkedinComment, report.Kind);
        Assert.Equal((PostId, CommentId), (report.ActivityId, report.CommentId));
    }

    [Fact]
    public void Analyze_CommentUrlDoubleEncoded_StillDecodes()
    {
        var url = $"https://www.linkedin.com/feed/update/urn%253Ali%253Aactivity%253A{PostId}"
            + $"?commentUrn=urn%253Ali%253Acomment%253A%2528activity%253A{PostId}%252C{CommentId}%2529";

        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.LinkedinComment, report.Kind);
        Assert.Equal(PostId, report.ActivityId);
        Assert.Equal(CommentId, report.CommentId);
        Assert.Equal(TimeSpan.FromMinutes(14), report.CommentDelay);
    }

    [Fact]
    public void Analyze_CommentUrlWithOnlyDashCommentUrn_ReadsTheFsdForm()
    {
        var url = $"https://www.linkedin.com/feed/update/urn:li:activity:{PostId}"
            + $"?dashCommentUrn=urn%3Ali%3Afsd_comment%3A%28{CommentId}%2Curn%3Ali%3Aactivity%3A{PostId}%29";

        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal((LinkKind.LinkedinComment, PostId, CommentId), (report.Kind, report.ActivityId, report.CommentId));
    }

    [Fact]
    public void Analyze_UgcPostCommentUrl_DecodesBothIds()
    {
        var url = $"https://www.linkedin.com/feed/update/urn:li:ugcPost:{UgcPostId}"
            + $"?commentUrn=urn%3Ali%3Acomment%3A%28ugcPost%3A{UgcPostId}%2C{UgcCommentId}%29"
            + $"&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%28{UgcCommentId}%2Curn%3Ali%3AugcPost%3A{UgcPostId}%29";

        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.LinkedinComment, report.Kind);
        Assert.Equal((UgcPostId, UgcCommentId), (report.ActivityId, report.CommentId));
        Assert.Equal(TimeSpan.FromMinutes(3), report.CommentDelay);
    }

    [Fact]
    public void Analyze_CommentUrnWithoutPostInPath_TakesPostIdFromUrn()
    {
        var url = $"https://www.linkedin.com/feed/?commentUrn=urn:li:comment:(activity:{PostId},{CommentId})";

        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal((LinkKind.LinkedinComment, PostId, CommentId), (report.Kind, report.ActivityId, report.CommentId));
    }

    [Fact]
    public void Analyze_ReplyUrl_PointsAtTheReply()
    {
        var url = $"https://www.linkedin.com/feed/update/urn:li:activity:{PostId}"
            + $"?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A{PostId}%2C{CommentId}%29"
            + $"&replyUrn=urn%3Ali%3Acomment%3A%28activity%3A{PostId}%2C{ReplyId}%29";

        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(ReplyId, report.CommentId);
        Assert.Equal(TimeSpan.FromMinutes(15), report.CommentDelay);
    }

    [Theory]
    [InlineData("https://www.linkedin.com/pulse/why-pods-hurt-reach-jane-doe-abcde/")]
    [InlineData("https://www.linkedin.com/pulse/why-pods-hurt-reach-jane-doe/?trackingId=abc%3D%3D")]
    [InlineData("https://www.linkedin.com/pulse/20140612123456-12345678-my-first-article")]
    [InlineData("https://fr.linkedin.com/pulse/pourquoi-les-pods-jane-doe-1c2d3")]
    public void Analyze_Article_IsArticleWithoutIds(string url)
    {
        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.LinkedinArticle, report.Kind);
        Assert.Null(report.ActivityId);
        Assert.Null(report.PostedAt);
        Assert.Equal(LinkRisk.None, report.Risk);
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/jane-doe-1a2b3c/")]
    [InlineData("https://www.linkedin.com/in/jane-doe")]
    [InlineData("linkedin.com/in/jane-doe?trk=people-guest")]
    [InlineData("https://uk.linkedin.com/in/j%C3%B6rg-m%C3%BCller/")]
    [InlineData("https://www.linkedin.com/pub/jane-doe/12/345/678")]
    public void Analyze_Profile_IsProfile(string url)
    {
        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.LinkedinProfile, report.Kind);
        Assert.Null(report.ActivityId);
        Assert.Equal(LinkRisk.None, report.Risk);
    }

    [Theory]
    [InlineData("https://www.linkedin.com/company/acme/")]
    [InlineData("https://www.linkedin.com/feed/")]
    [InlineData("https://www.linkedin.com/in/")]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:activity:724399204744187085/")]
    public void Analyze_OtherLinkedInPage_IsOtherWithoutIds(string url)
    {
        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.Other, report.Kind);
        Assert.Null(report.ActivityId);
        Assert.Equal(LinkRisk.None, report.Risk);
    }

    [Fact]
    public void Analyze_LnkdInShortLink_IsOtherAndNotARisk()
    {
        var report = LinkAnalyzer.Analyze("https://lnkd.in/eXaMpl3");

        Assert.Equal(LinkKind.Other, report.Kind);
        Assert.Equal(LinkRisk.None, report.Risk);
        Assert.Empty(report.Reasons);
    }

    [Fact]
    public void Analyze_PostShapeOnAnotherSite_IsNotALinkedInPost()
    {
        var report = LinkAnalyzer.Analyze($"https://linkedin-posts.example/posts/jane_x-activity-{PostId}-AbCd");

        Assert.Equal(LinkKind.Other, report.Kind);
        Assert.Null(report.ActivityId);
        Assert.Null(report.PostedAt);
    }

    [Fact]
    public void Analyze_KeepsUrlAsFound()
    {
        const string url = "www.linkedin.com/in/jane-doe/";

        Assert.Equal(url, LinkAnalyzer.Analyze(url).Url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a link at all")]
    [InlineData("https://")]
    [InlineData("https://linkedin..com/feed/update/urn:li:activity:7243992047441870850")]
    [InlineData("ftp://www.linkedin.com/in/jane")]
    public void Analyze_Unreadable_IsOtherAndSuspiciousWithoutThrowing(string url)
    {
        var report = LinkAnalyzer.Analyze(url);

        Assert.Equal(LinkKind.Other, report.Kind);
        Assert.Null(report.ActivityId);
        Assert.Equal(LinkRisk.Suspicious, report.Risk);
        Assert.NotEmpty(report.Reasons);
    }

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
