using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Candor.Analysis.Tests;
using Candor.Bot.Hosting;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Playground;

/// <summary>
/// End to end with a real Teams client: the bot in local mode, and the official Microsoft 365 Agents Playground
/// (npm <c>@microsoft/m365agentsplayground</c>) driven in headless Chromium by drive-playground.js, which types as a
/// user would, clicks a card button and reads what the rendered cards show. Needs node, <c>npm ci</c> in the
/// Playground folder and Debian's chromium; CANDOR_REQUIRE_BROWSER=1 turns their absence from a skip into a failure.
/// </summary>
public sealed class PlaygroundTests(ITestOutputHelper output)
{
    private const string Folder = "tests/Candor.Bot.Tests/Playground";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Playground_TeamsUser_GetsWelcomeCommentVerdictDraftCoachingAndFeedbackAcknowledged()
    {
        if (NodeScript.Unavailable("Agents Playground end-to-end test", Folder, ["@microsoft/m365agentsplayground/cli.js", "playwright-core/package.json"], needsChromium: true) is { } missing)
        {
            Assert.False(NodeScript.Required, missing);
            output.WriteLine($"Skipped: {missing}");
            return;
        }

        using var folder = new TempFolder();
        await using var app = TestHost.Build(folder);
        await app.StartAsync();
        var endpoint = new Uri(new Uri(app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal))), "/api/messages");
        var outputDirectory = Path.Combine(
            AppContext.BaseDirectory, "playground", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture));

        var stopwatch = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = NodeScript.Run(Folder, "drive-playground.js", [endpoint.ToString(), FreePort().ToString(CultureInfo.InvariantCulture), outputDirectory], RunTimeout);
        output.WriteLine($"drive-playground.js exited {exitCode} after {stopwatch.Elapsed.TotalSeconds:0.0} s; output in {outputDirectory}");
        output.WriteLine(stdout);
        if (stderr.Length > 0)
        {
            output.WriteLine(stderr);
        }

        Assert.True(exitCode == 0, $"drive-playground.js exited {exitCode}: {stdout}{stderr}");
        using var summary = JsonDocument.Parse(stdout);
        var root = summary.RootElement;
        Assert.True(root.GetProperty("ok").GetBoolean());
        var steps = root.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(4, steps.Count);
        Assert.All(steps, step => Assert.True(step.GetProperty("ok").GetBoolean(), step.GetProperty("name").GetString()));
        Assert.Contains("Hi, I'm Candor", Text(steps[0]), StringComparison.Ordinal);
        Assert.Contains("Low effort", Text(steps[1]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("outreach draft", Text(steps[2]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("noted", Text(steps[3]), StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(root.GetProperty("screenshot").GetString()), "no screenshot");

        await app.StopAsync();
    }

    private static string Text(JsonElement step) => step.GetProperty("text").GetString() ?? string.Empty;

    /// <summary>A loopback port nobody listens on now (the Playground takes a random one if it is taken meanwhile).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
