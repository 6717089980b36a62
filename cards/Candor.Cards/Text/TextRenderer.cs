using System.Text;
using Candor.Analysis.Text;
using Candor.Analysis.Reports;

namespace Candor.Cards.Text;

/// <summary>
/// Renders a report as plain text for terminals and notification fallbacks: the verdict first, then the
/// evidence, each comment, and what to do. Colour (ANSI) is optional and only ever repeats what the
/// words and symbols already say.
/// </summary>
public sealed class TextRenderer(bool color)
{
    private const int Width = 96;

    public string Render(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(Paint(Wording.ToneOf(report.Verdict), $"{Wording.Symbol(report.Verdict)} {Wording.KindLabel(report.Kind)}: {Wording.Label(report.Verdict).ToUpperInvariant()}")
            + $"  ({Wording.ScoreLabel(report.Kind)} {report.Score}/100)");
        text.AppendLine(Wording.NextStep(report.Kind, report.Verdict));

        AppendFindings(text, report.Kind == ReportKind.Thread ? "Thread evidence" : "Evidence", report.Signals.Select(s => (s.Id, s.Evidence, s.Explanation)));
        AppendComments(text, report);
        AppendFindings(text, "What to fix", report.Issues.Select(i => (i.Id, i.Evidence, i.Advice)));
        AppendRewrite(text, report.Rewrite);
        AppendReply(text, report.Reply);
        AppendLinks(text, report);
        return text.ToString();
    }

    private void AppendComments(StringBuilder text, Report report)
    {
        if (report.Kind != ReportKind.Thread || report.Comments.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(Bold($"Comments ({report.Comments.Count})"));
        foreach (var comment in report.Comments)
        {
            var who = string.Join(" · ", new[] { comment.Author ?? "(no name)", comment.Age }.Where(s => s is not null));
            text.AppendLine($"  {Paint(Wording.ToneOf(comment.Verdict), $"{Wording.Symbol(comment.Verdict)} {Wording.Label(comment.Verdict)}")} {comment.Score,3}  {who}");
            text.AppendLine($"      \"{Excerpt.Clip(comment.Text, Width - 8)}\"");
            foreach (var signal in comment.Signals)
            {
                text.AppendLine(Dim($"      {signal.Id}: {signal.Explanation}"));
            }
        }
    }

    /// <summary>A titled list of findings: what it means in plain words, then the id and the quoted evidence.</summary>
    private void AppendFindings(StringBuilder text, string title, IEnumerable<(string Id, string Evidence, string Says)> findings)
    {
        var first = true;
        foreach (var (id, evidence, says) in findings)
        {
            if (first)
            {
                text.AppendLine().AppendLine(Bold(title));
                first = false;
            }

            text.AppendLine($"  • {says}");
            text.AppendLine(Dim($"    {id}: \"{Excerpt.Clip(evidence, Width - 12)}\""));
        }
    }

    private void AppendRewrite(StringBuilder text, Rewrite? rewrite)
    {
        if (rewrite is null)
        {
            return;
        }

        text.AppendLine().AppendLine(Bold($"Better message (score {rewrite.Score}/100)"));
        AppendBlock(text, rewrite.Text);
        foreach (var variant in rewrite.Variants)
        {
            text.AppendLine().AppendLine(Bold(variant.Format == "note" ? $"As a connection note ({variant.Text.Length} characters)" : "As a short InMail"));
            AppendBlock(text, variant.Text);
        }

        AppendList(text, "What changed", rewrite.Changes);
        AppendList(text, "Add for a truly personal message", rewrite.Needs);
    }

    private void AppendReply(StringBuilder text, ReplySuggestion? reply)
    {
        if (reply is null)
        {
            return;
        }

        text.AppendLine().AppendLine(Bold(reply.Text is null ? "Don't reply" : "Suggested reply"));
        if (reply.Text is not null)
        {
            AppendBlock(text, reply.Text);
        }

        text.AppendLine(Dim($"  {reply.Advice}"));
    }

    private static void AppendBlock(StringBuilder text, string block)
    {
        foreach (var line in block.Split('\n'))
        {
            text.AppendLine($"  │ {line}");
        }
    }

    private void AppendList(StringBuilder text, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(Bold(title));
        foreach (var item in items)
        {
            text.AppendLine($"  • {item}");
        }
    }

    private void AppendLinks(StringBuilder text, Report report)
    {
        if (report.Links.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(Bold("Links"));
        foreach (var link in report.Links)
        {
            var risk = link.Risk == Analysis.Links.LinkRisk.None ? Wording.Label(Verdict.None) : link.Risk.ToString().ToLowerInvariant();
            text.AppendLine($"  • {Excerpt.Clip(link.Url, Width - 20)} — {risk}");

            // A link check already lists its reasons as the evidence above.
            foreach (var reason in report.Kind == ReportKind.Link ? [] : link.Reasons)
            {
                text.AppendLine(Dim($"    {reason}"));
            }
        }
    }

    private string Paint(Tone tone, string value) => !color ? value : tone switch
    {
        Tone.Good => $"\u001b[1;32m{value}\u001b[0m",
        Tone.Doubt => $"\u001b[1;33m{value}\u001b[0m",
        _ => $"\u001b[1;31m{value}\u001b[0m",
    };

    private string Bold(string value) => color ? $"\u001b[1m{value}\u001b[0m" : value;

    private string Dim(string value) => color ? $"\u001b[2m{value}\u001b[0m" : value;
}
