using Candor.Analysis;
using Candor.Analysis.Lockstep;
using Candor.Bot.Digests;
using Candor.Bot.Storage;
using Candor.Cards.Building;
using Candor.Cards.Model;

namespace Candor.Bot.Tests.Digests;

/// <summary>A channel's digest from its kept history: counts, trends, pod suspects and the tip.</summary>
public sealed class DigestBuilderTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);
    private static readonly DigestPeriod Week = new(Monday, Monday.AddDays(7), TimeZoneInfo.Utc);

    /// <summary>
    /// Four accounts of an automated pod, on 10 of the channel's 40 threads over four weeks, two of them in the digest's
    /// week. In a history this small a pod must be on about a quarter of the threads to stand out from chance: on five
    /// or six the detector mostly lets it go.
    /// </summary>
    private static readonly string[] Pod = [.. Enumerable.Range(400, 4).Select(SyntheticChannel.Name).Order(StringComparer.Ordinal)];
    private static readonly int[] PodThreads = [1, 4, 8, 12, 16, 20, 23, 27, 31, 35];

    /// <summary>Three regulars of a few quiet posts, who always leave the same kind of praise.</summary>
    private static readonly string[] Regulars = ["Ines Varga-Holt", "Teodor Blum", "Priya Anand"];

    // ---- what was checked ----------------------------------------------------------------------

    [Fact]
    public void Checked_CountsFromInclusiveToExclusive()
    {
        CheckRecord[] history =
        [
            SyntheticChannel.Single("before", Monday.AddMilliseconds(-1), "comment", "authentic"),
            SyntheticChannel.Single("first", Monday, "comment", "spam"),
            SyntheticChannel.Single("last", Week.To.AddMilliseconds(-1), "link", "none"),
            SyntheticChannel.Single("next", Week.To, "comment", "authentic"),
        ];

        var digest = Build(history);

        Assert.Equal(2, digest.Checked);
        Assert.Equal([new VerdictCount("no risk found", 1), new VerdictCount("spam", 1)], digest.Verdicts);
    }

    [Fact]
    public void Verdicts_MostFirst_InTheCardsWords()
    {
        string[] verdicts = ["authentic", "low_effort", "none", "spam", "low_effort", "mixed", "authentic", "low_effort", "none"];
        var history = verdicts.Select((verdict, i) => SyntheticChannel.Single($"c{i}", Monday.AddHours(i), verdict == "none" ? "link" : verdict == "mixed" ? "thread" : "comment", verdict));

        var digest = Build(history);

        VerdictCount[] expected = [new("low effort", 3), new("authentic", 2), new("no risk found", 2), new("mixed", 1), new("spam", 1)];
        Assert.Equal(expected, digest.Verdicts);
    }

    [Fact]
    public void PreviousChecked_IsNull_ForAChannelWithNothingBeforeThePeriod()
    {
        var digest = Build([SyntheticChannel.Single("first", Monday, "comment", "authentic")]);

        Assert.Null(digest.PreviousChecked);
    }

    [Fact]
    public void PreviousChecked_IsZero_WhenTheChannelWasQuietThePeriodBefore()
    {
        var digest = Build([SyntheticChannel.Single("old", Monday.AddDays(-10), "comment", "authentic"), SyntheticChannel.Single("now", Monday, "comment", "authentic")]);

        Assert.Equal(0, digest.PreviousChecked);
    }

    [Fact]
    public void PreviousChecked_CountsThePeriodBefore_FromItsStartUpToThisOnesStart()
    {
        CheckRecord[] history =
        [
            SyntheticChannel.Single("too-old", Monday.AddDays(-7).AddMilliseconds(-1), "comment", "authentic"),
            SyntheticChannel.Single("first", Monday.AddDays(-7), "comment", "authentic"),
            SyntheticChannel.Single("second", Monday.AddDays(-3), "comment", "spam"),
            SyntheticChannel.Single("last", Monday.AddMilliseconds(-1), "link", "none"),
            SyntheticChannel.Single("now", Monday, "comment", "authentic"),
        ];

        var digest = Build(history);

        Assert.Equal(3, digest.PreviousChecked);
        Assert.Equal(1, digest.Checked);
    }

    [Fact]
    public void TopOutreachIssues_CountEachIdOnce_MostFirst_FiveAtMost_WithTheirCountsThePeriodBefore()
    {
        var before = Monday.AddDays(-5);
        CheckRecord[] history =
        [
            SyntheticChannel.Outreach("o1", before, "no_personalization", "pushy_ask"),
            SyntheticChannel.Outreach("o2", before.AddHours(1), "no_personalization"),
            SyntheticChannel.Outreach("o3", before.AddHours(2), "buzzwords", "too_long"),
            SyntheticChannel.Outreach("o4", before.AddHours(3), "buzzwords"),
            SyntheticChannel.Outreach("c1", Monday.AddHours(1), "pushy_ask", "generic_opener", "no_personalization"),
            SyntheticChannel.Outreach("c2", Monday.AddHours(2), "pushy_ask", "generic_opener"),
            SyntheticChannel.Outreach("c3", Monday.AddHours(3), "pushy_ask"),
            SyntheticChannel.Outreach("c4", Monday.AddHours(4), "no_personalization", "spammy"),
            SyntheticChannel.Outreach("c5", Monday.AddHours(5), "too_long", "buzzwords", "hard_to_read"),
        ];

        var digest = Build(history);

        IssueCount[] expected =
        [
            new("pushy_ask", 3, 1), new("generic_opener", 2, 0), new("no_personalization", 2, 2), new("buzzwords", 1, 2), new("hard_to_read", 1, 0),
        ];
        Assert.Equal(expected, digest.TopOutreachIssues);
    }

    [Fact]
    public void TopOutreachIssues_HaveNoPreviousCount_ForANewChannel()
    {
        var digest = Build([SyntheticChannel.Outreach("c1", Monday, "pushy_ask"), SyntheticChannel.Outreach("c2", Monday.AddHours(1), "pushy_ask", "buzzwords")]);

        Assert.Equal([new IssueCount("pushy_ask", 2, null), new IssueCount("buzzwords", 1, null)], digest.TopOutreachIssues);
    }

    [Fact]
    public void Feedback_IsCarriedToTheCard()
    {
        var digest = DigestBuilder.Build(Week, [], new FeedbackTally(4, 1), LockstepOptions.Default);

        Assert.Equal((4, 1), (digest.MarkedRight, digest.MarkedWrong));
    }

    [Fact]
    public void NothingChecked_SaysSo_AndHowToStart()
    {
        var digest = Build([]);

        Assert.Equal("Week of 16 Nov 2026", digest.Period);
        Assert.Equal(0, digest.Checked);
        Assert.Null(digest.PreviousChecked);
        Assert.Empty(digest.Verdicts);
        Assert.Empty(digest.PodSuspects);
        Assert.Empty(digest.TopOutreachIssues);
        Assert.Equal(DigestTips.Start, digest.Tip);
        var card = DigestCard.From(digest);
        Assert.Contains(card.Parts, p => p is Paragraph { Text: "Nothing was checked this week." });
        Assert.StartsWith("Nothing checked", card.Banner.Subtitle, StringComparison.Ordinal);
    }

    // ---- pod suspects --------------------------------------------------------------------------

    [Fact]
    public void PlantedPod_IsFound_WithItsAccountsThreadsAndAGenericComment()
    {
        var history = PodChannel();

        var digest = Build(history);

        var suspect = Assert.Single(digest.PodSuspects);
        Assert.Equal(Pod, suspect.Accounts);
        Assert.Equal(PodThreads.Length, suspect.Threads);
        Assert.Contains(suspect.Example, SyntheticChannel.PodPraise);
        Assert.Equal(DigestTips.Pods, digest.Tip);
    }

    [Fact]
    public void PodExample_IsOneTheyWroteInThePeriod()
    {
        const string ThisWeek = "What a brilliant read, thanks for sharing! 🚀";
        var history = PodChannel().Select(c => Week.Holds(c.At)
            ? c with { Comments = [.. c.Comments.Select(x => Pod.Contains(x.Author) ? x with { Excerpt = ThisWeek } : x)] }
            : c).ToList();

        var suspect = Assert.Single(Build(history).PodSuspects);

        Assert.Equal(ThisWeek, suspect.Example);
    }

    [Fact]
    public void RandomCommenters_MakeNoPod()
    {
        var history = Channel(SyntheticChannel.Threads(seed: 2, Monday.AddDays(-21), days: 28, threads: 40, commenters: 300));

        var digest = Build(history);

        Assert.True(history.SelectMany(c => c.Comments).Select(c => c.Author).Distinct().Count() > 200, "a few hundred commenters");
        Assert.Empty(digest.PodSuspects);
        Assert.NotEqual(DigestTips.Pods, digest.Tip);
    }

    [Fact]
    public void PodSeenOnlyInEarlierPeriods_IsNotReportedAgain()
    {
        int[] early = [0, 3, 6, 9, 12, 15, 18, 21, 24, 27];
        var history = Channel(SyntheticChannel.Threads(seed: 1, Monday.AddDays(-21), days: 28, threads: 40, commenters: 140, new PlantedPod(Pod, early)));
        Assert.Contains(LockstepDetector.Find(Timed(history)), g => g.Accounts.SequenceEqual(Pod));

        var digest = Build(history);

        Assert.Empty(digest.PodSuspects);
    }

    [Fact]
    public void PodThatGatheredJustBeforeThePeriod_ButWasCheckedInIt_IsReported()
    {
        var all = PodChannel();
        var lastPodThread = all.Single(c => c.ThreadKey == SyntheticChannel.ThreadKey(PodThreads[^1]));
        // The day starts the moment the thread is checked: its comments were all written before.
        var day = new DigestPeriod(lastPodThread.At, lastPodThread.At.AddDays(1), TimeZoneInfo.Utc);
        Assert.All(lastPodThread.Comments, c => Assert.True(c.WrittenAt < day.From));

        var digest = DigestBuilder.Build(day, [.. all.Where(c => c.At < day.To)], new FeedbackTally(0, 0), LockstepOptions.Default);

        Assert.Equal(Pod, Assert.Single(digest.PodSuspects).Accounts);
    }

    [Fact]
    public void CommentersWithoutATime_AreLeftOut_RatherThanPlacedAtTheCheck()
    {
        // Old posts: every age was in months, so no commenter has a time. At the check's time, the regulars would
        // be together on eight threads.
        var quiet = Enumerable.Range(0, 8).Select(i => SyntheticChannel.Thread(
            $"old-{i}", Monday.AddDays(-6 + (1.5 * i)).AddHours(10), $"old-post-{i}",
            [
                .. Regulars.Select(r => new CommenterRecord(r, null, null, "low_effort", "Great post, thanks for sharing!")),
                .. Enumerable.Range(0, 4).Select(k => new CommenterRecord(SyntheticChannel.Name(200 + (4 * i) + k), null, null, "authentic", null)),
            ]));
        var history = Channel([.. SyntheticChannel.Threads(seed: 3, Monday.AddDays(-21), days: 28, threads: 40, commenters: 140), .. quiet]);
        var placedAtTheCheck = history.SelectMany(c => c.Comments, (c, x) => new LockstepComment(c.ThreadKey, x.Author, x.WrittenAt ?? c.At, x.Excerpt is not null, x.Excerpt ?? string.Empty)).ToList();
        Assert.Contains(LockstepDetector.Find(placedAtTheCheck), g => g.Accounts.Order(StringComparer.Ordinal).SequenceEqual(Regulars.Order(StringComparer.Ordinal)));

        var digest = Build(history);

        Assert.Empty(digest.PodSuspects);
    }

    [Fact]
    public void ThreadCheckedTwice_KeepsItsCommentersFromTheFirstCheck()
    {
        // The regulars comment hours apart. Checked again two and a half days later, every age reads "2d", which puts
        // them all at the same moment: counting the second check would make them a pod.
        var quiet = new List<CheckRecord>();
        for (var i = 0; i < 8; i++)
        {
            var posted = Monday.AddDays(-13 + (2 * i)).AddHours(8);
            (string Author, TimeSpan After, string? Generic)[] written =
            [
                (Regulars[0], TimeSpan.FromMinutes(50), "Great post, thanks for sharing!"), (SyntheticChannel.Name(200 + (3 * i)), TimeSpan.FromHours(2), null),
                (Regulars[1], TimeSpan.FromHours(3.4), "So true, thanks for sharing!"), (SyntheticChannel.Name(201 + (3 * i)), TimeSpan.FromHours(4), null),
                (Regulars[2], TimeSpan.FromHours(6.7), "Love this, thanks for sharing!"), (SyntheticChannel.Name(202 + (3 * i)), TimeSpan.FromHours(6), null),
            ];
            foreach (var checkedAt in new[] { posted.AddHours(10), posted.AddDays(2.5) })
            {
                quiet.Add(SyntheticChannel.Thread($"quiet-{i}-{checkedAt:ddHH}", checkedAt, $"quiet-post-{i}",
                    [.. written.Select(w => SyntheticChannel.Commenter(w.Author, posted + w.After, checkedAt, w.Generic))]));
            }
        }

        var history = Channel([.. SyntheticChannel.Threads(seed: 4, Monday.AddDays(-21), days: 28, threads: 40, commenters: 140), .. quiet]);
        Assert.Contains(LockstepDetector.Find(Timed(history)), g => g.Accounts.Order(StringComparer.Ordinal).SequenceEqual(Regulars.Order(StringComparer.Ordinal)));

        var digest = Build(history);

        Assert.Empty(digest.PodSuspects);
    }

    [Fact]
    public void PodThreadsCheckedAgain_StillCountOnce()
    {
        var history = PodChannel();
        var again = history.Where(c => PodThreads.Select(SyntheticChannel.ThreadKey).Contains(c.ThreadKey)).Select(c => c with
        {
            Id = $"{c.Id}-again",
            At = c.At.AddDays(1),
            Comments = [.. c.Comments.Select(x => x with { WrittenAt = x.WrittenAt is { } written ? c.At.AddDays(1) - TimeSpan.FromDays(Math.Floor((c.At.AddDays(1) - written).TotalDays)) : null })],
        });

        var digest = Build(Channel([.. history, .. again]));

        var suspect = Assert.Single(digest.PodSuspects);
        Assert.Equal(Pod, suspect.Accounts);
        Assert.Equal(PodThreads.Length, suspect.Threads);
    }

    // ---- the tip -------------------------------------------------------------------------------

    [Fact]
    public void Tip_PodsComeBeforeOutreachIssues()
    {
        var digest = Build(Channel([.. PodChannel(), SyntheticChannel.Outreach("draft", Monday.AddHours(3), "pushy_ask")]));

        Assert.NotEmpty(digest.TopOutreachIssues);
        Assert.Equal(DigestTips.Pods, digest.Tip);
    }

    [Fact]
    public void Tip_WithoutPods_IsAboutTheMostCommonOutreachIssue_EvenWhenCommentsWereMostlyGeneric()
    {
        var digest = Build(
        [
            SyntheticChannel.Outreach("d1", Monday.AddHours(1), "generic_opener", "pushy_ask"),
            SyntheticChannel.Outreach("d2", Monday.AddHours(2), "pushy_ask"),
            SyntheticChannel.Single("c1", Monday.AddHours(3), "comment", "low_effort"),
            SyntheticChannel.Single("c2", Monday.AddHours(4), "comment", "automated"),
        ]);

        Assert.Equal(DigestTips.ForIssue["pushy_ask"], digest.Tip);
    }

    [Fact]
    public void Tip_MostlyGenericComments_CountsEachCommenterOfAThread()
    {
        var thread = SyntheticChannel.Thread("t1", Monday.AddHours(1), "post-1",
        [
            .. Enumerable.Range(0, 4).Select(i => new CommenterRecord(SyntheticChannel.Name(i), null, Monday, "authentic", null)),
            new CommenterRecord(SyntheticChannel.Name(9), null, Monday, "low_effort", "Love this 🙌"),
        ]);
        string[] verdicts = ["low_effort", "automated", "low_effort"];
        CheckRecord[] generic = [.. verdicts.Select((v, i) => SyntheticChannel.Single($"c{i}", Monday.AddHours(2 + i), "comment", v))];

        var half = Build([thread, .. generic]);
        var more = Build([thread, .. generic, SyntheticChannel.Single("c9", Monday.AddHours(9), "comment", "automated")]);

        Assert.Contains(half.Tip, DigestTips.General); // 4 of 8 is not most
        Assert.Equal(DigestTips.MostlyGeneric, more.Tip); // 5 of 9 is
    }

    [Fact]
    public void Tip_OtherwiseGeneral_TheSameForTheSamePeriod_AndDifferentTheNext()
    {
        var history = Enumerable.Range(0, 21).Select(d => SyntheticChannel.Single($"c{d}", Monday.AddDays(d - 7).AddHours(9), "comment", "authentic")).ToList();
        var nextWeek = new DigestPeriod(Week.To, Week.To.AddDays(7), TimeZoneInfo.Utc);

        var tips = new[] { Week.Previous, Week, Week, nextWeek }.Select(p => DigestBuilder.Build(p, [.. history.Where(c => c.At < p.To)], new FeedbackTally(0, 0), LockstepOptions.Default).Tip).ToList();

        Assert.All(tips, t => Assert.Contains(t, DigestTips.General));
        Assert.Equal(tips[1], tips[2]);
        Assert.Equal(3, tips.Distinct().Count());
    }

    [Fact]
    public void Tip_DailyDigests_RotateByDay()
    {
        var history = Enumerable.Range(0, 3).Select(d => SyntheticChannel.Single($"c{d}", Monday.AddDays(d).AddHours(9), "comment", "authentic")).ToList();

        var tips = Enumerable.Range(0, 3).Select(d => new DigestPeriod(Monday.AddDays(d), Monday.AddDays(d + 1), TimeZoneInfo.Utc))
            .Select(p => DigestBuilder.Build(p, [.. history.Where(c => c.At < p.To)], new FeedbackTally(0, 0), LockstepOptions.Default).Tip).ToList();

        Assert.Equal(3, tips.Distinct().Count());
    }

    [Theory]
    [InlineData(12, true, "pushy_ask", true, "pods")]
    [InlineData(12, false, "pushy_ask", true, "pushy_ask")]
    [InlineData(12, false, "an_issue_with_no_tip", true, "generic")]
    [InlineData(12, false, null, true, "generic")]
    [InlineData(0, false, null, false, "start")]
    public void Tip_ChosenInOrder_PodsThenIssueThenGenericThenStart(int count, bool pods, string? issue, bool generic, string expected)
    {
        var tip = DigestTips.Choose(new DigestSigns(count, pods, issue, generic), Week);

        Assert.Equal(expected switch { "pods" => DigestTips.Pods, "generic" => DigestTips.MostlyGeneric, "start" => DigestTips.Start, _ => DigestTips.ForIssue[expected] }, tip);
    }

    [Fact]
    public void EveryOutreachIssueTheEngineRaises_HasATip()
    {
        var ids = EngineIssueIds();

        var missing = ids.Where(id => !DigestTips.ForIssue.ContainsKey(id)).ToList();
        var stale = DigestTips.ForIssue.Keys.Where(id => !ids.Contains(id)).ToList();

        Assert.Contains("unfilled_placeholder", ids); // the engine's rules were found
        Assert.True(missing.Count == 0, $"Outreach issues without a digest tip: {string.Join(", ", missing)}. Write one in {nameof(DigestTips)}.{nameof(DigestTips.ForIssue)}.");
        Assert.True(stale.Count == 0, $"Digest tips for issues the engine no longer raises: {string.Join(", ", stale)}.");
    }

    [Fact]
    public void EveryTip_IsOneSentence()
    {
        string[] tips = [DigestTips.Pods, DigestTips.MostlyGeneric, DigestTips.Start, .. DigestTips.ForIssue.Values, .. DigestTips.General];

        Assert.All(tips, t =>
        {
            Assert.Matches("^[A-Z].*[.!?]\"?$", t);
            Assert.DoesNotMatch("[.!?] [A-Z]", t);
        });
        Assert.Equal(tips.Length, tips.Distinct().Count());
    }

    // ---- data ----------------------------------------------------------------------------------

    /// <summary>The pod channel as the digest job would read it for <see cref="Week"/>: four weeks of checks, up to the week's end.</summary>
    private static List<CheckRecord> PodChannel() =>
        Channel(SyntheticChannel.Threads(seed: 2, Monday.AddDays(-21), days: 28, threads: 40, commenters: 140, new PlantedPod(Pod, PodThreads)));

    private static List<CheckRecord> Channel(IEnumerable<CheckRecord> checks) => [.. checks.Where(c => c.At < Week.To).OrderBy(c => c.At)];

    /// <summary>Every kept comment with a time, from every check: the history as the detector would read it without the digest's care.</summary>
    private static List<LockstepComment> Timed(IEnumerable<CheckRecord> history) =>
        [.. history.SelectMany(c => c.Comments.Where(x => x.WrittenAt is not null), (c, x) => new LockstepComment(c.ThreadKey, x.Author, x.WrittenAt!.Value, x.Excerpt is not null, x.Excerpt ?? string.Empty))];

    private static Digest Build(IEnumerable<CheckRecord> history) => DigestBuilder.Build(Week, [.. history], new FeedbackTally(0, 0), LockstepOptions.Default);

    /// <summary>The ids of every outreach rule in the engine, found by reflection since the rules are the engine's own.</summary>
    private static List<string> EngineIssueIds()
    {
        var rule = typeof(CandorEngine).Assembly.GetType("Candor.Analysis.Outreach.OutreachRule", throwOnError: true)!;
        var id = rule.GetProperty("Id")!;
        return [.. rule.Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(rule))
            .Select(t => (string)id.GetValue(Activator.CreateInstance(t, nonPublic: true))!)];
    }
}
