using System.Globalization;
using Candor.Bot.Conversation;

namespace Candor.Bot.Tests.Conversation;

public sealed class AnalysisLaneTests
{
    [Fact]
    public async Task Answer_RunsInTheLane_AwaitsIncluded_AtALowerPriority()
    {
        using var lane = new AnalysisLane();
        string? before = null, after = null;
        int? nice = null;

        await lane.RunAsync(async () =>
        {
            before = Thread.CurrentThread.Name;
            await Task.Delay(10);
            after = Thread.CurrentThread.Name;
            nice = OperatingSystem.IsLinux() ? Nice() : null;
        });

        Assert.StartsWith("candor-lane-", before, StringComparison.Ordinal);
        Assert.StartsWith("candor-lane-", after, StringComparison.Ordinal);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(10, nice);
        }
    }

    [Fact]
    public async Task ManyAnswers_AllFinish_OnAsManyThreadsAsCores()
    {
        using var lane = new AnalysisLane();
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => lane.RunAsync(async () =>
        {
            threads.TryAdd(Thread.CurrentThread.Name!, 0);
            await Task.Yield();
            threads.TryAdd(Thread.CurrentThread.Name!, 0);
        })));

        Assert.InRange(threads.Count, 1, Environment.ProcessorCount);
    }

    // The 19th field of /proc/thread-self/stat is the calling thread's nice value.
    private static int Nice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }
}
