using Candor.Analysis.Authenticity;
using Candor.Analysis.Reports;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Authenticity;

/// <summary>
/// Cross-comment heuristics (near_duplicate, burst, answers_commenter) and thread heuristics, each shown
/// firing on a hand-built thread and staying quiet on a near-miss, judged end to end by <see cref="ThreadJudge"/>.
/// </summary>
public class ThreadHeuristicTests
{
    private const string OnboardingPost =
        "After two years of remote onboarding we finally wrote down what works: a buddy for the first month, a written 30-day plan, and weekly check-ins with the manager.";

    private const string BrandReminder =
        "Such a valuable reminder that consistency beats intensity when building a personal brand on LinkedIn.";

    // ---- near_duplicate --------------------------------------------------------------------------

    [Fact]
    public void Judge_SameSentenceFromTwoAccounts_FiresNearDuplicateOnBoth()
    {
        var judged = Judge(
            Hours("Nadia Rahman", BrandReminder, 2),
            Hours("Chris Doyle", "Such a valuable reminder that consistency beats intensity when building your personal brand on LinkedIn!", 5),
            Hours("Ines Duarte", "We tried posting daily for a month in 2023 and our reach did not change at all.", 24));

        AssertSignal(judged, 0, "near_duplicate");
        AssertSignal(judged, 1, "near_duplicate");
        AssertNoSignal(judged, 2, "near_duplicate");
    }

    [Fact]
    public void Judge_SameWordsReordered_FiresNearDuplicate()
    {
        var judged = Judge(
            Hours("Nadia Rahman", "Pricing experiments need a control group, a fixed window and one clear metric.", 2),
            Hours("Chris Doyle", "One clear metric, a fixed window and a control group: that is what pricing experiments need.", 5),
            Hours("Ines Duarte", "How long did you run the test before calling it?", 24));

        AssertSignal(judged, 0, "near_duplicate");
        AssertSignal(judged, 1, "near_duplicate");
    }

    [Fact]
    public void Judge_SpanishCopyPasteWithEmoji_FiresNearDuplicate()
    {
        var judged = Judge(
            Hours("Lucía Gómez", "Excelente reflexión sobre liderazgo, la empatía es la clave de todo equipo que funciona de verdad.", 3),
            Hours("Jorge Ruiz", "Excelente reflexión sobre liderazgo: la empatía es la clave de todo equipo que funciona de verdad 👏", 3),
            Hours("Ana Torres", "¿Cómo lo aplicáis en equipos remotos?", 24));

        AssertSignal(judged, 0, "near_duplicate");
        AssertSignal(judged, 1, "near_duplicate");
    }

    [Fact]
    public void Judge_SameAuthorRepeatsItself_NearDuplicateStaysQuiet()
    {
        var judged = Judge(
            Hours("Nadia Rahman", BrandReminder, 2),
            Hours("Nadia Rahman", BrandReminder, 1),
            Hours("Ines Duarte", "We tried posting daily for a month in 2023 and our reach did not change at all.", 24));

        Assert.All(judged.Comments, c => Assert.DoesNotContain(c.Signals, s => s.Id == "near_duplicate"));
    }

    [Fact]
    public void Judge_ShortStockRepliesRepeated_NearDuplicateStaysQuiet()
    {
        var judged = Judge(Hours("Amir Khan", "Great post!", 2), Hours("Beth Ng", "Great post!", 3), Hours("Carl Moss", "Great post!", 4));

        Assert.All(judged.Comments, c => Assert.DoesNotContain(c.Signals, s => s.Id == "near_duplicate"));
    }

    [Fact]
    public void Judge_SameSubjectDifferentWords_NearDuplicateStaysQuiet()
    {
        var judged = Judge(
            Hours("Nadia Rahman", "We moved billing to usage-based pricing and churn went up for small accounts.", 2),
            Hours("Chris Doyle", "Usage-based pricing worked for us only after we added a monthly spending cap.", 5));

        Assert.All(judged.Comments, c => Assert.DoesNotContain(c.Signals, s => s.Id == "near_duplicate"));
    }

    // ---- coordinated_duplicates ------------------------------------------------------------------

    [Fact]
    public void Judge_TwoAccountsPostingTheSameComment_FiresCoordinatedDuplicates()
    {
        var judged = Judge(
            Hours("Nadia Rahman", BrandReminder, 2),
            Hours("Chris Doyle", "Such a valuable reminder that consistency beats intensity when building your personal brand on LinkedIn!", 5),
            Hours("Ines Duarte", "We tried posting daily for a month in 2023 and our reach did not change at all.", 24));

        var finding = AssertFinding(judged, "coordinated_duplicates");
        Assert.True(finding.Strong);
        Assert.Equal(BrandReminder, finding.Evidence);
        Assert.NotEqual(Verdict.Organic, judged.Verdict);
    }

    [Fact]
    public void Judge_DuplicateOnlyFromOneAuthor_CoordinatedDuplicatesStaysQuiet()
    {
        var judged = Judge(
            Hours("Nadia Rahman", BrandReminder, 2),
            Hours("Nadia Rahman", BrandReminder, 1),
            Hours("Ines Duarte", "We tried posting daily for a month in 2023 and our reach did not change at all.", 24));

        AssertNoFinding(judged, "coordinated_duplicates");
    }

    // ---- burst -----------------------------------------------------------------------------------

    [Fact]
    public void Judge_ThreeCommentsWithinFiveMinutes_FiresBurstOnEach()
    {
        var judged = Judge(
            Minutes("Kai Brenner", "Great insights! Thanks for sharing 🙌", 4),
            Minutes("Jenna Holt", "So true, love this!", 2),
            Minutes("Raj Patel", "Powerful message, keep it up!", 1));

        for (var i = 0; i < 3; i++)
        {
            AssertSignal(judged, i, "burst");
        }

        Assert.Equal("4m", judged.Comments[0].Signals.Single(s => s.Id == "burst").Evidence);
    }

    [Fact]
    public void Judge_TwoSeparateClumps_CountOnlyTheCommentsInTheSameFiveMinutes()
    {
        // 1-2-3 and 8-9-10 minutes are two clumps; the 3-minute comment is not "one of 4" because 8 is 5 away.
        var judged = Judge(
            Minutes("Kai Brenner", "Great insights! Thanks for sharing 🙌", 10),
            Minutes("Jenna Holt", "So true, love this!", 9),
            Minutes("Raj Patel", "Powerful message, keep it up!", 8),
            Minutes("Lena Ortiz", "Amazing post!", 3),
            Minutes("Omar Said", "Love this, so inspiring!", 2),
            Minutes("Ivy Chen", "Well said!", 1));

        Assert.StartsWith("One of 3 comments", AssertSignal(judged, 3, "burst").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_CommentRightAfterPostWentLive_FiresBurst()
    {
        var post = new ParsedPost("Maya Cohen", "Head of Talent", new RelativeAge(10, AgeUnit.Minute), OnboardingPost);
        var judged = ThreadJudge.Judge(
            new ParsedPaste(PasteShape.WebCopy, post, [Minutes("Kai Brenner", "Great insights! Thanks for sharing 🙌", 8)]), null);

        var burst = AssertSignal(judged, 0, "burst");
        Assert.Equal("8m", burst.Evidence);
        Assert.Contains("of the post", burst.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_SameHourAges_BurstStaysQuiet()
    {
        var judged = Judge(
            Hours("Kai Brenner", "Great insights! Thanks for sharing 🙌", 1),
            Hours("Jenna Holt", "So true, love this!", 1),
            Hours("Raj Patel", "Powerful message, keep it up!", 1));

        Assert.All(judged.Comments, c => Assert.DoesNotContain(c.Signals, s => s.Id == "burst"));
    }

    [Fact]
    public void Judge_MinuteAgesSpreadOut_BurstStaysQuiet()
    {
        var judged = Judge(
            Minutes("Kai Brenner", "Great insights! Thanks for sharing 🙌", 3),
            Minutes("Jenna Holt", "So true, love this!", 25),
            Minutes("Raj Patel", "Powerful message, keep it up!", 50),
            Minutes("Mia Lopez", "Couldn't agree more 👏", 56));

        Assert.All(judged.Comments, c => Assert.DoesNotContain(c.Signals, s => s.Id == "burst"));
    }

    // ---- answers_commenter -----------------------------------------------------------------------

    [Fact]
    public void Judge_ReplyAddressingEarlierCommenterByName_FiresAnswersCommenter()
    {
        var judged = Judge(
            Hours("Rachel Kim", "What was the earliest churn signal you could actually trust?", 5),
            Hours("Marcus Webb", "Rachel, usage drop in the admin console was the strongest churn signal we had, by far.", 4),
            Hours("Omar Haddad", "Thanks Marcus, that matches what we saw with seat-based plans last year.", 2),
            Hours("Lena Fischer", "Fair, Omar. Seat-based plans hide the drop until renewal, which is far too late.", 1));

        Assert.Equal("Rachel,", AssertSignal(judged, 1, "answers_commenter").Evidence);
        Assert.Equal("Thanks Marcus,", AssertSignal(judged, 2, "answers_commenter").Evidence);
        Assert.Equal("Fair, Omar.", AssertSignal(judged, 3, "answers_commenter").Evidence);
    }

    [Fact]
    public void Judge_ShortThanksUnknownNameOrStockPraise_AnswersCommenterStaysQuiet()
    {
        var judged = Judge(
            Hours("Rachel Kim", "What was the earliest churn signal you could actually trust?", 5),
            Hours("Marcus Webb", "Thanks Rachel!", 4),
            Hours("Lena Fischer", "Jordan, we saw the opposite: usage stayed flat right until the cancellation email.", 3),
            Hours("Omar Haddad", "Rachel, great insights, thanks for sharing this, so true, well said, love this!", 2));

        Assert.All(judged.Comments, c => Assert.DoesNotContain(c.Signals, s => s.Id == "answers_commenter"));
    }

    [Fact]
    public void Judge_NameAddressedBeforeThatPersonCommented_AnswersCommenterStaysQuiet()
    {
        var judged = Judge(
            Hours("Marcus Webb", "Rachel, usage drop in the admin console was the strongest churn signal we had, by far.", 4),
            Hours("Rachel Kim", "What was the earliest churn signal you could actually trust?", 5));

        AssertNoSignal(judged, 0, "answers_commenter");
    }

    // ---- generic_majority ------------------------------------------------------------------------

    [Fact]
    public void Judge_MostCommentsStockPraise_FiresGenericMajority()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 2),
            Hours("Beth Ng", "Thanks for sharing, Maya 👏", 5),
            Hours("Carl Moss", "感谢分享！", 9),
            Hours("Dana Pike", "How did you pick the buddies, volunteers or assigned by the manager?", 20));

        var finding = AssertFinding(judged, "generic_majority");
        Assert.Equal("Great post!", finding.Evidence);
    }

    [Fact]
    public void Judge_MostCommentsEngage_GenericMajorityStaysQuiet()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 2),
            Hours("Beth Ng", "We paired every new hire with a buddy in 2022 and 90-day attrition fell noticeably.", 5),
            Hours("Dana Pike", "How did you pick the buddies, volunteers or assigned by the manager?", 20));

        AssertNoFinding(judged, "generic_majority");
    }

    [Fact]
    public void Judge_TwoPraiseComments_GenericMajorityStaysQuietBelowThreeComments()
    {
        var judged = Judge(Hours("Amir Khan", "Great post!", 2), Hours("Beth Ng", "So true 🙌", 5));

        AssertNoFinding(judged, "generic_majority");
    }

    // ---- clustered_timing ------------------------------------------------------------------------

    [Fact]
    public void Judge_MostCommentsInOneMinuteClump_FiresClusteredTiming()
    {
        var judged = Judge(PodComments(minutes: [4, 3, 3, 2, 1]));

        AssertFinding(judged, "clustered_timing");
    }

    [Fact]
    public void Judge_NearlyAllCommentsShowSameHour_FiresClusteredTiming()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 2),
            Hours("Beth Ng", "So true, love this!", 2),
            Hours("Carl Moss", "Powerful message, keep it up!", 2),
            Hours("Dana Pike", "This is gold 🔥", 2));

        Assert.Equal("PT2H", AssertFinding(judged, "clustered_timing").Evidence);
    }

    [Fact]
    public void Judge_CommentsTrickleInOverHours_ClusteredTimingStaysQuiet()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 1),
            Hours("Beth Ng", "So true, love this!", 3),
            Hours("Carl Moss", "Powerful message, keep it up!", 7),
            Hours("Dana Pike", "This is gold 🔥", 20));

        AssertNoFinding(judged, "clustered_timing");
    }

    [Fact]
    public void Judge_ThreeCommentsSameMinute_ClusteredTimingStaysQuietBelowFourComments()
    {
        var judged = Judge(
            Minutes("Amir Khan", "Great post!", 2),
            Minutes("Beth Ng", "So true, love this!", 2),
            Minutes("Carl Moss", "Powerful message, keep it up!", 2));

        AssertNoFinding(judged, "clustered_timing");
    }

    // ---- growth_headlines ------------------------------------------------------------------------

    [Fact]
    public void Judge_GenericCommentersSellingReach_FiresGrowthHeadlines()
    {
        var judged = Judge(
            Hours("Kai Brenner", "Great insights! Thanks for sharing 🙌", 2, "🚀 Helping founders 10x their LinkedIn reach"),
            Hours("Jenna Holt", "So true, love this!", 6, "LinkedIn Growth Coach | Personal brand strategist"),
            Hours("Raj Patel", "Powerful message, keep it up!", 11, "Ghostwriter for B2B founders"),
            Hours("Ines Duarte", "How long did the buddy stay assigned after the first month?", 20, "Engineering Manager at Zalando"));

        Assert.Equal("🚀 Helping founders 10x their LinkedIn reach", AssertFinding(judged, "growth_headlines").Evidence);
    }

    [Fact]
    public void Judge_GrowthSellersWhoActuallyEngage_GrowthHeadlinesStaysQuiet()
    {
        var judged = Judge(
            Hours("Kai Brenner", "We tried a 30-day plan in 2021 and new hires shipped their first PR a week earlier.", 2, "🚀 Helping founders 10x their LinkedIn reach"),
            Hours("Jenna Holt", "How did you keep managers from skipping the weekly check-ins?", 6, "LinkedIn Growth Coach | Personal brand strategist"),
            Hours("Raj Patel", "I'd push back on the buddy part: in my last team buddies burned out by month two.", 11, "Ghostwriter for B2B founders"));

        AssertNoFinding(judged, "growth_headlines");
    }

    [Fact]
    public void Judge_GenericCommentersWithOrdinaryHeadlines_GrowthHeadlinesStaysQuiet()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 2, "Nurse at Charité Berlin"),
            Hours("Beth Ng", "So true, love this!", 5, "Accountant"),
            Hours("Carl Moss", "Powerful message, keep it up!", 9, "Student at TU Delft"));

        AssertNoFinding(judged, "growth_headlines");
    }

    // ---- real_discussion -------------------------------------------------------------------------

    [Fact]
    public void Judge_QuestionsExperienceAndAuthorReply_FiresRealDiscussion()
    {
        var judged = Judge(
            OnboardingPost,
            Hours("Lena Fischer", "We tried the buddy system in 2022 and first-month attrition dropped noticeably.", 3),
            Hours("Omar Haddad", "How long should the buddy stay assigned, and do you rotate them?", 2),
            Hours("Maya Cohen", "Omar, we keep the buddy for about six weeks and rotate every quarter so nobody burns out.", 1, isPostAuthor: true));

        var finding = AssertFinding(judged, "real_discussion");
        Assert.Equal("Omar, we keep the buddy for about six weeks and rotate every quarter so nobody burns out.", finding.Evidence);
        Assert.Equal(Verdict.Organic, judged.Verdict);
    }

    [Fact]
    public void Judge_OneQuestionPlusAuthorAnswer_FiresRealDiscussion()
    {
        var judged = Judge(
            Hours("Omar Haddad", "Did the written plan replace the first-week agenda, or sit next to it?", 2),
            Hours("Maya Cohen", "Omar, it replaced it completely after the second cohort.", 1, isPostAuthor: true));

        AssertFinding(judged, "real_discussion");
    }

    [Fact]
    public void Judge_OnlyApplause_RealDiscussionStaysQuiet()
    {
        var judged = Judge(Hours("Amir Khan", "Great post!", 2), Hours("Beth Ng", "So true, love this!", 5), Hours("Carl Moss", "Toller Beitrag!", 9));

        AssertNoFinding(judged, "real_discussion");
    }

    [Fact]
    public void Judge_SingleEngagedCommentWithoutAuthor_RealDiscussionStaysQuiet()
    {
        var judged = Judge(
            Hours("Omar Haddad", "Did the written plan replace the first-week agenda, or sit next to it?", 2),
            Hours("Amir Khan", "Great post!", 3));

        AssertNoFinding(judged, "real_discussion");
    }

    // ---- no_discussion ---------------------------------------------------------------------------

    [Fact]
    public void Judge_FourCommentsNobodyAsksOrAdds_FiresNoDiscussion()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 2),
            Hours("Beth Ng", "So true, love this!", 5),
            Hours("Carl Moss", "Merci pour le partage !", 9),
            Hours("Dana Pike", "🔥🔥🔥", 20));

        Assert.Equal("Great post!", AssertFinding(judged, "no_discussion").Evidence);
    }

    [Fact]
    public void Judge_OneRealQuestionAmongPraise_NoDiscussionStaysQuiet()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 2),
            Hours("Beth Ng", "So true, love this!", 5),
            Hours("Carl Moss", "Merci pour le partage !", 9),
            Hours("Dana Pike", "Did the buddies get time off their own work for it?", 20));

        AssertNoFinding(judged, "no_discussion");
    }

    [Fact]
    public void Judge_CommentersAnsweringEachOther_NoDiscussionStaysQuiet()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 6),
            Hours("Beth Ng", "Amir, the buddy idea is the part that stuck with me most here.", 5),
            Hours("Carl Moss", "Beth, same here, the buddy makes the first week far less lonely.", 4),
            Hours("Dana Pike", "So true, love this!", 3));

        AssertSignal(judged, 2, "answers_commenter");
        AssertNoFinding(judged, "no_discussion");
    }

    [Fact]
    public void Judge_ThreePraiseComments_NoDiscussionStaysQuietBelowFourComments()
    {
        var judged = Judge(Hours("Amir Khan", "Great post!", 2), Hours("Beth Ng", "So true, love this!", 5), Hours("Carl Moss", "🔥🔥🔥", 9));

        AssertNoFinding(judged, "no_discussion");
    }

    // ---- spam_comments ---------------------------------------------------------------------------

    [Fact]
    public void Judge_ScamCommentInsideRealThread_FiresSpamComments()
    {
        const string scam = "I invested with Mrs. Sarah Collins and now I earn $4,500 weekly from home.";
        var judged = Judge(
            Hours("Lena Fischer", "We tried the buddy system in 2022 and first-month attrition dropped noticeably.", 3),
            Hours("Jessica Brown", scam, 2),
            Hours("Omar Haddad", "How long should the buddy stay assigned, and do you rotate them?", 1));

        Assert.Equal(scam, AssertFinding(judged, "spam_comments").Evidence);
        Assert.Equal(Verdict.Mixed, judged.Verdict);
    }

    [Fact]
    public void Judge_PastedSimpleThreadWithTelegramLure_FiresSpamComments()
    {
        var paste = PasteParser.Parse(
            "Lena Fischer: We tried the buddy system in 2022 and attrition dropped.\n" +
            "Crypto Queen: Add me on telegram: @fxqueen_signals\n" +
            "Omar Haddad: How long should the buddy stay assigned after month one?");

        Assert.Equal(3, paste.Comments.Count);
        var judged = ThreadJudge.Judge(paste, OnboardingPost);

        Assert.Equal("Add me on telegram: @fxqueen_signals", AssertFinding(judged, "spam_comments").Evidence);
    }

    [Fact]
    public void Judge_WarningAboutScamInThread_SpamCommentsStaysQuiet()
    {
        var judged = Judge(
            Hours("Lena Fischer", "We tried the buddy system in 2022 and first-month attrition dropped noticeably.", 3),
            Hours("Omar Haddad", "Careful, someone below asks people to message them on WhatsApp. It is a scam.", 2),
            Hours("Dana Pike", "How long should the buddy stay assigned, and do you rotate them?", 1));

        AssertNoFinding(judged, "spam_comments");
    }

    // ---- pod_pattern -----------------------------------------------------------------------------

    [Fact]
    public void Judge_GenericClumpFromGrowthSellers_FiresPodPattern()
    {
        var judged = Judge(PodComments(minutes: [4, 3, 3, 2, 1]));

        var finding = AssertFinding(judged, "pod_pattern");
        Assert.True(finding.Strong);
        Assert.Equal("Great insights! Thanks for sharing 🙌", finding.Evidence);
        Assert.Equal(Verdict.Suspicious, judged.Verdict);
    }

    [Fact]
    public void Judge_GenericButSpreadOutWithOrdinaryHeadlines_PodPatternStaysQuiet()
    {
        var judged = Judge(
            Hours("Amir Khan", "Great post!", 1, "Nurse at Charité Berlin"),
            Hours("Beth Ng", "So true, love this!", 4, "Accountant"),
            Hours("Carl Moss", "Powerful message, keep it up!", 9, "Student at TU Delft"),
            Hours("Dana Pike", "This is gold 🔥", 30, "Retired teacher"));

        AssertFinding(judged, "generic_majority");
        AssertNoFinding(judged, "pod_pattern");
    }

    [Fact]
    public void Judge_PodClumpButRealConversationToo_PodPatternStaysQuiet()
    {
        var comments = PodComments(minutes: [4, 3, 3, 2, 1]).Concat(
        [
            Hours("Lena Fischer", "We tried the buddy system in 2022 and first-month attrition dropped noticeably.", 3),
            Hours("Omar Haddad", "How long should the buddy stay assigned, and do you rotate them?", 2),
        ]).ToArray();

        var judged = Judge(comments);

        AssertFinding(judged, "real_discussion");
        AssertNoFinding(judged, "pod_pattern");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static ParsedComment[] PodComments(int[] minutes) =>
    [
        Minutes("Kai Brenner", "Great insights! Thanks for sharing 🙌", minutes[0], "🚀 Helping founders 10x their LinkedIn reach"),
        Minutes("Jenna Holt", "So true, love this!", minutes[1], "LinkedIn Growth Coach | Personal brand strategist"),
        Minutes("Raj Patel", "Powerful message, keep it up!", minutes[2], "Ghostwriter for B2B founders 📈"),
        Minutes("Mia Lopez", "Couldn't agree more 👏", minutes[3], "Top Voice | Content creator"),
        Minutes("Sam Ortiz", "This is gold 🔥", minutes[4], "Helping coaches scale to $10k months"),
    ];

    private static ParsedComment Minutes(string author, string text, int minutes, string? headline = null) =>
        new(author, headline, "2nd", false, new RelativeAge(minutes, AgeUnit.Minute), false, false, text);

    private static ParsedComment Hours(string author, string text, int hours, string? headline = null, bool isPostAuthor = false) =>
        new(author, headline, isPostAuthor ? null : "2nd", isPostAuthor, new RelativeAge(hours, AgeUnit.Hour), false, false, text);

    private static ThreadJudgement Judge(params ParsedComment[] comments) => Judge(OnboardingPost, comments);

    private static ThreadJudgement Judge(string post, params ParsedComment[] comments) =>
        ThreadJudge.Judge(new ParsedPaste(PasteShape.WebCopy, new ParsedPost("Maya Cohen", "Head of Talent", new RelativeAge(1, AgeUnit.Day), post), comments), null);

    private static Finding AssertFinding(ThreadJudgement judged, string id)
    {
        var finding = Assert.Single(judged.Findings, f => f.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(finding.Evidence));
        return finding;
    }

    private static void AssertNoFinding(ThreadJudgement judged, string id) =>
        Assert.DoesNotContain(judged.Findings, f => f.Id == id);

    private static Signal AssertSignal(ThreadJudgement judged, int comment, string id)
    {
        var signal = Assert.Single(judged.Comments[comment].Signals, s => s.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(signal.Evidence));
        if (id is "near_duplicate" or "answers_commenter")
        {
            Assert.Contains(signal.Evidence, judged.Comments[comment].Text, StringComparison.Ordinal);
        }

        return signal;
    }

    private static void AssertNoSignal(ThreadJudgement judged, int comment, string id) =>
        Assert.DoesNotContain(judged.Comments[comment].Signals, s => s.Id == id);
}
