using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
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
    private const string RelativePath = "tests/Candor.Bot.Tests/Playground";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    private static string Folder => RepositoryFiles.PathOf(RelativePath);

    private static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CANDOR_REQUIRE_BROWSER"), "1", StringComparison.Ordinal);

    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task Playground_TeamsUser_GetsWelcomeCommentVerdictDraftCoachingAndFeedbackAcknowledged()
    {
        if (Unavailable() is { } missing)
        {
            Assert.False(Required, missing);
            output.WriteLine($"Skipped: {missing}");
            return;
        }

        await using var app = CandorHost.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var endpoint = new Uri(new Uri(app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal))), "/api/messages");
        var outputDirectory = Path.Combine(
            AppContext.BaseDirectory, "playground", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture));

        var stopwatch = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = await RunDriverAsync(endpoint, FreePort(), outputDirectory);
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

    /// <summary>Null when node, the Playground folder's node_modules and chromium are all there; else one line saying how to install them.</summary>
    private static string? Unavailable()
    {
        var missing = new List<string>();
        var modules = Path.Combine(Folder, "node_modules");
        if (!File.Exists(Path.Combine(modules, "@microsoft", "m365agentsplayground", "cli.js"))
            || !File.Exists(Path.Combine(modules, "playwright-core", "package.json")))
        {
            missing.Add($"{RelativePath}/node_modules");
        }

        if (FindOnPath("node") is null)
        {
            missing.Add("node on PATH");
        }

        if (!File.Exists(ChromiumPath))
        {
            missing.Add($"chromium at {ChromiumPath}");
        }

        return missing.Count == 0
            ? null
            : $"Agents Playground end-to-end test unavailable (missing: {string.Join(", ", missing)}); install with "
                + $"`apt-get install -y chromium` and `npm ci --prefix {RelativePath}` (Node.js 20+ on PATH).";
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunDriverAsync(Uri endpoint, int port, string outputDirectory)
    {
        var start = new ProcessStartInfo(FindOnPath("node")!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(Folder, "drive-playground.js"));
        start.ArgumentList.Add(endpoint.ToString());
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(outputDirectory);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(RunTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // The driver stops the Playground when it is signalled; killing the tree covers a driver that hangs.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"drive-playground.js did not finish within {RunTimeout.TotalSeconds:0} s: {await stdout}{await stderr}");
        }

        return (process.ExitCode, (await stdout).Trim(), (await stderr).Trim());
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

    private static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd" } : new[] { program };
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
