using System.Text.Json;
using Candor.Analysis.Tests;

namespace Candor.Bot.Tests.Manifest;

/// <summary>
/// Drives tests/Candor.Bot.Tests/Manifest/validate-manifest.js: the npm <c>@microsoft/app-manifest</c> package's
/// <c>AppManifestUtils.validateAgainstSchema</c>, given the Teams schema file the package ships for the manifest's
/// version, so nothing is downloaded. Needs node and <c>npm ci</c> in the Manifest folder.
/// </summary>
internal static class ManifestValidator
{
    private const string Folder = "tests/Candor.Bot.Tests/Manifest";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public static bool Required => NodeScript.Required;

    public static string? Unavailable() =>
        NodeScript.Unavailable("Teams manifest validator", Folder, ["@microsoft/app-manifest/package.json", "fs-extra/package.json"], needsChromium: false);

    /// <summary>The schema errors for a manifest.json (empty when valid). Throws when the validator itself fails.</summary>
    public static IReadOnlyList<string> Validate(string manifestPath)
    {
        var run = NodeScript.Run(Folder, "validate-manifest.js", [Path.GetFullPath(manifestPath)], RunTimeout);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate-manifest.js failed (exit code {run.ExitCode}): {run.Stdout}{run.Stderr}");
        }

        var errors = JsonSerializer.Deserialize<List<string>>(run.Stdout) ?? [];
        Assert.Equal(run.ExitCode == 1, errors.Count > 0);
        return errors;
    }
}
