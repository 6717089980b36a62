using System.Diagnostics;
using System.Text;
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
    private const string RelativePath = "tests/Candor.Bot.Tests/Manifest";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>CI sets CANDOR_REQUIRE_BROWSER=1, which turns a missing validator from a skip into a failure.</summary>
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CANDOR_REQUIRE_BROWSER"), "1", StringComparison.Ordinal);

    public static string Folder => RepositoryFiles.PathOf(RelativePath);

    /// <summary>Null when node and the Manifest folder's node_modules are there; else one line saying how to install them.</summary>
    public static string? Unavailable()
    {
        var missing = new List<string>();
        var modules = Path.Combine(Folder, "node_modules");
        if (!File.Exists(Path.Combine(modules, "@microsoft", "app-manifest", "package.json"))
            || !File.Exists(Path.Combine(modules, "fs-extra", "package.json")))
        {
            missing.Add($"{RelativePath}/node_modules");
        }

        if (FindOnPath("node") is null)
        {
            missing.Add("node on PATH");
        }

        return missing.Count == 0
            ? null
            : $"Teams manifest validator unavailable (missing: {string.Join(", ", missing)}); install with `npm ci --prefix {RelativePath}` (Node.js 20+ on PATH).";
    }

    /// <summary>The schema errors for a manifest.json (empty when valid). Throws when the validator itself fails.</summary>
    public static IReadOnlyList<string> Validate(string manifestPath)
    {
        var node = FindOnPath("node") ?? throw new InvalidOperationException("node is not on PATH.");
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(Folder, "validate-manifest.js"));
        start.ArgumentList.Add(Path.GetFullPath(manifestPath));

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(RunTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"validate-manifest.js did not finish within {RunTimeout.TotalSeconds:0} s.");
        }

        process.WaitForExit(); // flushes the redirected streams
        var output = stdout.GetAwaiter().GetResult();
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate-manifest.js failed (exit code {process.ExitCode}): {output}{stderr.GetAwaiter().GetResult()}");
        }

        var errors = JsonSerializer.Deserialize<List<string>>(output) ?? [];
        Assert.Equal(process.ExitCode == 1, errors.Count > 0);
        return errors;
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
