using Candor.Analysis.Outreach;

namespace Candor.Analysis.Tests;

/// <summary>
/// Pastes that once made a regular expression backtrack quadratically (minutes for 100 KB): long runs of
/// spaces, blank lines or shouted words. Each must still get an answer. The bound is a hang guard, many
/// times what these take (well under a second); speed itself is measured by the benchmarks.
/// </summary>
public class PathologicalInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string> Pastes() => new()
    {
        { "a run of spaces after a word (Name: comment pattern)", "Hello" + new string(' ', 100_000) + "x" },
        { "a run of blank lines (greeting and sign-off patterns)", "Hello" + new string('\n', 100_000) + "x" },
        { "a sign-off followed by blank lines", "Hi Sam\nthanks" + new string('\n', 100_000) + "x" },
        { "shouted words (names after address words)", string.Concat(Enumerable.Repeat("WOW ", 25_000)) },
        { "a run of 'cal.' (calendar links in a draft)", "Hi Sam, " + string.Concat(Enumerable.Repeat("cal.", 50_000)) },
        { "a run of hyphenated word parts (bare web addresses)", "Hi Sam, " + string.Concat(Enumerable.Repeat("a-", 100_000)) },
    };

    [Theory]
    [MemberData(nameof(Pastes))]
    public async Task CheckAndCoach_PathologicalPaste_Answer(string what, string paste)
    {
        var check = await Task.Run(() => CandorEngine.Check(paste, new CheckOptions(DateTimeOffset.UnixEpoch))).WaitAsync(HangGuard);
        var coach = await Task.Run(() => CandorEngine.Coach(paste, CoachOptions.None)).WaitAsync(HangGuard);

        Assert.True(check.Report is not null || check.Problem is not null, what);
        Assert.True(coach.Report is not null || coach.Problem is not null, what);
    }
}
