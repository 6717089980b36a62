using Xunit.Abstractions;

namespace Candor.Analysis.Tests.Quality;

/// <summary>
/// Where quality figures go: the test output and a Markdown file under the build output, printed by
/// <c>.ci/run</c>, so every run shows the current precision and recall.
/// </summary>
internal static class QualityReport
{
    public static string PathOf(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "quality", name + ".md");

    public static void Write(ITestOutputHelper output, string name, string markdown)
    {
        output.WriteLine(markdown);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(PathOf(name))!);
        File.WriteAllText(PathOf(name), markdown);
    }
}
