namespace Candor.Analysis.Tests.Quality;

/// <summary>One labelled paste of the corpus (format: Corpus/README.md).</summary>
internal sealed record CorpusCase(
    string Name, string Kind, string Verdict, string Shape, string Language, string? Post, string Paste, IReadOnlyList<ExpectedComment> Expected)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<CorpusCase> All() =>
        System.IO.Directory.GetFiles(Directory, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToArray();

    public static CorpusCase Load(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        var header = lines.TakeWhile(l => !l.StartsWith("=== ", StringComparison.Ordinal))
            .Select(l => l.Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                current = sections[line[4..].Trim()] = [];
            }
            else
            {
                current?.Add(line);
            }
        }

        var expected = sections["expected"].Where(l => l.Trim().Length > 0).Select(ExpectedComment.Parse).ToArray();
        var post = sections.TryGetValue("post", out var postLines) ? string.Join('\n', postLines).Trim() : null;
        var name = Path.GetRelativePath(Directory, path);
        return new CorpusCase(name, header["kind"], header["verdict"], header["shape"], header["language"], post, string.Join('\n', sections["paste"]), expected);
    }

    public override string ToString() => Name;
}

internal sealed record ExpectedComment(string? Author, string? Age, string Verdict)
{
    public static ExpectedComment Parse(string line)
    {
        var parts = line.Split('|').Select(p => p.Trim()).ToArray();
        return new ExpectedComment(parts[0] == "-" ? null : parts[0], parts[1] == "-" ? null : parts[1], parts[2]);
    }
}
