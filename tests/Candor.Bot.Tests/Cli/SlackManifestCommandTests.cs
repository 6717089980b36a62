using Candor.Bot.Cli;
using Candor.Bot.Tests.Manifest;

namespace Candor.Bot.Tests.Cli;

public sealed class SlackManifestCommandTests
{
    [Fact]
    public async Task SlackManifest_WithDomain_PrintsYamlWithEveryUrlOnThatHost()
    {
        var result = await CliRun.RunAsync(["slack-manifest", "--domain", "bot.contoso.com"], "");

        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Error);
        AssertOnHost(result.Output, "bot.contoso.com");
    }

    [Fact]
    public async Task SlackManifest_WithOut_WritesTheFile_AndPrintsItsPath()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"candor-slack-{Guid.NewGuid():N}");
        try
        {
            var file = Path.Combine(folder, "out", "slack.yaml");

            var result = await CliRun.RunAsync(["slack-manifest", "--domain", "bot.contoso.com", "--out", file], "");

            Assert.True(result.Exit == 0, result.Error);
            Assert.Equal(Path.GetFullPath(file), result.Output.Trim());
            AssertOnHost(await File.ReadAllTextAsync(file), "bot.contoso.com");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("slack-manifest")]
    [InlineData("slack-manifest --domain")]
    [InlineData("slack-manifest --out slack.yaml")]
    [InlineData("slack-manifest --domain https://bot.contoso.com/")]
    [InlineData("slack-manifest --domain bot.contoso.com:8443")]
    [InlineData("slack-manifest --domain bot.contoso.com/slack")]
    [InlineData("slack-manifest --domain *.contoso.com")]
    [InlineData("slack-manifest --domain 10.0.0.5")]
    [InlineData("slack-manifest --domain bot.contoso.com extra")]
    [InlineData("slack-manifest --domain bot.contoso.com --port 443")]
    public async Task SlackManifest_WithBadArguments_Exits2WithOneLine(string commandLine)
    {
        var result = await CliRun.RunAsync(commandLine.Split(' '), "");

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("candor slack-manifest: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackManifest_WithAnEmptyOutPath_Exits2WithOneLine()
    {
        var result = await CliRun.RunAsync(["slack-manifest", "--domain", "bot.contoso.com", "--out", ""], "");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("candor slack-manifest: ", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheCommand()
    {
        var result = await CliRun.RunAsync(["help"], "");

        Assert.Contains(CommandLine.SlackManifestUsage, result.Output, StringComparison.Ordinal);
    }

    private static void AssertOnHost(string yaml, string host)
    {
        var urls = SlackManifestTests.Urls(SlackManifestTests.Parse(yaml));

        Assert.Equal(3, urls.Count);
        Assert.All(urls, url => Assert.StartsWith($"https://{host}/", url, StringComparison.Ordinal));
        Assert.DoesNotContain(BotDomain.Placeholder, yaml, StringComparison.OrdinalIgnoreCase);
    }
}
