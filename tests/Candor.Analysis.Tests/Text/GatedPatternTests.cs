using System.Reflection;
using Candor.Analysis.Tests.Quality;
using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

/// <summary>
/// A gate that misses one of its pattern's matches silently loses findings, so every gated pattern in the
/// engine is run ungated over every text we have (the corpus, the public data sets, each line of the test
/// sources) and must never match where its gate said no.
/// </summary>
public sealed class GatedPatternTests
{
    [Fact]
    public void Gate_words_decide_whether_the_pattern_runs()
    {
        var gated = new GatedPattern(new System.Text.RegularExpressions.Regex("tele"), "telegram", "telephone");

        Assert.False(gated.Match("the television").Success);
        Assert.True(gated.Admits("add me on TELEGRAM"));
        Assert.Equal("tele", gated.Match("my telephone number").Value);
    }

    [Fact]
    public void No_gate_in_the_engine_hides_a_match()
    {
        var patterns = EngineGatedPatterns();
        Assert.True(patterns.Count >= 10, $"found only {patterns.Count} gated patterns; did the reflection miss some?");

        var texts = Texts();
        var hidden = new List<string>();
        var matched = 0;
        foreach (var (name, pattern) in patterns)
        {
            foreach (var text in texts)
            {
                if (pattern.Pattern.IsMatch(text))
                {
                    matched++;
                    if (!pattern.Admits(text))
                    {
                        hidden.Add($"{name}: {text}");
                    }
                }
            }
        }

        Assert.True(matched > 500, $"only {matched} matches over {texts.Count} texts: the check would prove little");
        Assert.Empty(hidden);
    }

    private static List<(string Name, GatedPattern Pattern)> EngineGatedPatterns() =>
        typeof(GatedPattern).Assembly.GetTypes()
            .Where(type => !type.ContainsGenericParameters)
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .SelectMany(field => field.GetValue(null) switch
            {
                GatedPattern one => [(field.DeclaringType!.Name + "." + field.Name, one)],
                GatedPattern[] many => many.Select((p, i) => ($"{field.DeclaringType!.Name}.{field.Name}[{i}]", p)),
                _ => [],
            })
            .ToList();

    private static List<string> Texts()
    {
        var texts = new List<string>();
        texts.AddRange(CorpusCase.All().SelectMany(c => c.Paste.Split("\n\n")));
        texts.AddRange(Directory.GetFiles(SharedData.Folder("youtube-spam"), "*.csv").SelectMany(f => Csv.Read(f, ',')).Select(row => row["CONTENT"]));
        texts.AddRange(Directory.GetFiles(SharedData.Folder("tweepfake"), "*.csv").SelectMany(f => Csv.Read(f, ';')).Select(row => row["text"]));
        texts.AddRange(TestSourceLines());
        return texts;
    }

    // The heuristics' own tests hold the hand-written cases each pattern was built for, one per line.
    private static IEnumerable<string> TestSourceLines([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Directory.GetFiles(Path.GetDirectoryName(Path.GetDirectoryName(here))!, "*.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines);
}
