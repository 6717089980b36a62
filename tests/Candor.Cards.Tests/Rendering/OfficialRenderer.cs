using System.Text.Json;
using Candor.Analysis.Tests;

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
    private const string Folder = "tests/Candor.Cards.Tests/Renderer";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    public static bool Required => NodeScript.Required;

    public static string? Unavailable() =>
        NodeScript.Unavailable("Official Adaptive Cards renderer", Folder, ["adaptivecards/dist/adaptivecards.js", "playwright-core"], needsChromium: true);

    /// <summary>
    /// Runs <c>node render-cards.js cardsDirectory outputDirectory</c> and reads its results.json.
    /// Throws when the harness itself fails (exit code 2, a timeout or no results).
    /// </summary>
    public static RendererRun Run(string cardsDirectory, string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardsDirectory);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var run = NodeScript.Run(Folder, "render-cards.js", [Path.GetFullPath(cardsDirectory), Path.GetFullPath(outputDirectory)], RunTimeout);
        var output = $"{run.Stdout}\n{run.Stderr}".Trim();
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"render-cards.js failed (exit code {run.ExitCode}): {output}");
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
}
