using System.Threading.Channels;

namespace Candor.Bot.Conversation;

/// <summary>How full a work queue is, for the health endpoint.</summary>
internal interface IQueueDepth
{
    /// <summary>The channel whose work it holds ("teams", "slack").</summary>
    string Name { get; }

    int Waiting { get; }

    int Bound { get; }
}

/// <summary>
/// Work acknowledged to a channel and waiting to be answered. Bounded, so a flood is refused (the channel is
/// told to retry) instead of memory growing without limit. It lives in memory: what a stop leaves in it is
/// counted in the log (<see cref="Drain"/>).
/// </summary>
internal class WorkQueue<T>(string name) : IQueueDepth
{
    public const int Capacity = 5_000;

    private readonly Channel<T> channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        SingleWriter = false,
    });

    public string Name => name;

    public int Waiting => channel.Reader.Count;

    public int Bound => Capacity;

    /// <summary>False when the queue is full: the caller asks the channel to try again later.</summary>
    public bool TryAccept(T work) => channel.Writer.TryWrite(work);

    /// <summary>Closes the queue and counts what was left in it.</summary>
    public int Drain()
    {
        channel.Writer.TryComplete();
        var left = 0;
        while (channel.Reader.TryRead(out _))
        {
            left++;
        }

        return left;
    }

    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancel) => channel.Reader.ReadAllAsync(cancel);
}

/// <summary>
/// Answers queued work in the background; one failure is logged by the answerer and never stops the rest.
/// Analysis is CPU-bound: one answer per core analyses at a time, which keeps the cores busy and leaves the
/// thread pool free to acknowledge new requests at once. Sending is not: an answer that has its
/// card (<c>analysed</c>) gives up its turn while it waits on the chat service, so a slow Slack or Connector
/// never holds the next analysis back; up to 64 answers are under way. A stop lets them finish while the host
/// allows, then counts in the log whatever is left unanswered, queued or under way.
/// </summary>
internal abstract partial class QueueWorker<T>(WorkQueue<T> queue, AnalysisLane lane, ILogger logger) : BackgroundService
{
    private const int MostUnderWay = 64;
    private static readonly int Analysing = Environment.ProcessorCount;

    private readonly SemaphoreSlim analysing = new(Analysing);
    private readonly SemaphoreSlim underWay = new(MostUnderWay);
    private readonly List<Task> running = [];

    // Cancelled only when a stop runs out of time, so a stop does not cut short the answers under way.
    private readonly CancellationTokenSource abandon = new();

    /// <param name="analysed">Called once the answer is ready to send: the next analysis may start.</param>
    protected abstract Task AnswerAsync(T work, Action analysed, CancellationToken cancel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.ReadAllAsync(stoppingToken))
            {
                await underWay.WaitAsync(stoppingToken);
                await analysing.WaitAsync(stoppingToken);
                var answer = lane.RunAsync(() => AnswerOneAsync(work));
                lock (running)
                {
                    running.RemoveAll(t => t.IsCompleted);
                    running.Add(answer);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: StopAsync waits for what is under way.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Task[] unfinished;
        lock (running)
        {
            unfinished = [.. running.Where(t => !t.IsCompleted)];
        }

        try
        {
            await Task.WhenAll(unfinished).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await abandon.CancelAsync();
        }
#pragma warning disable CA1031 // Each answer logs its own failures; here only their completion matters.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        // Nothing accepted disappears without a word. (A durable outbox that survives restarts comes with the
        // hardening release.)
        var left = queue.Drain() + unfinished.Count(t => !t.IsCompleted);
        if (left > 0)
        {
            LogLeftUnanswered(logger, left, GetType().Name);
        }
    }

    // The semaphores are not disposed: an answer abandoned by a stop may still release its turn afterwards.
    public override void Dispose()
    {
        abandon.Dispose();
        base.Dispose();
    }

    private async Task AnswerOneAsync(T work)
    {
        var analysed = 0;
        void Analysed()
        {
            if (Interlocked.Exchange(ref analysed, 1) == 0)
            {
                analysing.Release();
            }
        }

        try
        {
            await AnswerAsync(work, Analysed, abandon.Token);
        }
        finally
        {
            Analysed();
            underWay.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot stopped with {Count} accepted requests unanswered by {Worker}.")]
    private static partial void LogLeftUnanswered(ILogger logger, int count, string worker);
}
