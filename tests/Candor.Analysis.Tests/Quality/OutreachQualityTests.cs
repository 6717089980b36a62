using System.Globalization;
using System.Text;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;
using Xunit.Abstractions;

namespace Candor.Analysis.Tests.Quality;

/// <summary>Measures the outreach coach on the project's labelled drafts (OutreachCorpus/README.md) and holds it to issue 3's targets.</summary>
public sealed class OutreachQualityTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.90;
    private const double MinRecall = 0.85;

    internal sealed record Outcome(OutreachCase Case, Report Report)
    {
        public IReadOnlySet<string> Found { get; } = Report.Issues.Select(i => i.Id).ToHashSet();
    }

    internal static Outcome[] Run(string set = OutreachCase.Tuning) => OutreachCase.All(set)
        .Select(c => new Outcome(c, CandorEngine.Coach(c.Draft, c.Options).Report ?? throw new InvalidOperationException($"{c.Name}: no report")))
        .ToArray();

    [Fact]
    public void Corpus_HasEnoughVariedDrafts()
    {
        var cases = OutreachCase.All();

        Assert.True(cases.Count >= 80, $"{cases.Count} drafts");
        Assert.All(["note", "inmail", "message", "reply"], format => Assert.Contains(cases, c => c.Format == format));
        Assert.All(OutreachCoach.Rules, rule => Assert.True(cases.Count(c => c.Expected.Contains(rule.Id)) >= 5, $"{rule.Id}: fewer than 5 drafts expect it"));
    }

    [Fact]
    public void EveryIssueId_MeetsPrecisionAndRecallTargets()
    {
        var rows = Measure(OutreachCase.Tuning, "outreach", "Outreach corpus");

        Assert.All(rows, row => Assert.True(row.Precision >= MinPrecision && row.Recall >= MinRecall, $"{row.Id}: P {row.Precision:0.00} R {row.Recall:0.00}"));
    }

    /// <summary>
    /// The held-out drafts keep the tuning honest: they are reported, and held to a lower bar over all ids
    /// together, because a few drafts per id make per-id figures swing by a draft.
    /// </summary>
    [Fact]
    public void HeldOutDrafts_AreMeasuredToo()
    {
        var rows = Measure(OutreachCase.Holdout, "outreach-holdout", "Outreach held-out drafts");
        var (tp, fp, fn) = (rows.Sum(r => r.TruePositives), rows.Sum(r => r.FalsePositives), rows.Sum(r => r.FalseNegatives));

        Assert.True((double)tp / (tp + fp) >= 0.85, $"held-out precision over all ids {(double)tp / (tp + fp):0.00}");
        Assert.True((double)tp / (tp + fn) >= 0.75, $"held-out recall over all ids {(double)tp / (tp + fn):0.00}");
    }

    private Row[] Measure(string set, string reportName, string title)
    {
        var outcomes = Run(set);
        var rows = OutreachCoach.Rules.Select(rule => Row.Of(rule.Id, outcomes)).ToArray();
        var all = new Row("all ids", rows.Sum(r => r.TruePositives), rows.Sum(r => r.FalsePositives), rows.Sum(r => r.FalseNegatives));

        var text = new StringBuilder();
        var exact = outcomes.Count(o => o.Found.SetEquals(o.Case.Expected));
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {outcomes.Length} drafts, {exact} with exactly the expected issues");
        text.AppendLine("| issue id | precision | recall | expected |");
        text.AppendLine("|---|---|---|---|");
        foreach (var row in rows.Append(all))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Id} | {row.Precision:0.00} | {row.Recall:0.00} | {row.Support} |");
        }

        text.AppendLine().AppendLine("Misses:");
        foreach (var outcome in outcomes.Where(o => !o.Found.SetEquals(o.Case.Expected)))
        {
            var missed = outcome.Case.Expected.Except(outcome.Found);
            var extra = outcome.Report.Issues.Where(i => !outcome.Case.Expected.Contains(i.Id)).Select(i => $"{i.Id} \"{Excerpt.Clip(i.Evidence, 60)}\"");
            text.AppendLine(CultureInfo.InvariantCulture, $"{outcome.Case.Name}: missed [{string.Join(", ", missed)}] extra [{string.Join(", ", extra)}]");
        }

        QualityReport.Write(output, reportName, text.ToString());
        return rows;
    }

    [Fact]
    public void Verdicts_FollowTheLabels()
    {
        var outcomes = Run();

        var goodCalledWeak = outcomes.Where(o => o.Case.IsGood && o.Report.Verdict == Verdict.Weak).Select(o => o.Case.Name).ToArray();
        Assert.True(goodCalledWeak.Length == 0, $"good drafts called weak: {string.Join(", ", goodCalledWeak)}");
    }

    [Fact]
    public void WeakDrafts_RewriteScoresHigherAndInventsNothing()
    {
        var problems = new List<string>();
        var gains = new List<int>();
        foreach (var (corpusCase, report) in Run().Where(o => o.Report.Verdict == Verdict.Weak))
        {
            var rewrite = report.Rewrite!;
            var rescored = OutreachCoach.Score(Draft.Parse(rewrite.Text, corpusCase.Options)).Issues.Select(i => i.Id).ToHashSet();
            gains.Add(rewrite.Score - report.Score);
            var invented = FactGuard.Invented(rewrite.Text, corpusCase.Draft, corpusCase.To, corpusCase.About);
            var failures = new[]
            {
                rewrite.Score < report.Score + 25 ? $"score {report.Score} -> {rewrite.Score}" : null,
                rescored.Contains("unfilled_placeholder") ? "placeholder" : null,
                rescored.Contains("generic_opener") ? "generic opener" : null,
                rescored.Contains("pushy_ask") ? "pushy ask" : null,
                invented.Count > 0 ? $"invented {string.Join(", ", invented)}" : null,
            }.OfType<string>().ToArray();
            if (failures.Length > 0)
            {
                problems.Add($"{corpusCase.Name}: {string.Join("; ", failures)}\n  {rewrite.Text.Replace("\n", "\n  ", StringComparison.Ordinal)}");
            }
        }

        QualityReport.Write(output, "outreach-rewrites",
            $"Rewrites of {gains.Count} weak drafts: score gain min {gains.Min()}, median {gains.Order().ElementAt(gains.Count / 2)}, "
            + $"{gains.Count - problems.Count} meet every condition\n\n{string.Join('\n', problems)}");
        Assert.True(gains.Count >= 30, $"only {gains.Count} weak drafts");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private sealed record Row(string Id, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public int Support => TruePositives + FalseNegatives;

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => Support == 0 ? 1 : (double)TruePositives / Support;

        public static Row Of(string id, IEnumerable<Outcome> outcomes)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var outcome in outcomes)
            {
                var (expected, found) = (outcome.Case.Expected.Contains(id), outcome.Found.Contains(id));
                tp += expected && found ? 1 : 0;
                fp += !expected && found ? 1 : 0;
                fn += expected && !found ? 1 : 0;
            }

            return new Row(id, tp, fp, fn);
        }
    }
}
