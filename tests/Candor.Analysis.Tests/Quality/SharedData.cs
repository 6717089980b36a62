using System.Runtime.CompilerServices;

namespace Candor.Analysis.Tests.Quality;

/// <summary>
/// Finds the workspace's public labelled data sets (../shared/data beside the repository, or
/// CANDOR_SHARED_DATA). Missing data fails the test with a clear message rather than skipping it.
/// </summary>
internal static class SharedData
{
    /// <summary>The text of one of the workspace's example pastes (../shared/fixtures).</summary>
    public static string Fixture(string file) => File.ReadAllText(Path.Combine(Folder(".."), "fixtures", file));

    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("CANDOR_SHARED_DATA") ?? FindUpwards(AppContext.BaseDirectory) ?? FindUpwards(SourceFolder());
        var folder = root is null ? null : Path.Combine(root, name);
        return folder is not null && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException($"Data set '{name}' not found: expected ../shared/data/{name} beside the repository, or set CANDOR_SHARED_DATA.");
    }

    // Builds with --artifacts-path put the binaries outside the repository; the sources never move.
    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
