using System.Text.RegularExpressions;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Xunit.Abstractions;

namespace Candor.Analysis.Tests.Quality;

/// <summary>
/// Reply suggestions over every received comment of the labelled corpus: each must pick up something the
/// person actually wrote, ask a real question, and never fall back on a stock phrase; spam gets no reply.
/// </summary>
public sealed partial class ReplyQualityTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] GenericPhrases =
        ["thanks for sharing", "thank you for sharing", "great post", "great point", "sounds good", "well said", "love this", "so true", "great insights", "agreed", "👍"];

    [Fact]
    public void EveryReceivedComment_GetsAPersonalQuestionOrSpamAdvice()
    {
        var comments = CorpusCase.All()
            .SelectMany(c => CandorEngine.Check(c.Paste, new CheckOptions(Now, c.Post)).Report!.Comments)
            .ToArray();
        var problems = new List<string>();
        var replies = 0;
        foreach (var comment in comments)
        {
            var suggestion = ReplySuggester.Suggest(comment);
            if (comment.Verdict == Verdict.Spam)
            {
                if (suggestion.Text is not null || !suggestion.Advice.Contains("Report", StringComparison.Ordinal))
                {
                    problems.Add($"spam answered: {comment.Text}");
                }

                continue;
            }

            replies++;
            var reply = suggestion.Text ?? "";
            var quotes = Quoted().Matches(reply).Select(m => m.Groups["quote"].Value.TrimEnd('…')).ToArray();
            var unquoted = Quoted().Replace(reply, "");
            var failures = new[]
            {
                quotes.Any(q => q.Length > 0 && Flat(comment.Text).Contains(q, StringComparison.Ordinal)) ? null : "quotes nothing they wrote",
                unquoted.Contains('?', StringComparison.Ordinal) ? null : "no question",
                GenericPhrases.FirstOrDefault(p => unquoted.Contains(p, StringComparison.OrdinalIgnoreCase)) is { } generic ? $"says \"{generic}\"" : null,
            }.OfType<string>().ToArray();
            if (failures.Length > 0)
            {
                problems.Add($"{string.Join("; ", failures)}: {comment.Text} => {reply}");
            }
        }

        output.WriteLine($"{comments.Length} comments, {replies} replies suggested, {problems.Count} problems");
        Assert.True(replies >= 30, $"only {replies} replies");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    [GeneratedRegex("\"(?<quote>[^\"]*)\"")]
    private static partial Regex Quoted();
}
