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
/// Answers queued work in the background, several at once; one failure is logged by the answerer and never
/// stops the rest. Whatever a stop leaves unanswered is counted in the log.
/// </summary>
internal abstract partial class QueueWorker<T>(WorkQueue<T> queue, ILogger logger) : BackgroundService
{
    // Answers mostly wait: on a chat service, the database, the optional model. Analysis itself runs one per
    // core (AnalysisGate), so this many in flight keeps the cores busy however slow the services are.
    private const int InFlight = 64;

    protected abstract Task AnswerAsync(T work, CancellationToken cancel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(InFlight);
        var running = new List<Task>();
        await foreach (var work in queue.ReadAllAsync(stoppingToken))
        {
            await slots.WaitAsync(stoppingToken);
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Run(async () =>
            {
                try
                {
                    await AnswerAsync(work, stoppingToken);
                }
                finally
                {
                    slots.Release();
                }
            }, stoppingToken));
        }

        await Task.WhenAll(running);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Nothing accepted disappears without a word. (A durable outbox that survives restarts comes with the
        // hardening release.)
        var left = queue.Drain();
        if (left > 0)
        {
            LogLeftUnanswered(logger, left, GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot stopped with {Count} accepted requests unanswered by {Worker}.")]
    private static partial void LogLeftUnanswered(ILogger logger, int count, string worker);
}
