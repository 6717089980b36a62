using Candor.Analysis.Authenticity;
using Candor.Analysis.Authenticity.Comments;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Tests.Authenticity;

/// <summary>
/// The verdict rules of <see cref="CommentJudge"/>: one strong or two distinct findings for a doubtful verdict,
/// promotion with no engagement is spam, genuine engagement can outweigh a stock phrase; and <see cref="Bands"/>.
/// </summary>
public class CommentJudgeTests
{
    // ---- spam ------------------------------------------------------------------------------------

    [Fact]
    public void Judge_OneStrongSpamFinding_IsSpam()
    {
        var (verdict, score) = CommentJudge.Judge([Spam("scam", strong: true, 60), Genuine("asks_question", 20)]);

        Assert.Equal(Verdict.Spam, verdict);
        Assert.InRange(score, 0, 24);
    }

    [Fact]
    public void Judge_TwoDistinctWeakSpamFindings_IsSpamEvenWithEngagement()
    {
        var (verdict, _) = CommentJudge.Judge([Genuine("asks_question", 20), Spam("call_to_action", false, 20), Spam("link_drop", false, 17)]);

        Assert.Equal(Verdict.Spam, verdict);
    }

    [Fact]
    public void Judge_WeakSpamWithNoEngagement_IsSpam()
    {
        var (verdict, _) = CommentJudge.Judge([Spam("call_to_action", false, 20), LowEffort("no_specifics", false, 15)]);

        Assert.Equal(Verdict.Spam, verdict);
    }

    [Fact]
    public void Judge_WeakSpamWithOnlyAFigure_IsSpamBecauseNumbersAreNotEngagement()
    {
        var (verdict, _) = CommentJudge.Judge([Genuine("specific_detail", 15), LowEffort("no_specifics", false, 15), Spam("self_promotion", false, 35)]);

        Assert.Equal(Verdict.Spam, verdict);
    }

    [Fact]
    public void Judge_WeakSpamWithAQuestion_IsNotSpam()
    {
        var (verdict, _) = CommentJudge.Judge([Genuine("asks_question", 20), Spam("call_to_action", false, 20), LowEffort("generic_praise", false, 20)]);

        Assert.Equal(Verdict.Authentic, verdict);
    }

    [Fact]
    public void Judge_SameWeakSpamHeuristicTwiceWithExperience_IsNotSpam()
    {
        var (verdict, _) = CommentJudge.Judge([Genuine("personal_experience", 20), Spam("call_to_action", false, 20), Spam("call_to_action", false, 20)]);

        Assert.NotEqual(Verdict.Spam, verdict);
    }

    // ---- automated -------------------------------------------------------------------------------

    [Fact]
    public void Judge_StrongAutomatedFinding_IsAutomated()
    {
        var (verdict, score) = CommentJudge.Judge([Finding("template_token", Leaning.Automated, strong: true, 60), Genuine("on_topic", 15)]);

        Assert.Equal(Verdict.Automated, verdict);
        Assert.InRange(score, 10, 34);
    }

    [Fact]
    public void Judge_StrongAutomatedWithWeakPlug_IsAutomatedNotSpam()
    {
        var (verdict, _) = CommentJudge.Judge([Finding("template_token", Leaning.Automated, strong: true, 60), Spam("call_to_action", false, 20)]);

        Assert.Equal(Verdict.Automated, verdict);
    }

    [Fact]
    public void Judge_WeakAutomatedFindingOnly_IsAuthentic()
    {
        var (verdict, _) = CommentJudge.Judge([Finding("burst", Leaning.Automated, strong: false, 10)]);

        Assert.Equal(Verdict.Authentic, verdict);
    }

    [Fact]
    public void Judge_StrongSpamAndStrongAutomated_SpamWins()
    {
        var (verdict, _) = CommentJudge.Judge([Finding("template_token", Leaning.Automated, strong: true, 60), Spam("scam", strong: true, 60)]);

        Assert.Equal(Verdict.Spam, verdict);
    }

    // ---- low_effort ------------------------------------------------------------------------------

    [Fact]
    public void Judge_OneStrongLowEffortFinding_IsLowEffort()
    {
        var (verdict, score) = CommentJudge.Judge([LowEffort("smart_reply", strong: true, 35)]);

        Assert.Equal(Verdict.LowEffort, verdict);
        Assert.InRange(score, 35, 59);
    }

    [Fact]
    public void Judge_TwoDistinctWeakLowEffortFindings_IsLowEffort()
    {
        var (verdict, _) = CommentJudge.Judge([LowEffort("generic_praise", false, 20), LowEffort("no_specifics", false, 15)]);

        Assert.Equal(Verdict.LowEffort, verdict);
    }

    [Fact]
    public void Judge_OneWeakLowEffortFinding_IsAuthentic()
    {
        var (verdict, score) = CommentJudge.Judge([LowEffort("generic_praise", false, 20)]);

        Assert.Equal(Verdict.Authentic, verdict);
        Assert.InRange(score, 60, 100);
    }

    [Fact]
    public void Judge_SameWeakLowEffortHeuristicTwice_IsAuthentic()
    {
        var (verdict, _) = CommentJudge.Judge([LowEffort("generic_praise", false, 20), LowEffort("generic_praise", false, 20)]);

        Assert.Equal(Verdict.Authentic, verdict);
    }

    [Fact]
    public void Judge_LowEffortOutweighedByGenuineEngagement_IsAuthentic()
    {
        var (verdict, _) = CommentJudge.Judge(
        [
            Genuine("specific_detail", 15), Genuine("personal_experience", 20), LowEffort("generic_praise", false, 20), LowEffort("no_specifics", false, 10),
        ]);

        Assert.Equal(Verdict.Authentic, verdict);
    }

    [Fact]
    public void Judge_StrongLowEffortEqualToGenuineWeight_IsAuthentic()
    {
        var (verdict, _) = CommentJudge.Judge([LowEffort("smart_reply", strong: true, 35), Genuine("asks_question", 20), Genuine("specific_detail", 15)]);

        Assert.Equal(Verdict.Authentic, verdict);
    }

    // ---- authentic and score ---------------------------------------------------------------------

    [Fact]
    public void Judge_NoFindings_IsAuthenticAtNeutralScore()
    {
        var (verdict, score) = CommentJudge.Judge([]);

        Assert.Equal(Verdict.Authentic, verdict);
        Assert.Equal(75, score);
    }

    [Fact]
    public void Judge_GenuineFindings_RaiseScoreUpToHundred()
    {
        var (verdict, score) = CommentJudge.Judge([Genuine("specific_detail", 15), Genuine("personal_experience", 20)]);

        Assert.Equal(Verdict.Authentic, verdict);
        Assert.Equal(100, score);
    }

    [Fact]
    public void Judge_WeakDoubtOnAuthenticComment_ScoreStaysInAuthenticBand()
    {
        var (verdict, score) = CommentJudge.Judge([LowEffort("generic_praise", false, 20), LowEffort("generic_praise", false, 10)]);

        Assert.Equal(Verdict.Authentic, verdict);
        Assert.Equal(60, score);
    }

    // ---- end to end on real comments -------------------------------------------------------------

    [Theory]
    [InlineData("Great post — we tried the same rollout at Zalando and it took 3 sprints.", Verdict.Authentic)]
    [InlineData("Great post!", Verdict.LowEffort)]
    [InlineData("🔥🔥🔥", Verdict.LowEffort)]
    [InlineData("Hi [Name], loved your post about hiring.", Verdict.Automated)]
    [InlineData("Check your inbox, I sent you a proposal.", Verdict.Spam)]
    [InlineData("Guaranteed returns every month with our crypto trading platform.", Verdict.Spam)]
    [InlineData("Have you seen how Shopify handles this? https://shopify.engineering/resiliency-planning", Verdict.Authentic)]
    [InlineData("Careful, this account asks people to message them on WhatsApp. It is a scam.", Verdict.Authentic)]
    public void Judge_RealComment_GetsExpectedVerdict(string text, Verdict expected)
    {
        var (verdict, _) = CommentJudge.Judge(CommentHeuristics.Inspect(CommentHeuristicTests.Context(text, null)));

        Assert.Equal(expected, verdict);
    }

    // ---- Bands.Clamp -----------------------------------------------------------------------------

    [Theory]
    [InlineData(Verdict.Authentic, 40, 60)]
    [InlineData(Verdict.Authentic, 130, 100)]
    [InlineData(Verdict.Organic, 75, 75)]
    [InlineData(Verdict.Strong, 10, 60)]
    [InlineData(Verdict.None, -5, 60)]
    [InlineData(Verdict.LowEffort, 90, 59)]
    [InlineData(Verdict.LowEffort, 10, 35)]
    [InlineData(Verdict.Mixed, 45, 45)]
    [InlineData(Verdict.Fair, 70, 59)]
    [InlineData(Verdict.Automated, 60, 34)]
    [InlineData(Verdict.Suspicious, 0, 10)]
    [InlineData(Verdict.Weak, 20, 20)]
    [InlineData(Verdict.Spam, 80, 24)]
    [InlineData(Verdict.Spam, -40, 0)]
    [InlineData(Verdict.Dangerous, 50, 24)]
    public void Clamp_RawScore_LandsInVerdictBand(Verdict verdict, int raw, int expected) =>
        Assert.Equal(expected, Bands.Clamp(verdict, raw));

    [Fact]
    public void Judge_TwoHeuristicsQuotingTheSamePhrase_AreOneFindingNotTwo()
    {
        Finding[] findings =
        [
            new("engagement_bait", Leaning.Spam, false, 30, "add me", "Fishes for follows."),
            new("call_to_action", Leaning.Spam, false, 20, "add me", "Tells readers to act."),
            Genuine("personal_experience", 20),
        ];

        Assert.Equal(Verdict.Authentic, CommentJudge.Judge(findings).Verdict);
    }

    [Fact]
    public void Engine_ExperienceEndingInAddMe_StaysAuthentic()
    {
        var result = CandorEngine.Check("We tried this at my last company and churn fell a lot, add me", new CheckOptions(DateTimeOffset.UnixEpoch));

        Assert.NotEqual(Verdict.Spam, result.Report!.Verdict);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Finding Finding(string id, Leaning leaning, bool strong, int weight) =>
        new(id, leaning, strong, weight, $"evidence for {id}", $"Explanation for {id}.");

    private static Finding Spam(string id, bool strong, int weight) => Finding(id, Leaning.Spam, strong, weight);

    private static Finding LowEffort(string id, bool strong, int weight) => Finding(id, Leaning.LowEffort, strong, weight);

    private static Finding Genuine(string id, int weight) => Finding(id, Leaning.Genuine, strong: false, weight);
}
