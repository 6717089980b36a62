using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Candor.Cards.Tests.Rendering;

/// <summary>One finding about a card: <c>Source</c> is parse, validate, own or browser.</summary>
public sealed record RendererEvent(string Source, string Type, string Message)
{
    public override string ToString() => $"[{Source}] {Type}: {Message}";
}

/// <summary>What the official renderer said about one <c>NAME.adaptive.json</c>; <c>PngPath</c> is empty when nothing rendered.</summary>
public sealed record CardResult(string Card, IReadOnlyList<RendererEvent> Events, string PngPath);

/// <summary>One run of render-cards.js: a result per card, and what the script printed.</summary>
public sealed record RendererRun(IReadOnlyList<CardResult> Cards, string Output);

/// <summary>
/// Drives tests/Candor.Cards.Tests/Renderer/render-cards.js: the npm <c>adaptivecards</c> renderer in Node and in
/// headless Chromium (playwright-core), which validates every <c>*.adaptive.json</c> in a folder against schema 1.5
/// and screenshots it. Needs node, <c>npm ci</c> in the Renderer folder, and Debian's chromium.
/// </summary>
public static class OfficialRenderer
{
    private const string RendererRelativePath = "tests/Candor.Cards.Tests/Renderer";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    /// <summary>CI sets CANDOR_REQUIRE_BROWSER=1, which turns a missing renderer from a skip into a failure.</summary>
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CANDOR_REQUIRE_BROWSER"), "1", StringComparison.Ordinal);

    /// <summary>
    /// The Renderer folder in the repository, found by walking up to Candor.slnx from the test binaries, then from
    /// the working directory, then from this source file (for builds with --artifacts-path outside the repository);
    /// null when none of them is inside the repository.
    /// </summary>
    public static string? RendererDirectory
    {
        get
        {
            var repository = FindRepository(AppContext.BaseDirectory)
                ?? FindRepository(Environment.CurrentDirectory)
                ?? FindRepository(Path.GetDirectoryName(SourceFilePath()));
            return repository is null
                ? null
                : Path.Combine(repository, RendererRelativePath.Replace('/', Path.DirectorySeparatorChar));
        }
    }

    /// <summary>The Chromium the script will launch: CHROMIUM_PATH, else /usr/bin/chromium.</summary>
    public static string ChromiumPath
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
            return string.IsNullOrEmpty(fromEnvironment) ? "/usr/bin/chromium" : fromEnvironment;
        }
    }

    /// <summary>Null when node, the Renderer's node_modules and chromium are all there; else one line saying how to install them.</summary>
    public static string? Unavailable()
    {
        var missing = new List<string>();
        var renderer = RendererDirectory;
        if (renderer is null)
        {
            missing.Add($"no Candor.slnx above {AppContext.BaseDirectory}, the working directory or {SourceFilePath()}");
        }
        else if (!File.Exists(Path.Combine(renderer, "node_modules", "adaptivecards", "dist", "adaptivecards.js"))
            || !Directory.Exists(Path.Combine(renderer, "node_modules", "playwright-core")))
        {
            missing.Add($"{RendererRelativePath}/node_modules");
        }

        if (FindOnPath("node") is null)
        {
            missing.Add("node on PATH");
        }

        if (!File.Exists(ChromiumPath))
        {
            missing.Add($"chromium at {ChromiumPath}");
        }

        if (missing.Count == 0)
        {
            return null;
        }

        return $"Official Adaptive Cards renderer unavailable (missing: {string.Join(", ", missing)}); install with "
            + $"`apt-get install -y chromium` and `npm ci --prefix {RendererRelativePath}` (Node.js 20+ on PATH).";
    }

    /// <summary>
    /// Runs <c>node render-cards.js cardsDirectory outputDirectory</c> and reads its results.json.
    /// Throws when the harness itself fails (exit code 2, a timeout or no results).
    /// </summary>
    public static RendererRun Run(string cardsDirectory, string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardsDirectory);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var renderer = RendererDirectory
            ?? throw new InvalidOperationException("No Candor.slnx found above the test binaries, the working directory or the source.");
        var node = FindOnPath("node") ?? throw new InvalidOperationException("node is not on PATH.");

        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = renderer,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(renderer, "render-cards.js"));
        start.ArgumentList.Add(Path.GetFullPath(cardsDirectory));
        start.ArgumentList.Add(Path.GetFullPath(outputDirectory));

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(RunTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"render-cards.js did not finish within {RunTimeout.TotalSeconds:0} s.");
        }

        process.WaitForExit(); // flushes the redirected streams
        var output = (stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult()).Trim();
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"render-cards.js failed (exit code {process.ExitCode}): {output}");
        }

        var resultsPath = Path.Combine(outputDirectory, "results.json");
        if (!File.Exists(resultsPath))
        {
            throw new InvalidOperationException($"render-cards.js wrote no {resultsPath}: {output}");
        }

        return new RendererRun(ReadResults(resultsPath, outputDirectory), output);
    }

    private static List<CardResult> ReadResults(string resultsPath, string outputDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(resultsPath));
        var cards = new List<CardResult>();
        foreach (var card in document.RootElement.EnumerateArray())
        {
            var events = new List<RendererEvent>();
            foreach (var e in card.GetProperty("events").EnumerateArray())
            {
                events.Add(new RendererEvent(Text(e, "source"), Text(e, "type"), Text(e, "message")));
            }

            var png = card.TryGetProperty("png", out var pngElement) && pngElement.ValueKind == JsonValueKind.String
                ? Path.GetFullPath(Path.Combine(outputDirectory, pngElement.GetString()!))
                : string.Empty;
            cards.Add(new CardResult(Text(card, "card"), events, png));
        }

        return cards;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;

    private static string? FindRepository(string? start)
    {
        if (string.IsNullOrEmpty(start) || !Directory.Exists(start))
        {
            return null;
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Candor.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string SourceFilePath([CallerFilePath] string path = "") => path;

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
