using System.Globalization;
using System.Text;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
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

    internal static Outcome[] Run() => OutreachCase.All()
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
        var outcomes = Run();
        var rows = OutreachCoach.Rules.Select(rule => Row.Of(rule.Id, outcomes)).ToArray();

        var text = new StringBuilder();
        var exact = outcomes.Count(o => o.Found.SetEquals(o.Case.Expected));
        text.AppendLine(CultureInfo.InvariantCulture, $"Outreach corpus: {outcomes.Length} drafts, {exact} with exactly the expected issues");
        text.AppendLine("| issue id | precision | recall | expected |");
        text.AppendLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Id} | {row.Precision:0.00} | {row.Recall:0.00} | {row.Support} |");
        }

        text.AppendLine().AppendLine("Misses:");
        foreach (var outcome in outcomes.Where(o => !o.Found.SetEquals(o.Case.Expected)))
        {
            var missed = outcome.Case.Expected.Except(outcome.Found);
            var extra = outcome.Found.Except(outcome.Case.Expected);
            text.AppendLine(CultureInfo.InvariantCulture, $"{outcome.Case.Name}: missed [{string.Join(", ", missed)}] extra [{string.Join(", ", extra)}]");
        }

        QualityReport.Write(output, "outreach", text.ToString());
        Assert.All(rows, row => Assert.True(row.Precision >= MinPrecision && row.Recall >= MinRecall, $"{row.Id}: P {row.Precision:0.00} R {row.Recall:0.00}"));
    }

    [Fact]
    public void Verdicts_FollowTheLabels()
    {
        var outcomes = Run();

        var goodCalledWeak = outcomes.Where(o => o.Case.IsGood && o.Report.Verdict == Verdict.Weak).Select(o => o.Case.Name).ToArray();
        Assert.True(goodCalledWeak.Length == 0, $"good drafts called weak: {string.Join(", ", goodCalledWeak)}");
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
