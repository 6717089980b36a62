using Candor.Analysis.Lockstep;
using Candor.Analysis.Reports;
using Candor.Bot.Storage;
using Candor.Cards.Building;
using Candor.Cards.Json;
using Candor.Cards.Text;

namespace Candor.Bot.Digests;

/// <summary>
/// Turns a channel's kept history into its digest: what it checked in the period and how that compares with the
/// period before, the pod suspects the period brought in, the outreach mistakes made most, and one tip. Pure: the
/// same history gives the same digest.
/// </summary>
internal static class DigestBuilder
{
    private const int TopIssues = 5;

    private static readonly string Outreach = ReportJson.Name(ReportKind.Outreach);
    private static readonly string SingleComment = ReportJson.Name(ReportKind.Comment);
    private static readonly string[] Generic = [ReportJson.Name(Verdict.LowEffort), ReportJson.Name(Verdict.Automated)];

    // History keeps verdicts as the contract spells them ("low_effort"); the digest says them as the cards do ("low effort").
    private static readonly Dictionary<string, string> VerdictWords =
        Enum.GetValues<Verdict>().ToDictionary(v => ReportJson.Name(v), Wording.Label, StringComparer.Ordinal);

    /// <param name="history">
    /// The channel's kept checks up to the period's end, reaching back at least to the period before it; pods are
    /// looked for in all of them, as a pod shows only across weeks of threads.
    /// </param>
    public static Digest Build(DigestPeriod period, IReadOnlyList<CheckRecord> history, FeedbackTally feedback, LockstepOptions lockstep)
    {
        var checks = history.Where(c => period.Holds(c.At)).ToList();
        // A channel with nothing kept from before the period is new: it has no trend yet, rather than a rise from zero.
        var earlier = history.Any(c => c.At < period.From) ? history.Where(c => period.Previous.Holds(c.At)).ToList() : null;
        var issues = TopOutreachIssues(checks, earlier);
        var pods = DigestPods.Find(period, history, lockstep);
        var tip = DigestTips.Choose(new DigestSigns(checks.Count, pods.Count > 0, issues.FirstOrDefault()?.IssueId, MostlyGeneric(checks)), period);
        return new Digest(period.Describe(), period.During, checks.Count, earlier?.Count, Verdicts(checks), pods, issues, tip, feedback.Right, feedback.Wrong);
    }

    /// <summary>How many checks ended in each verdict, most first.</summary>
    private static List<VerdictCount> Verdicts(List<CheckRecord> checks) =>
    [
        .. checks.CountBy(c => VerdictWords.GetValueOrDefault(c.Verdict) ?? c.Verdict.Replace('_', ' '), StringComparer.Ordinal)
            .OrderByDescending(v => v.Value)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => new VerdictCount(v.Key, v.Value)),
    ];

    /// <summary>The outreach issues raised most, with their counts in the period before when there was one.</summary>
    private static List<IssueCount> TopOutreachIssues(List<CheckRecord> checks, List<CheckRecord>? earlier)
    {
        var before = earlier is null ? null : IssueCounts(earlier);
        return
        [
            .. IssueCounts(checks)
                .OrderByDescending(i => i.Value)
                .ThenBy(i => i.Key, StringComparer.Ordinal)
                .Take(TopIssues)
                .Select(i => new IssueCount(i.Key, i.Value, before?.GetValueOrDefault(i.Key))),
        ];
    }

    private static Dictionary<string, int> IssueCounts(List<CheckRecord> checks) =>
        checks.Where(c => c.Kind == Outreach).SelectMany(c => c.IssueIds.Distinct(StringComparer.Ordinal)).CountBy(id => id, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);

    /// <summary>Whether more than half the comments judged (single comments, and each commenter of a thread) were low effort or automated.</summary>
    private static bool MostlyGeneric(List<CheckRecord> checks)
    {
        var verdicts = checks.Where(c => c.Kind == SingleComment).Select(c => c.Verdict).Concat(checks.SelectMany(c => c.Comments, (_, comment) => comment.Verdict)).ToList();
        return 2 * verdicts.Count(Generic.Contains) > verdicts.Count;
    }
}
