using Candor.Analysis.Input;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Analysis.Tests.Quality;

namespace Candor.Analysis.Tests;

/// <summary>The engine end to end on the shared fixtures and on input it must refuse.</summary>
public sealed class CandorEngineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_OnlyContextLines_IsRefusedLikeCoach()
    {
        var check = CandorEngine.Check("To: Aisha Rahman, Head of Growth at Fourth Coffee\nAbout: spoke at SaaStr\n", new CheckOptions(Now));
        var coach = CandorEngine.Coach("To: Aisha Rahman, Head of Growth at Fourth Coffee\nAbout: spoke at SaaStr\n", Candor.Analysis.Outreach.CoachOptions.None);

        Assert.Null(check.Report);
        Assert.Equal(coach.Problem, check.Problem);
        Assert.Contains("only context lines", check.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Thread_JudgesEachLinkWithinItsOwnComment()
    {
        // The lure is in Bob's comment; Ana's shortened link is suspicious, not dangerous, in the report as in her comment.
        var report = CandorEngine.Check(
            "Ana Silva: Our notes on the migration are at https://bit.ly/3xYzAbc if useful.\n"
            + "Bob Jones: URGENT: verify your account password now or your profile will be suspended.", new CheckOptions(Now)).Report!;

        var link = Assert.Single(report.Links);
        Assert.Equal(Candor.Analysis.Links.LinkRisk.Suspicious, link.Risk);
        Assert.DoesNotContain(link.Reasons, r => r.Contains("verify your account", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("web-copy.thread.txt", ReportKind.Thread, Verdict.Organic, new[] { Verdict.Authentic, Verdict.Authentic, Verdict.LowEffort })]
    [InlineData("glued-time.thread.txt", ReportKind.Thread, Verdict.Organic, new[] { Verdict.Authentic, Verdict.LowEffort, Verdict.Authentic })]
    [InlineData("simple.thread.txt", ReportKind.Thread, Verdict.Mixed, new[] { Verdict.LowEffort, Verdict.LowEffort, Verdict.Authentic })]
    public void Check_SharedFixture_GivesExpectedVerdicts(string file, ReportKind kind, Verdict verdict, Verdict[] comments)
    {
        var report = Check(SharedData.Fixture(file));

        Assert.Equal(kind, report.Kind);
        Assert.Equal(verdict, report.Verdict);
        Assert.Equal(comments, report.Comments.Select(c => c.Verdict));
    }

    [Fact]
    public void Check_OutreachFixture_IsReadAsADraft()
    {
        var report = Check(SharedData.Fixture("outreach-with-context.txt"));

        Assert.Equal(ReportKind.Outreach, report.Kind);
        Assert.Contains(report.Issues, i => i.Id == "pushy_ask" && i.Evidence == "have 30 minutes");
    }

    [Fact]
    public void Check_SameInputTwice_GivesEqualReports()
    {
        var text = SharedData.Fixture("web-copy.thread.txt");

        var first = Check(text);
        var second = Check(text);

        Assert.Equal(first.Signals, second.Signals);
        Assert.Equal(first.Comments.Select(c => (c.Verdict, c.Score, c.Text)), second.Comments.Select(c => (c.Verdict, c.Score, c.Text)));
    }

    [Fact]
    public void Check_EveryFindingQuotesTheText()
    {
        var text = SharedData.Fixture("web-copy.thread.txt");

        foreach (var comment in Check(text).Comments)
        {
            Assert.All(comment.Signals, s => Assert.Contains(s.Evidence, comment.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Check_CommentLink_ReportsPostTimeAndDelay()
    {
        var report = Check("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7243992047441870850%2C7243992900000000000%29");

        Assert.Equal(ReportKind.Link, report.Kind);
        Assert.Equal(Verdict.None, report.Verdict);
        Assert.Contains(report.Signals, s => s.Id == "post_time");
        Assert.Contains(report.Signals, s => s.Id == "comment_delay" && s.Explanation.Contains("3 minutes after the post", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LookalikeLoginLink_IsDangerous()
    {
        var report = Check("Please verify your account here: https://linkedln-security.com/login");

        Assert.Equal(ReportKind.Link, report.Kind);
        Assert.Equal(Verdict.Dangerous, report.Verdict);
        Assert.NotEmpty(report.Links[0].Reasons);
    }

    [Fact]
    public void Check_ReceivedScamShapedLikeAMessage_IsJudgedAsAComment()
    {
        var report = Check("Hi, I came across your profile and I'm impressed. I have sent you a message with a proposal, kindly check your inbox and respond.");

        Assert.Equal(ReportKind.Comment, report.Kind);
        Assert.Equal(Verdict.Spam, report.Verdict);
        Assert.Equal("input_kind", report.Signals[0].Id);
    }

    [Fact]
    public void Check_ReceivedScamWithAFigure_QuotesTheLureNotTheFigure()
    {
        // specific_detail ("3 years") runs before the lure heuristics; the note must quote what made it spam.
        var report = Check("Hi Maria,\n\nI noticed your profile. After 3 years as an investment manager I help people like you. "
            + "Text me on WhatsApp +44 7700 900123 and I will explain.\n\nBest,\nJon");

        Assert.Equal(Verdict.Spam, report.Verdict);
        Assert.Equal("input_kind", report.Signals[0].Id);
        Assert.DoesNotContain("3 years", report.Signals[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnicodeLineSeparators_SplitLinesLikeLineBreaks()
    {
        var report = Check("Alex Kim: Love this!\u2028Sam Lee: We saw the same drop in 2023, did you split by seat count?");

        Assert.Equal(ReportKind.Thread, report.Kind);
        Assert.Equal(2, report.Comments.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u200B\u200B  \n")]
    [InlineData("Like\nReply\n5 Reactions")]
    public void Check_NothingToJudge_ExplainsWhatToPaste(string input)
    {
        var result = CandorEngine.Check(input, new CheckOptions(Now));

        Assert.Null(result.Report);
        Assert.NotNull(result.Problem);
        Assert.Contains("Paste", result.Problem.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PostWithoutComments_AsksForTheComments()
    {
        var result = CandorEngine.Check("""
            Tom Hughes
            VP Customer Success | Proseware
            1d
            We rebuilt renewal scoring around product usage and cut churn surprises in half over two quarters.
            42 comments
            Like
            Comment
            Repost
            """, new CheckOptions(Now));

        Assert.Null(result.Report);
        Assert.Contains("no comments", result.Problem?.Message, StringComparison.Ordinal);
        Assert.Contains("Load more comments", result.Problem?.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OverTheLimit_IsRefused()
    {
        var result = CandorEngine.Check(new string('x', CandorEngine.MaxInputChars + 1), new CheckOptions(Now));

        Assert.Contains("too long", result.Problem?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "")]
    [InlineData("check", "How should I reply to this?\n")]
    [InlineData("coach", "")]
    public void AMessageLongerThanAnyLinkedInMessage_IsRefusedNotCoached(string command, string request)
    {
        // Thousands of copies of one message: under the paste limit, but no single message is this long, and
        // coaching it took seconds.
        const string Message = "Hi Aisha, I came across your profile and would love to connect. Do you have 15 minutes this week for a quick demo?\n";
        var repeated = request + string.Concat(Enumerable.Repeat(Message, (CandorEngine.MaxMessageChars / Message.Length) + 1));
        var justUnder = repeated[..(CandorEngine.MaxMessageChars - 200)];

        var refused = command == "coach" ? CandorEngine.Coach(repeated, new CoachOptions()) : CandorEngine.Check(repeated, new CheckOptions(Now));
        var read = command == "coach" ? CandorEngine.Coach(justUnder, new CoachOptions()) : CandorEngine.Check(justUnder, new CheckOptions(Now));

        Assert.Null(refused.Report);
        Assert.StartsWith("That is too long for one message", refused.Problem?.Message, StringComparison.Ordinal);
        Assert.Equal("Paste one message at a time.", refused.Problem?.Suggestion);
        Assert.NotNull(read.Report);
    }

    [Fact]
    public void Check_BinaryText_IsRefused()
    {
        var result = CandorEngine.Check("PK\u0003\u0004\0\0binary", new CheckOptions(Now));

        Assert.Contains("binary", result.Problem?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How should I reply to this?\nHi Sam, I read your post on pricing. We tried annual-only plans in 2023 and churn fell 12%. Would you test monthly too?")]
    [InlineData("Reply to: Hi Sam, I read your post on pricing. We tried annual-only plans in 2023 and churn fell 12%. Would you test monthly too?")]
    [InlineData("what should I say to this message\n\nHi Sam, I read your post on pricing. We tried annual-only plans in 2023 and churn fell 12%. Would you test monthly too?")]
    public void Check_MessageUnderAHowToReplyQuestion_IsAnsweredNotCoached(string paste)
    {
        var report = Check(paste);

        Assert.Equal(ReportKind.Comment, report.Kind);
        Assert.Equal(InputClassifier.InputKindId, report.Signals[0].Id);
        Assert.Contains("churn fell 12%", report.Reply!.Text, StringComparison.Ordinal);
        Assert.Contains('?', report.Reply.Text!);
    }

    [Fact]
    public void Check_ScamUnderAHowToReplyQuestion_GetsAdviceNotAReply()
    {
        var report = Check("How do I respond to this?\nCongrats, you won a gift card! Claim it now at http://bit.ly/claim-prize-now and confirm your bank details.");

        Assert.Equal(Verdict.Spam, report.Verdict);
        Assert.Null(report.Reply!.Text);
    }

    [Fact]
    public void Check_HowToReplyQuestionAlone_IsNotTreatedAsARequest() =>
        Assert.DoesNotContain(Check("How should I reply to this?").Signals, s => s.Explanation.Contains("you asked how to answer", StringComparison.Ordinal));

    private static Report Check(string text) =>
        CandorEngine.Check(text, new CheckOptions(Now)).Report ?? throw new InvalidOperationException("no report");
}
