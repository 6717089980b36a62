namespace Candor.Bot.Tests.Cli;

public class CardsCommandTests
{
    [Fact]
    public async Task Cards_WritesEveryCardInEveryFormat()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"candor-cards-{Guid.NewGuid():N}");
        try
        {
            var result = await CliRun.RunAsync(["cards", "--out", folder], "");

            Assert.Equal(0, result.Exit);
            Assert.Contains("Wrote 17 cards", result.Output, StringComparison.Ordinal);
            foreach (var name in (string[])["thread-short", "thread-huge", "outreach-hostile", "digest", "welcome", "error"])
            {
                Assert.True(File.Exists(Path.Combine(folder, $"{name}.adaptive.json")), name);
                Assert.True(File.Exists(Path.Combine(folder, $"{name}.slack.json")), name);
                Assert.True(File.Exists(Path.Combine(folder, $"{name}.txt")), name);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("cards")]
    [InlineData("cards --out")]
    [InlineData("cards --out dir extra")]
    public async Task Cards_WithoutAFolder_SaysHowToUseIt(string commandLine)
    {
        var result = await CliRun.RunAsync(commandLine.Split(' '), "");

        Assert.Equal(2, result.Exit);
        Assert.Contains("candor cards --out DIR", result.Error, StringComparison.Ordinal);
    }
}
