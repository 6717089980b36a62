using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>
/// A fuzz run's findings and figures: inputs and statuses per family, latency, background answers, what the bot
/// logged, peak memory, and every failure with the seed and index that regenerate its input.
/// </summary>
internal sealed record FuzzReport(
    int Seed, IReadOnlyList<FuzzOutcome> Outcomes, IReadOnlyList<string> Failures, IReadOnlyDictionary<string, int> Background,
    IReadOnlyDictionary<string, int> Warnings, double PeakMegabytes, TimeSpan Elapsed)
{
    /// <summary>The issue's bound for each answer.</summary>
    public const double AnswerBoundMs = 200;

    // The answers that failed for the network's or Slack's reasons (the response URL a fuzz input gave is not Slack's):
    // logged at Error on purpose, and not crashes.
    private static readonly string[] ExpectedBackgroundFailures = ["HttpRequestException", "TaskCanceledException", "not_a_slack_url"];

    public IEnumerable<FuzzOutcome> Http => Outcomes.Where(o => o.Input.Target != FuzzTarget.Engine);

    public IEnumerable<FuzzOutcome> Engine => Outcomes.Where(o => o.Input.Target == FuzzTarget.Engine);

    public static FuzzReport Of(int seed, IReadOnlyList<FuzzOutcome> outcomes, FuzzBot bot, TimeSpan elapsed)
    {
        var failures = outcomes.Where(o => o.Failure is not null)
            .Select(o => $"seed {seed} index {o.Input.Index} ({o.Input.Family}, {o.Input.Path}): {o.Failure}").ToList();
        var background = new Dictionary<string, int>
        {
            ["Teams cards posted"] = bot.Connector.Cards().Count(),
            ["Teams calls (typing, cards)"] = bot.Connector.Calls.Count,
            ["Slack chat.postMessage"] = bot.Slack.CallsTo("chat.postMessage").Count,
            ["Slack response_url"] = bot.Slack.CallsTo("response_url").Count,
            ["Slack other Web API calls"] = bot.Slack.Calls.Count(c => c.Method is not ("chat.postMessage" or "response_url")),
        };
        var warnings = new Dictionary<string, int>();
        foreach (var entry in bot.Log.Entries)
        {
            if (CrashIn(entry) is { } crash)
            {
                failures.Add($"logged: {crash}");
            }
            else if (entry.Level >= LogLevel.Error)
            {
                var key = $"answer refused ({entry.Values.GetValueOrDefault("Error")})";
                background[key] = background.GetValueOrDefault(key) + 1;
            }
            else
            {
                warnings[entry.Template] = warnings.GetValueOrDefault(entry.Template) + 1;
            }
        }

        return new FuzzReport(seed, outcomes, failures, background, warnings, Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0, elapsed);
    }

    /// <summary>
    /// A log entry that means something crashed: any exception logged at Error or above (an unhandled one in a
    /// request is logged so by ASP.NET Core), anything called unhandled, and any answer that failed for a reason
    /// other than the network or Slack refusing a URL.
    /// </summary>
    private static string? CrashIn(FuzzLogEntry entry)
    {
        if (entry.Message.Contains("unhandled", StringComparison.OrdinalIgnoreCase))
        {
            return $"{entry.Category}: {entry.Message} {entry.Exception}";
        }

        if (entry.Level < LogLevel.Error)
        {
            return null;
        }

        if (entry.Exception is not null)
        {
            return $"{entry.Category}: {entry.Message} {entry.Exception}";
        }

        return entry.Values.TryGetValue("Error", out var error) && ExpectedBackgroundFailures.Contains(error?.ToString()) ? null : $"{entry.Category}: {entry.Message}";
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fuzz run: seed {Seed}, {Outcomes.Count:N0} inputs in {Elapsed.TotalSeconds:0.0} s, peak working set {PeakMegabytes:0} MB (the fuzzer, its fakes and the bot: one process)");
        text.AppendLine();
        text.AppendLine("| family | inputs | answers |");
        text.AppendLine("|---|---:|---|");
        foreach (var family in Outcomes.GroupBy(o => o.Input.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = family.GroupBy(o => o.Input.Target == FuzzTarget.Engine ? "returned" : o.Status.ToString(CultureInfo.InvariantCulture))
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count():N0}");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {family.Key} | {family.Count():N0} | {string.Join(", ", statuses)} |");
        }

        text.AppendLine();
        text.AppendLine("| answers | count | p50 ms | p99 ms | max ms | over 200 ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, outcomes) in new[] { ("HTTP (status and body)", Http), ("engine (check, coach)", Engine) })
        {
            var ms = outcomes.Select(o => o.Milliseconds).Order().ToArray();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {ms.Length:N0} | {Percentile(ms, 0.50):0.0} | {Percentile(ms, 0.99):0.0} | {(ms.Length == 0 ? 0 : ms[^1]):0.0} | {ms.Count(m => m > AnswerBoundMs)} |");
        }

        text.AppendLine();
        foreach (var (name, outcomes) in new[] { ("HTTP", Http), ("engine", Engine) })
        {
            text.AppendLine($"Slowest {name}: " + string.Join("; ", outcomes.OrderByDescending(o => o.Milliseconds).Take(5)
                .Select(o => $"index {o.Input.Index} ({o.Input.Family}, {o.Input.Path}) {o.Milliseconds:0} ms")));
        }

        text.AppendLine("Background answers: " + string.Join(", ", Background.Select(b => $"{b.Key} {b.Value:N0}")));
        text.AppendLine("Warnings logged: " + (Warnings.Count == 0 ? "none" : string.Join("; ", Warnings.OrderByDescending(w => w.Value).Select(w => $"{w.Value:N0}× {w.Key}"))));
        text.AppendLine(CultureInfo.InvariantCulture, $"Failures: {Failures.Count}");
        foreach (var failure in Failures.Take(30))
        {
            text.AppendLine("  " + failure);
        }

        return text.ToString();
    }

    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
