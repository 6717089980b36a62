using System.Text.Json;
using Candor.Bot.Cli;

namespace Candor.Bot.Tests.Cli;

/// <summary><c>candor check</c> in-process: output, exit codes and one-line errors.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("candor-cli-").FullName;

    [Fact]
    public async Task Readme_ExampleOutput_IsWhatCheckPrints()
    {
        const string Prompt = "$ candor check web-copy.thread.txt\n";
        var readme = Candor.Analysis.Tests.RepositoryFiles.Read("README.md");
        var start = readme.IndexOf(Prompt, StringComparison.Ordinal) + Prompt.Length;
        var shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var result = await CliRun.RunAsync(["check", Candor.Analysis.Tests.RepositoryFiles.PathOf("../shared/fixtures/web-copy.thread.txt")], "");

        Assert.Equal(0, result.Exit);
        Assert.Equal(shown, System.Text.RegularExpressions.Regex.Replace(result.Output, "\u001b\\[[0-9;]*m", ""));
    }

    [Fact]
    public async Task Check_ThreadOnStandardInput_PrintsReportAndExitsZero()
    {
        var result = await CliRun.RunAsync(["check", "-"], "Alex Kim: Love this! 🔥\nSam Patel: We saw the same drop in 2023 — did you split by seat count?");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Comment thread:", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Check_Json_PrintsOneContractObject()
    {
        var result = await CliRun.RunAsync(["check", "--json"], "Great post! Thanks for sharing 🙌");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("comment", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("low_effort", json.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_FilePathArgument_ReadsTheFile()
    {
        var path = Write("thread.txt", "Jordan Lee: Agree 100%. Thanks for sharing.\nSam Patel: We measured the same thing and saw the drop only under 50 seats.");

        var result = await CliRun.RunAsync(["check", "--json", path], "");

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("thread", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Check_TextArgument_IsJudgedDirectly()
    {
        var result = await CliRun.RunAsync(["check", "--json", "Thanks Daniel, will try that on Monday"], "");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("authentic", json.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_PostFile_IsUsedForTopicalOverlap()
    {
        var post = Write("post.txt", "We cut onboarding time by writing the rejection email before the interview loop starts.");

        var result = await CliRun.RunAsync(["check", "--json", "--post", post], "Writing the rejection email first is such a good onboarding habit for interview loops.");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Contains(json.RootElement.GetProperty("signals").EnumerateArray(), s => s.GetProperty("id").GetString() == "on_topic");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public async Task Check_EmptyInput_ExitsTwoWithOneLine(string input)
    {
        var result = await CliRun.RunAsync(["check"], input);

        Assert.Equal(2, result.Exit);
        Assert.Empty(result.Output);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BinaryFile_ExitsTwoWithOneLine()
    {
        var path = Path.Combine(folder, "image.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var result = await CliRun.RunAsync(["check", path], "");

        Assert.Equal(2, result.Exit);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Check_OversizedInput_ExitsTwoWithOneLine()
    {
        var result = await CliRun.RunAsync(["check"], new string('a', 200 * 1024 + 1));

        Assert.Equal(2, result.Exit);
        Assert.Contains("larger than 200 KB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InvalidUtf8_ExitsTwo()
    {
        var path = Path.Combine(folder, "latin1.txt");
        File.WriteAllBytes(path, [0x47, 0x72, 0xFC, 0xDF, 0x65, 0x20, 0xE0, 0x20, 0x74, 0x6F, 0x75, 0x73]);

        var result = await CliRun.RunAsync(["check", path], "");

        Assert.Equal(2, result.Exit);
        Assert.Contains("UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NothingCommentLike_ExitsTwoAndSaysWhatToPaste()
    {
        var result = await CliRun.RunAsync(["check"], "Like\nReply\n5 Reactions\nLoad more comments");

        Assert.Equal(2, result.Exit);
        Assert.Contains("Paste a LinkedIn comment", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("--post")]
    [InlineData("-x")]
    public async Task Check_BadOption_ExitsTwoWithUsage(string option)
    {
        var result = await CliRun.RunAsync(["check", option], "text");

        Assert.Equal(2, result.Exit);
        Assert.Contains("Usage: candor check", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OptionValueForgotten_SaysSoInsteadOfReadingTheNextOption()
    {
        var result = await CliRun.RunAsync(["check", "--post", "--json", "Great post!"], "");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("candor check: --post needs a value.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DoubleDash_LetsTextStartWithADash()
    {
        var result = await CliRun.RunAsync(["check", "--json", "--", "-- Great post! Thanks for sharing"], "");

        Assert.Equal(0, result.Exit);
        Assert.Contains("\"kind\": \"comment\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FolderGiven_SaysItIsAFolder()
    {
        var result = await CliRun.RunAsync(["check", folder], "");

        Assert.Equal(2, result.Exit);
        Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Help_PrintsItsUsage()
    {
        var result = await CliRun.RunAsync(["check", "--help"], "");

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("Usage: candor check", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TextReport_EndsWithOneLineBreak()
    {
        var result = await CliRun.RunAsync(["check", "Great post! Thanks for sharing"], "");

        Assert.EndsWith("\n", result.Output, StringComparison.Ordinal);
        Assert.False(result.Output.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_MissingPostFile_ExitsTwo()
    {
        var result = await CliRun.RunAsync(["check", "--post", Path.Combine(folder, "missing.txt")], "Great post!");

        Assert.Equal(2, result.Exit);
        Assert.Contains("not found", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thread.txt")]
    [InlineData("pastes/monday")]
    public async Task Check_MissingFileArgument_ExitsTwoInsteadOfJudgingTheName(string argument)
    {
        var result = await CliRun.RunAsync(["check", argument], "");

        Assert.Equal(2, result.Exit);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwo()
    {
        var result = await CliRun.RunAsync(["judge"], "");

        Assert.Equal(2, result.Exit);
        Assert.Contains("unknown command 'judge'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PrintsCommands()
    {
        var result = await CliRun.RunAsync(["help"], "");

        Assert.Equal(0, result.Exit);
        Assert.Contains("candor check", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
