using Xunit.Abstractions;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>Alone, after the parallel tests: its latencies are the bot's, not those of a dozen other test hosts sharing two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzRunAlone
{
    public const string Name = "Fuzz";
}

/// <summary>The short fuzz run of the suite (bench/fuzz.sh runs the long one with the same generator).</summary>
[Collection(FuzzRunAlone.Name)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20251116;
    private const int Inputs = 5000;

    // A single answer may take longer on a loaded two-core CI machine (a gen-2 GC or the thread pool growing pauses
    // everything for a moment), so the 200 ms bound holds for 99% of HTTP answers and no answer may take a second.
    // The engine's own times are reported, not bounded here: its budget is the benchmarks' (bench/README.md).
    private const double CeilingMs = 1000;

    [Fact]
    public async Task ShortRun_EveryInputAnsweredClearlyAndQuickly()
    {
        await using var bot = await FuzzBot.StartAsync();
        var report = await new FuzzRunner(bot, new FuzzGenerator(Seed, bot.Endpoints), concurrency: 2).RunAsync(Inputs, Seed);
        output.WriteLine(report.ToString());

        Assert.True(report.Failures.Count == 0, report.ToString());
        var ms = report.Http.Select(o => o.Milliseconds).Order().ToArray();
        Assert.True(FuzzReport.Percentile(ms, 0.99) <= FuzzReport.AnswerBoundMs, report.ToString());
        Assert.True(ms[^1] <= CeilingMs, report.ToString());
        Assert.Equal(FuzzGenerator.Families.Count, report.Outcomes.Select(o => o.Input.Family).Distinct().Count());
        Assert.True(report.Background["Teams cards posted"] > 0 && report.Background["Slack chat.postMessage"] > 0, report.ToString());
    }

    [Fact]
    public void Generator_SameSeedAndIndex_SameInput()
    {
        var endpoints = new FuzzEndpoints("http://127.0.0.1:1/", "http://127.0.0.1:2/hooks/");
        var first = new FuzzGenerator(7, endpoints).Input(4321);
        var again = new FuzzGenerator(7, endpoints).Inputs(4322).Last();

        Assert.Equal(first.Family, again.Family);
        Assert.Equal(first.Body, again.Body);
        Assert.Equal(first.Engine, again.Engine);
    }
}
