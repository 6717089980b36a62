namespace Candor.Analysis.Tests.Quality;

/// <summary>
/// Finds the workspace's public labelled data sets (../shared/data beside the repository, or
/// CANDOR_SHARED_DATA). Missing data fails the test with a clear message rather than skipping it.
/// </summary>
internal static class SharedData
{
    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("CANDOR_SHARED_DATA") ?? FindUpwards();
        var folder = root is null ? null : Path.Combine(root, name);
        return folder is not null && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException($"Data set '{name}' not found: expected ../shared/data/{name} beside the repository, or set CANDOR_SHARED_DATA.");
    }

    private static string? FindUpwards()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
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
