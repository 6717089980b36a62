using System.Diagnostics;
using System.Text;

namespace Candor.Analysis.Tests;

/// <summary>What a Node script printed, and how it ended.</summary>
internal sealed record NodeRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// The Node.js harnesses beside the tests (the official Adaptive Cards renderer, the Teams manifest validator,
/// the Agents Playground driver): whether node, a folder's npm packages and Chromium are there, and running a
/// script. CI sets CANDOR_REQUIRE_BROWSER=1, which turns a missing piece from a skip into a failure.
/// </summary>
internal static class NodeScript
{
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CANDOR_REQUIRE_BROWSER"), "1", StringComparison.Ordinal);

    /// <summary>The Chromium the scripts launch: CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Null when node, the given files under the folder's node_modules (and Chromium, when asked for) are all
    /// there; else one line naming what is missing and how to install it.
    /// </summary>
    public static string? Unavailable(string what, string folder, IEnumerable<string> moduleFiles, bool needsChromium)
    {
        var missing = new List<string>();
        if (!moduleFiles.All(file => Path.Exists(Path.Combine(RepositoryFiles.PathOf(folder), "node_modules", file))))
        {
            missing.Add($"{folder}/node_modules");
        }

        if (Node() is null)
        {
            missing.Add("node on PATH");
        }

        if (needsChromium && !File.Exists(ChromiumPath))
        {
            missing.Add($"chromium at {ChromiumPath}");
        }

        return missing.Count == 0
            ? null
            : $"{what} unavailable (missing: {string.Join(", ", missing)}); install with "
                + $"{(needsChromium ? "`apt-get install -y chromium` and " : "")}`npm ci --prefix {folder}` (Node.js 20+ on PATH).";
    }

    /// <summary>Runs <c>node folder/script args…</c> in the folder; throws when node is missing or the script outlives the timeout.</summary>
    public static NodeRun Run(string folder, string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var directory = RepositoryFiles.PathOf(folder);
        var start = new ProcessStartInfo(Node() ?? throw new InvalidOperationException("node is not on PATH."))
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(directory, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            // A script that hangs takes its children (a browser, the Playground) down with it.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{script} did not finish within {timeout.TotalSeconds:0} s: {stdout.Result}{stderr.Result}");
        }

        process.WaitForExit(); // flushes the redirected streams
        return new NodeRun(process.ExitCode, stdout.Result.Trim(), stderr.Result.Trim());
    }

    private static string? Node() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);
}
