using System.Globalization;
using System.Text;
using Candor.Analysis.Lockstep;
using Candor.Analysis.Tests.Quality;
using Xunit.Abstractions;

namespace Candor.Analysis.Tests.Lockstep;

/// <summary>
/// Pod detection on a labelled synthetic history (<see cref="LockstepCorpus"/>): 150 planted pods among 300,000
/// comments with popular threads, noise accounts and circles of colleagues. Every pod must be found, and at most
/// one found group in a hundred may be false.
/// </summary>
public sealed class LockstepQualityTests(ITestOutputHelper output)
{
    private static readonly CorpusShape Shape = new(Threads: 3_000, Accounts: 15_000, Comments: 300_000, Pods: 150, Seed: 2026);

    [Fact]
    public void Find_PlantedPods_AllFoundWithAtMostOneFalseGroupInAHundred()
    {
        var history = LockstepCorpus.Generate(Shape);
        var groups = LockstepDetector.Find(history.Comments);
        var match = PodMatch.Of(history.Pods, groups);

        QualityReport.Write(output, "lockstep", Report(history, groups, match));
        Assert.Equal(match.Pods, match.PodsFound);
        Assert.True(match.FalseGroups * 100 <= match.Groups, $"{match.FalseGroups} false groups of {match.Groups}");
    }

    private static string Report(PlantedHistory history, IReadOnlyList<LockstepGroup> groups, PodMatch match)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Lockstep detection on a synthetic history: {history.Comments.Length:N0} comments, {Shape.Threads:N0} threads, {Shape.Accounts:N0} accounts, {match.Pods} planted pods (seed {Shape.Seed})");
        text.AppendLine("| pods found (recall) | groups found | false groups | precision | groups exactly a pod |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {match.PodsFound}/{match.Pods} ({match.Recall:0.000}) | {match.Groups} | {match.FalseGroups} | {match.Precision:0.000} | {match.ExactGroups} |");
        text.AppendLine();
        text.AppendLine("| pods | planted | found |").AppendLine("|---|---|---|");
        var sets = history.Pods.Select(p => p.ToHashSet(StringComparer.Ordinal)).ToArray();
        var found = sets.Select(p => groups.Any(g => PodMatch.Matches(g.Accounts, p))).ToArray();
        foreach (var (label, pick) in Buckets(history))
        {
            var chosen = Enumerable.Range(0, sets.Length).Where(pick).ToArray();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {chosen.Length} | {chosen.Count(i => found[i])} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Strength: {string.Join(", ", groups.CountBy(g => g.Strength).OrderBy(s => s.Key).Select(s => $"{s.Key.ToString().ToLowerInvariant()} {s.Value}"))}");
        return text.ToString();
    }

    private static IEnumerable<(string Label, Func<int, bool> Pick)> Buckets(PlantedHistory history) =>
    [
        ("3–5 accounts", i => history.Pods[i].Length <= 5),
        ("6–8 accounts", i => history.Pods[i].Length is > 5 and <= 8),
        ("9–12 accounts", i => history.Pods[i].Length > 8),
        ("3–5 threads", i => history.PodThreads[i] <= 5),
        ("6–10 threads", i => history.PodThreads[i] is > 5 and <= 10),
        ("11–20 threads", i => history.PodThreads[i] > 10),
    ];
}
