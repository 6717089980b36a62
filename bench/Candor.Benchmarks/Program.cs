using System.Globalization;
using BenchmarkDotNet.Running;
using Candor.Analysis;
using Candor.Benchmarks;

// "--sample N" prints the synthetic N-comment paste and how the engine judged it, to see what is timed.
if (args is ["--sample", var size])
{
    var paste = SyntheticThreads.WebCopy(int.Parse(size, CultureInfo.InvariantCulture));
    var report = CandorEngine.Check(paste, new CheckOptions(DateTimeOffset.UnixEpoch)).Report;
    Console.Write(paste);
    Console.WriteLine($"---\n{paste.Length:N0} chars; {report?.Kind} {report?.Verdict} {report?.Score}; signals: {string.Join(", ", report?.Signals.Select(s => s.Id) ?? [])}");
    foreach (var group in report?.Comments.GroupBy(c => c.Verdict) ?? [])
    {
        Console.WriteLine($"{group.Key}: {group.Count()}");
    }

    return;
}

// "--lockstep" runs pod detection once on the lockstep benchmark's history, for its peak memory and pods found.
if (args is ["--lockstep"])
{
    LockstepBenchmarks.Check();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
