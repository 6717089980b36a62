using Candor.Analysis;
using Candor.Cards.Text;

namespace Candor.Cards.Tests;

public sealed class TextRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private const string Thread = """
        Alex Kim: Love this! 🔥
        Jordan Lee: Agree 100%. Thanks for sharing.
        Sam Patel: We measured the same thing in 2023 and saw the drop only for accounts under 50 seats — did you split by size?
        """;

    [Fact]
    public void Render_Thread_FirstLineSaysVerdictInWordsAndSymbol()
    {
        var text = new TextRenderer(color: false).Render(Check(Thread));
        var first = text.Split('\n')[0];

        Assert.StartsWith("~ Comment thread: MIXED", first, StringComparison.Ordinal);
        Assert.Contains("authenticity", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Thread_ListsEveryCommentWithItsVerdictAndEvidence()
    {
        var text = new TextRenderer(color: false).Render(Check(Thread));

        Assert.Contains("Alex Kim", text, StringComparison.Ordinal);
        Assert.Contains("✓ authentic", text, StringComparison.Ordinal);
        Assert.Contains("~ low effort", text, StringComparison.Ordinal);
        Assert.Contains("asks_question", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutColor_HasNoEscapeCodes()
    {
        var text = new TextRenderer(color: false).Render(Check(Thread));

        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Render_WithColor_KeepsTheSameWords()
    {
        var plain = new TextRenderer(color: false).Render(Check(Thread));
        var colored = new TextRenderer(color: true).Render(Check(Thread));

        Assert.Contains('\u001b', colored);
        Assert.Equal(plain, System.Text.RegularExpressions.Regex.Replace(colored, "\u001b\\[[0-9;]*m", ""));
    }

    [Fact]
    public void Render_Outreach_ListsWhatToFix()
    {
        var text = new TextRenderer(color: false).Render(Check("Hi there, I hope this message finds you well! Do you have 30 minutes for a quick call this week? Best, Sam"));

        Assert.Contains("What to fix", text, StringComparison.Ordinal);
        Assert.Contains("pushy_ask", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DangerousLink_SaysDontOpen()
    {
        var text = new TextRenderer(color: false).Render(Check("https://linkedln-verify.com/login"));

        Assert.StartsWith("✗ Link check: DANGEROUS", text, StringComparison.Ordinal);
        Assert.Contains("Don't open it", text, StringComparison.Ordinal);
    }

    private static Analysis.Reports.Report Check(string input) =>
        CandorEngine.Check(input, new CheckOptions(Now)).Report ?? throw new InvalidOperationException("no report");
}
