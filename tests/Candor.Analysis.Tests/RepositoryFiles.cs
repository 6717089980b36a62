using System.Runtime.CompilerServices;

namespace Candor.Analysis.Tests;

/// <summary>Files of this repository (README, docs) that tests hold to the truth.</summary>
internal static class RepositoryFiles
{
    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>A path relative to the repository's root ("../shared/fixtures/…" reaches the workspace beside it).</summary>
    public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root(), relativePath));

    private static string Root([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Candor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Candor.slnx not found above the test sources.");
    }
}
