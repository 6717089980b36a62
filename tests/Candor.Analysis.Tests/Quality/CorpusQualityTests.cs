using System.Text;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;
using Xunit.Abstractions;

namespace Candor.Analysis.Tests.Quality;

/// <summary>Measures the engine on the project's own labelled corpus (Corpus/README.md) and holds it to the issue's targets.</summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] CommentLabels = ["authentic", "low_effort", "automated", "spam"];
    private static readonly string[] ThreadLabels = ["organic", "mixed", "suspicious"];

    private sealed record Outcome(CorpusCase Case, Report Report);

    private static Outcome[] Run() => CorpusCase.All()
        .Select(c => new Outcome(c, CandorEngine.Check(c.Paste, new CheckOptions(Now, c.Post)).Report
            ?? throw new InvalidOperationException($"{c.Name}: no report")))
        .ToArray();

    [Fact]
    public void Corpus_EveryComment_ParsedWithRightAuthorAndAge()
    {
        var problems = new List<string>();
        foreach (var (corpusCase, report) in Run())
        {
            if (report.Comments.Count != corpusCase.Expected.Count)
            {
                problems.Add($"{corpusCase.Name}: {report.Comments.Count} comments parsed, {corpusCase.Expected.Count} expected");
                continue;
            }

            for (var i = 0; i < report.Comments.Count; i++)
            {
                var (got, want) = (report.Comments[i], corpusCase.Expected[i]);
                if (got.Author != want.Author || got.Age != want.Age)
                {
                    problems.Add($"{corpusCase.Name} #{i + 1}: got {got.Author ?? "-"} | {got.Age ?? "-"}, expected {want.Author ?? "-"} | {want.Age ?? "-"}");
                }
            }
        }

        output.WriteLine($"parse problems: {problems.Count}");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Corpus_Verdicts_MeetTargets()
    {
        var comments = new Confusion();
        var threads = new Confusion();
        var misses = new StringBuilder();
        foreach (var (corpusCase, report) in Run())
        {
            if (corpusCase.Kind == "thread")
            {
                threads.Add(corpusCase.Verdict, Name(report.Verdict));
                if (corpusCase.Verdict != Name(report.Verdict))
                {
                    misses.AppendLine($"thread {corpusCase.Name}: expected {corpusCase.Verdict}, got {Name(report.Verdict)} ({string.Join(", ", report.Signals.Select(s => s.Id))})");
                }
            }

            for (var i = 0; i < Math.Min(report.Comments.Count, corpusCase.Expected.Count); i++)
            {
                var got = report.Comments[i];
                comments.Add(corpusCase.Expected[i].Verdict, Name(got.Verdict));
                if (corpusCase.Expected[i].Verdict != Name(got.Verdict))
                {
                    misses.AppendLine($"comment {corpusCase.Name} #{i + 1}: expected {corpusCase.Expected[i].Verdict}, got {Name(got.Verdict)} [{string.Join(", ", got.Signals.Select(s => s.Id))}] {Clip(got.Text)}");
                }
            }
        }

        QualityReport.Write(output, "corpus", $"{comments.Table("Corpus comments", CommentLabels)}\n{threads.Table("Corpus threads", ThreadLabels)}\nMisses:\n{misses}");
        Assert.True(comments.Accuracy >= 0.90, $"comment accuracy {comments.Accuracy:P1}");
        Assert.True(comments.Precision("spam") >= 0.95, $"spam precision {comments.Precision("spam"):0.00}");
        Assert.True(threads.Accuracy >= 0.90, $"thread accuracy {threads.Accuracy:P1}");
    }

    private static string Name(Verdict verdict) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(verdict.ToString());

    private static string Clip(string text) => Excerpt.Clip(text, 71);
}
