using Candor.Analysis.Lockstep;

namespace Candor.Analysis.Tests.Lockstep;

/// <summary>
/// The rules of pod detection, each on a small history: a quiet synthetic background (5,000 comments from 1,000
/// accounts on 200 threads, no pods) with a few hand-placed comments on top, so that chance is what it would be
/// in a channel's real history.
/// </summary>
public class LockstepDetectorTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly LockstepComment[] Background =
        LockstepCorpus.Generate(new CorpusShape(Threads: 200, Accounts: 1_000, Comments: 5_000, Pods: 0, Seed: 11)).Comments;

    private static readonly string[] Trio = ["Dana Pike", "Eli Moss", "Fay Quill"];

    [Fact]
    public void Find_BackgroundAlone_FindsNothing()
    {
        Assert.Empty(LockstepDetector.Find(Background));
    }

    [Fact]
    public void Find_ThreeAccountsTogetherOnThreeThreads_FlagsThemWithEvidence()
    {
        var groups = LockstepDetector.Find([.. Background, .. Together(Trio, threads: 3, minutesApart: 4)]);

        var group = Assert.Single(groups);
        Assert.Equal(Trio, group.Accounts);
        Assert.Equal(1.0, group.GenericShare);
        Assert.Equal(["pod-0", "pod-1", "pod-2"], group.Occurrences.Select(o => o.ThreadId));
        var first = group.Occurrences[0];
        Assert.Equal((Day(0), Day(0).AddMinutes(8)), (first.From, first.To));
        Assert.Equal(
            [("Dana Pike", Day(0), "Great insights, thanks for sharing 0"), ("Eli Moss", Day(0).AddMinutes(4), "Great insights, thanks for sharing 0"),
                ("Fay Quill", Day(0).AddMinutes(8), "Great insights, thanks for sharing 0")],
            first.Comments.Select(c => (c.Account, c.At, c.Text)));
        Assert.InRange(group.Score, 1, 100);
    }

    [Fact]
    public void Find_TogetherOnTwoThreads_FlagsNothing()
    {
        Assert.Empty(LockstepDetector.Find([.. Background, .. Together(Trio, threads: 2, minutesApart: 4)]));
    }

    [Fact]
    public void Find_FirstToLastExactlyTheWindow_CountsTheThread()
    {
        var groups = LockstepDetector.Find([.. Background, .. Together(Trio, threads: 3, minutesApart: 15)]);

        Assert.Equal(Trio, Assert.Single(groups).Accounts);
    }

    [Fact]
    public void Find_FirstToLastOneSecondOverTheWindow_DoesNotCountTheThread()
    {
        var onTime = Together(Trio, threads: 2, minutesApart: 15);
        var late = Together(Trio, threads: 1, minutesApart: 15, firstThread: 2).Select(c => c.Account == Trio[2] ? c with { At = c.At.AddSeconds(1) } : c);

        Assert.Empty(LockstepDetector.Find([.. Background, .. onTime, .. late]));
    }

    [Fact]
    public void Find_ShorterWindow_MissesAGroupThatTookLonger()
    {
        LockstepComment[] history = [.. Background, .. Together(Trio, threads: 4, minutesApart: 10)];

        Assert.Single(LockstepDetector.Find(history));
        Assert.Empty(LockstepDetector.Find(history, new LockstepOptions { Window = TimeSpan.FromMinutes(15) }));
    }

    [Fact]
    public void Find_ColleaguesWritingSpecificCommentsTogether_FlagsNothing()
    {
        var colleagues = Together(Trio, threads: 8, minutesApart: 5).Select(c => c with { Generic = false, Text = $"We saw the same at {c.ThreadId}: the audit took us {c.At.Minute} days." });

        Assert.Empty(LockstepDetector.Find([.. Background, .. colleagues]));
    }

    [Fact]
    public void Find_RegularsOfOneAuthorAtUnrelatedTimes_FlagsNothing()
    {
        // The same three people on all ten of an author's posts, hours apart, even with generic words.
        var regulars = Together(Trio, threads: 10, minutesApart: 150);

        Assert.Empty(LockstepDetector.Find([.. Background, .. regulars]));
    }

    [Fact]
    public void Find_PopularThreadsWithTheSameCrowd_FlagsNothing()
    {
        // Five viral posts, each with 400 generic comments in its first two hours from the same 2,000 people.
        var random = new Random(5);
        var crowd = Enumerable.Range(0, 5).SelectMany(t => Enumerable.Range(0, 400).Select(_ => new LockstepComment(
            $"viral-{t}", $"Fan {random.Next(2_000)}", Day(t).AddMinutes(random.Next(120)), true, "Congrats! 🎉")));

        Assert.Empty(LockstepDetector.Find([.. Background, .. crowd]));
    }

    [Fact]
    public void Find_PodThatRotatesMembers_FindsTheWholePod()
    {
        // Six accounts, five threads, two of them missing each time: no pair is on all five threads.
        string[] pod = ["Ana Bell", "Ben Cole", "Cy Dunn", "Di Eames", "Ed Ford", "Flo Grey"];
        var rotating = Enumerable.Range(0, 5).SelectMany(t => Together([.. pod.Where((_, i) => i != t && i != (t + 1) % 6)], threads: 1, minutesApart: 3, firstThread: t));

        var group = Assert.Single(LockstepDetector.Find([.. Background, .. rotating]));

        Assert.Equal(pod, group.Accounts);
        Assert.Equal(5, group.Occurrences.Count);
    }

    [Fact]
    public void Find_TwoPods_StrongerFirst()
    {
        string[] weaker = ["Gus Hart", "Ivy Jett", "Kai Lowe"];
        var groups = LockstepDetector.Find([.. Background, .. Together(weaker, threads: 3, minutesApart: 9), .. Together(Trio, threads: 8, minutesApart: 1, firstThread: 3)]);

        Assert.Equal([Trio, weaker], groups.Select(g => g.Accounts));
        Assert.True(groups[0].Score > groups[1].Score);
        Assert.Equal(LockstepStrength.Strong, groups[0].Strength);
    }

    [Fact]
    public void Find_ShuffledHistory_GivesTheSameGroups()
    {
        var history = LockstepCorpus.Generate(new CorpusShape(Threads: 400, Accounts: 3_000, Comments: 30_000, Pods: 10, Seed: 3)).Comments;
        var shuffled = history.ToArray();
        new Random(9).Shuffle(shuffled);

        var groups = LockstepDetector.Find(history);

        Assert.NotEmpty(groups);
        Assert.Equal(Describe(groups), Describe(LockstepDetector.Find(shuffled)));
    }

    [Fact]
    public void Find_LongComment_QuotesItClippedOnOneLine()
    {
        var filler = new string('x', 300);
        var pod = Together(Trio, threads: 3, minutesApart: 4).Select(c => c with { Text = $"Love this!\n{filler}" });

        var quote = Assert.Single(LockstepDetector.Find([.. Background, .. pod])).Occurrences[0].Comments[0].Text;

        Assert.Equal(PodEvidence.QuoteChars, quote.Length);
        Assert.StartsWith("Love this! xxx", quote, StringComparison.Ordinal);
        Assert.EndsWith("…", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NoHistory_FindsNothing()
    {
        Assert.Empty(LockstepDetector.Find([]));
    }

    [Fact]
    public void Find_UnusableOptions_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => LockstepDetector.Find(Background, new LockstepOptions { MinThreads = 1 }));

        Assert.Contains("Lockstep:MinThreads", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_DefaultOptions_None()
    {
        Assert.Empty(LockstepOptions.Default.Problems());
        Assert.Equal(3, new LockstepOptions { Window = TimeSpan.Zero, MinAccounts = 1, MinThreads = 0 }.Problems().Count);
    }

    /// <summary>
    /// The accounts commenting generically on new threads ("pod-0", "pod-1", …), a day apart, one after another,
    /// <paramref name="minutesApart"/> from each other.
    /// </summary>
    private static IEnumerable<LockstepComment> Together(string[] accounts, int threads, int minutesApart, int firstThread = 0) =>
        Enumerable.Range(firstThread, threads).SelectMany(t => accounts.Select((account, i) => new LockstepComment(
            $"pod-{t}", account, Day(t).AddMinutes(i * minutesApart), true, $"Great insights, thanks for sharing {t}")));

    private static DateTimeOffset Day(int day) => Monday.AddDays(day);

    private static List<string> Describe(IReadOnlyList<LockstepGroup> groups) =>
        [.. groups.Select(g => $"{string.Join(", ", g.Accounts)} {g.Score} {g.Strength} {g.GenericShare:0.000}: "
            + string.Join(" | ", g.Occurrences.Select(o => $"{o.ThreadId} {o.From:O}–{o.To:O} " + string.Join("; ", o.Comments.Select(c => $"{c.Account} {c.At:O} {c.Generic} {c.Text}")))))];
}
