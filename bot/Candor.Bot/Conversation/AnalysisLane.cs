using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace Candor.Bot.Conversation;

/// <summary>
/// Runs background answers on one dedicated thread per core at a lower OS priority (nice +10 on Linux), so that
/// acknowledging new requests, which must take milliseconds, always gets a core first, while analysis still has
/// every cycle the requests leave. Awaits inside an answer resume here (<c>await</c> captures a task scheduler),
/// so the whole answer stays in the lane.
/// </summary>
internal sealed class AnalysisLane : TaskScheduler, IDisposable
{
    private const int Nicer = 10;

    [ThreadStatic]
    private static bool isLaneThread;

    private readonly Channel<Task> queued = Channel.CreateUnbounded<Task>();
    private readonly Thread[] threads;

    public AnalysisLane()
    {
        threads = [.. Enumerable.Range(0, Environment.ProcessorCount).Select(i => new Thread(Work) { IsBackground = true, Name = $"candor-lane-{i}" })];
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => threads.Length;

    /// <summary>Runs <paramref name="answer"/> in the lane, awaits included.</summary>
    public Task RunAsync(Func<Task> answer) =>
        Task.Factory.StartNew(answer, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    /// <summary>Lets the lane's threads end; whatever is queued afterwards (the last awaits of a stop) runs on the thread pool.</summary>
    public void Dispose() => queued.Writer.TryComplete();

    protected override void QueueTask(Task task)
    {
        if (!queued.Writer.TryWrite(task))
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => TryExecuteTask(task), null);
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => isLaneThread && TryExecuteTask(task);

    // Only debuggers ask; the channel cannot list its contents without taking them.
    protected override IEnumerable<Task> GetScheduledTasks() => [];

    private void Work()
    {
        isLaneThread = true;
        if (OperatingSystem.IsLinux())
        {
            // Linux keeps a nice value per thread, and 0 names the calling one. Being nicer needs no privilege;
            // failing to be only costs acknowledgement latency under load, so the result is not checked.
            _ = SetPriority(0, 0, Nicer);
        }

        // These threads exist to run the lane: blocking one while the lane is empty costs nothing.
        while (queued.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (queued.Reader.TryRead(out var task))
            {
                TryExecuteTask(task);
            }
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would need unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);
#pragma warning restore SYSLIB1054
}
