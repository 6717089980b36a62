using System.Threading.Channels;

namespace Candor.Bot.Conversation;

/// <summary>
/// Work acknowledged to a channel and waiting to be answered. Bounded, so a flood is refused (the channel is
/// told to retry) instead of memory growing without limit. It lives in memory: what a stop leaves in it is
/// counted in the log (<see cref="Drain"/>).
/// </summary>
internal class WorkQueue<T>
{
    public const int Capacity = 5_000;

    private readonly Channel<T> channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        SingleWriter = false,
    });

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
/// Answers queued work in the background, many at once; one failure is logged by the answerer and never stops
/// the rest. A stop lets the answers under way finish while the host allows, then counts in the log whatever
/// is left unanswered, queued or under way.
/// </summary>
internal abstract partial class QueueWorker<T>(WorkQueue<T> queue, ILogger logger) : BackgroundService
{
    // Answers mostly wait: on a chat service, the database, the optional model. Analysis itself runs one per
    // core (AnalysisGate), so this many in flight keeps the cores busy however slow the services are.
    private const int InFlight = 64;

    private readonly SemaphoreSlim slots = new(InFlight);
    private readonly List<Task> running = [];

    // Cancelled only when a stop runs out of time, so a stop does not cut short the answers under way.
    private readonly CancellationTokenSource abandon = new();

    protected abstract Task AnswerAsync(T work, CancellationToken cancel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                var answer = Task.Run(() => AnswerOneAsync(work), CancellationToken.None);
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
        Task[] underWay;
        lock (running)
        {
            underWay = [.. running.Where(t => !t.IsCompleted)];
        }

        try
        {
            await Task.WhenAll(underWay).WaitAsync(cancellationToken);
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
        var left = queue.Drain() + underWay.Count(t => !t.IsCompleted);
        if (left > 0)
        {
            LogLeftUnanswered(logger, left, GetType().Name);
        }
    }

    // The slots are not disposed: an answer abandoned by a stop may still release its slot afterwards.
    public override void Dispose()
    {
        abandon.Dispose();
        base.Dispose();
    }

    private async Task AnswerOneAsync(T work)
    {
        try
        {
            await AnswerAsync(work, abandon.Token);
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot stopped with {Count} accepted requests unanswered by {Worker}.")]
    private static partial void LogLeftUnanswered(ILogger logger, int count, string worker);
}
