using Candor.Analysis.Outreach;
using System.Text.Json;
using Candor.Bot.Cli;

namespace Candor.Bot.Tests.Cli;

/// <summary><c>candor coach</c> in-process: context options, JSON contract, usage errors.</summary>
public sealed class CoachCommandTests
{
    private const string Draft = "Hi Aisha, hope you're doing well! I'd love to connect and tell you about our pricing analytics tool. Do you have 30 minutes next week for a demo?";

    [Fact]
    public async Task Coach_WithContextAsJson_GivesIssuesRewriteAndVariants()
    {
        var result = await CliRun.RunAsync(["coach", "--json", "--to", "Aisha Rahman, Head of Growth at Fourth Coffee", "--about", "spoke at SaaStr about pricing page experiments", "--format", "note", "-"], Draft);

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("outreach", root.GetProperty("kind").GetString());
        Assert.Contains(root.GetProperty("issues").EnumerateArray(), i => i.GetProperty("id").GetString() == "pushy_ask");
        var rewrite = root.GetProperty("rewrite");
        Assert.Contains("SaaStr", rewrite.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(rewrite.GetProperty("text").GetString()!.Length <= 300);
        Assert.Equal(2, rewrite.GetProperty("variants").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, rewrite.GetProperty("needs").ValueKind);
    }

    [Fact]
    public async Task Coach_ContextLinesInThePaste_AreUsed()
    {
        var result = await CliRun.RunAsync(["coach"], "To: Aisha Rahman, Head of Growth at Fourth Coffee\nAbout: spoke at SaaStr about pricing page experiments\n\n" + Draft);

        Assert.Equal(0, result.Exit);
        Assert.Contains("Better message", result.Output, StringComparison.Ordinal);
        Assert.Contains("I saw you spoke at SaaStr", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "letter", "--format is note, inmail, message or reply")]
    [InlineData("--to", null, "--to needs a value")]
    [InlineData("--tone", "warm", "unknown option --tone")]
    [InlineData("--to", "--json", "--to needs a value")]
    public async Task Coach_BadOption_ExitsTwoWithOneLine(string option, string? value, string message)
    {
        var result = await CliRun.RunAsync(value is null ? ["coach", option] : ["coach", option, value], Draft);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("candor coach: " + message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Coach_OnlyContextLines_SaysWhatIsMissing()
    {
        var result = await CliRun.RunAsync(["coach"], "To: Aisha Rahman\nAbout: spoke at SaaStr");

        Assert.Equal(2, result.Exit);
        Assert.Contains("only context lines", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coach_EmptyInput_AsksForADraft()
    {
        var result = await CliRun.RunAsync(["coach"], "  \n");

        Assert.Equal(2, result.Exit);
        Assert.Equal("candor coach: There is nothing to coach: the input is empty. Paste the draft message you want to send.", result.Error.TrimEnd());
    }

    [Fact]
    public async Task Coach_ConfiguredLimits_AreTheOnesApplied()
    {
        const string note = "Hi Aisha, your SaaStr talk on pricing pages was the clearest I have heard. Which experiment surprised you most?";

        var defaults = await CliRun.RunAsync(["coach", "--json", "--format", "note", "-"], note);
        var tight = await CliRun.RunAsync(["coach", "--json", "--format", "note", "-"], note, limits: new OutreachLimits { NoteChars = 80 });

        Assert.DoesNotContain("\"too_long\"", defaults.Output, StringComparison.Ordinal);
        Assert.Contains("\"too_long\"", tight.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DraftWithConfiguredLimits_AppliesThemToo()
    {
        var tight = await CliRun.RunAsync(["check", "--json", "-"], "To: Aisha Rahman\n\nHi Aisha, your SaaStr talk on pricing pages was great. We cut churn by 20% with the same idea. Want the write-up?",
            limits: new OutreachLimits { MessageWords = 10 });

        Assert.Contains("\"too_long\"", tight.Output, StringComparison.Ordinal);
    }
}
