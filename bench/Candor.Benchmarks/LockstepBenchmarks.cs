using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Candor.Analysis.Lockstep;
using Candor.Analysis.Tests.Lockstep;

namespace Candor.Benchmarks;

/// <summary>
/// Issue 7's target for cross-thread lockstep detection: a channel's whole history, 1,000,000 judged comments on
/// 10,000 threads from 50,000 accounts with 50 planted pods (<see cref="LockstepCorpus"/>, shared with the quality
/// test), searched for pods in ≤ 2 s with ≤ 500 MB allocated. Setup checks that every planted pod is found, so a
/// change can't quietly turn this into a benchmark of a detector that finds nothing.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LockstepBenchmarks
{
    private static readonly CorpusShape Shape = new(Threads: 10_000, Accounts: 50_000, Comments: 1_000_000, Pods: 50, Seed: 7);

    private LockstepComment[] history = [];

    [GlobalSetup]
    public void Setup()
    {
        var planted = LockstepCorpus.Generate(Shape);
        history = planted.Comments;
        var match = PodMatch.Of(planted.Pods, LockstepDetector.Find(history));
        Console.WriteLine($"// Lockstep history: {Describe(match)}");
        if (match.PodsFound < match.Pods)
        {
            throw new InvalidOperationException($"Only {match.PodsFound} of the {match.Pods} planted pods were found.");
        }
    }

    [Benchmark]
    public int Find1M() => LockstepDetector.Find(history).Count;

    [GlobalCleanup]
    public void Cleanup() => Console.WriteLine($"// Lockstep benchmark process: peak RSS {Status("VmHWM"):N0} MB, {history.Length:N0} comments loaded");

    /// <summary>
    /// One detection in this process, for its peak memory, which BenchmarkDotNet does not measure: the first (cold)
    /// run's time, allocations and peak RSS, then the best of five warm runs, and how the planted pods were found.
    /// </summary>
    public static void Check()
    {
        var planted = LockstepCorpus.Generate(Shape);
        GC.Collect();
        var (inputPeak, allocated) = (Status("VmHWM"), GC.GetTotalAllocatedBytes(precise: true));
        var watch = Stopwatch.StartNew();
        var groups = LockstepDetector.Find(planted.Comments);
        var cold = watch.Elapsed;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var peak = Status("VmHWM");
        var warm = Enumerable.Range(0, 5).Min(_ =>
        {
            watch.Restart();
            LockstepDetector.Find(planted.Comments);
            return watch.Elapsed;
        });

        Console.WriteLine($"{planted.Comments.Length:N0} comments, {Shape.Threads:N0} threads, {Shape.Accounts:N0} accounts, {Shape.Pods} planted pods (seed {Shape.Seed})");
        Console.WriteLine($"first run {cold.TotalMilliseconds:N0} ms, {allocated / 1e6:N0} MB allocated; best of 5 warm runs {warm.TotalMilliseconds:N0} ms");
        Console.WriteLine($"peak RSS {inputPeak:N0} MB with the history loaded, {peak:N0} MB after detection");
        Console.WriteLine(Describe(PodMatch.Of(planted.Pods, groups)));
    }

    private static string Describe(PodMatch match) =>
        $"{match.PodsFound} of {match.Pods} planted pods found, {match.Groups} groups, {match.FalseGroups} false, {match.ExactGroups} exactly a pod";

    /// <summary>A memory figure of this process from /proc/self/status (VmHWM is the peak resident set), in MB.</summary>
    private static double Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
