using System.Text.Json;
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

/// <summary>Work in a queue, with its place in the outbox (null when storage was unavailable and it is held in memory only).</summary>
internal sealed record Accepted<T>(T Work, OutboxTicket? Ticket);

/// <summary>
/// Work acknowledged to a channel and waiting to be answered. It is kept in the durable outbox before the
/// acknowledgement, so a run that stops before answering leaves it for the next (<see cref="OutboxRecovery"/>).
/// Bounded, so a flood is refused (the channel is told to retry) instead of memory growing without limit.
/// </summary>
/// <param name="json">How the work is written into the outbox and read back.</param>
internal class WorkQueue<T>(string name, Outbox outbox, JsonSerializerOptions json) : IQueueDepth, IOutboxQueue
{
    public const int Capacity = 5_000;

    private readonly Channel<Accepted<T>> channel = Channel.CreateBounded<Accepted<T>>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        SingleWriter = false,
    });

    public string Name => name;

    public int Waiting => channel.Reader.Count;

    public int Bound => Capacity;

    /// <summary>Keeps the work and queues it; false when the queue is full: the caller asks the channel to try again later.</summary>
    public async Task<bool> TryAcceptAsync(T work)
    {
        if (channel.Reader.Count >= Capacity)
        {
            return false;
        }

        var ticket = await outbox.KeepAsync(name, JsonSerializer.Serialize(work, json));
        if (channel.Writer.TryWrite(new Accepted<T>(work, ticket)))
        {
            return true;
        }

        // Filled up meanwhile: refused after all, so it must not be answered later either.
        await outbox.FinishAsync(ticket);
        return false;
    }

    public bool TryRequeue(string payload, OutboxTicket ticket) =>
        JsonSerializer.Deserialize<T>(payload, json) is { } work
            ? channel.Writer.TryWrite(new Accepted<T>(work, ticket))
            : throw new JsonException("The work is empty.");

    /// <summary>Closes the queue and counts what was left in it: kept in the outbox, and held in memory only.</summary>
    public (int Kept, int Lost) Drain()
    {
        channel.Writer.TryComplete();
        var left = new List<Accepted<T>>();
        while (channel.Reader.TryRead(out var work))
        {
            left.Add(work);
        }

        var lost = left.Count(work => work.Ticket is null);
        return (left.Count - lost, lost);
    }

    public IAsyncEnumerable<Accepted<T>> ReadAllAsync(CancellationToken cancel) => channel.Reader.ReadAllAsync(cancel);
}

/// <summary>
/// What an answer under way tells its worker: when its analysis is done (the next may start), just before its
/// answer leaves whether it may send (the outbox says no when another run has taken the work over), and when the
/// chat service certainly did not take the answer, that it should be tried again later.
/// </summary>
/// <param name="workId">The work's id in the outbox, or a new id for work held in memory only.</param>
internal sealed class Answering(string workId, Action analysed, Func<CancellationToken, Task<bool>> sending)
{
    /// <summary>
    /// The same whenever this work is answered again: a claim made for it (a Slack delivery's) is recognised as its
    /// own, and its check is kept in the history once.
    /// </summary>
    public string WorkId => workId;

    /// <summary>Why the answer was not taken, when <see cref="Postpone"/> was called.</summary>
    public string? Postponed { get; private set; }

    /// <summary>Ends the analysis turn: the next answer may start analysing.</summary>
    public void Analysed() => analysed();

    /// <summary>Ends the analysis turn and marks the work as being sent; false means: do not send.</summary>
    public Task<bool> MaySendAsync(CancellationToken cancel)
    {
        analysed();
        return sending(cancel);
    }

    /// <summary>
    /// The chat service certainly did not take the answer (it was throttled, or could not be reached): the work goes
    /// back to the outbox to be answered again shortly, instead of being dropped.
    /// </summary>
    public void Postpone(string reason) => Postponed = reason;

    /// <summary>
    /// Failures after which nothing reached the chat service: no connection was made, or it answered 429 or 412
    /// (the Connector's "not taken") after the client's own retries. A timeout or a 5xx may have posted, so it is
    /// not among them.
    /// </summary>
    public static bool NotTaken(Exception failure) => failure is HttpRequestException
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
    } or HttpRequestException { StatusCode: System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.PreconditionFailed };
}

/// <summary>
/// Answers queued work in the background; one failure is logged by the answerer and never stops the rest.
/// Analysis is CPU-bound: one answer per core analyses at a time, which keeps the cores busy and leaves the
/// thread pool free to acknowledge new requests at once. Sending is not: an answer that has its card
/// (<see cref="Answering.Analysed"/>) gives up its turn while it waits on the chat service, so a slow Slack or
/// Connector never holds the next analysis back; up to 64 answers are under way. Each finished answer is deleted
/// from the outbox. A stop lets the answers under way finish while the host allows; what is left stays in the
/// outbox for the next run, and the log counts it.
/// </summary>
internal abstract partial class QueueWorker<T>(WorkQueue<T> queue, Outbox outbox, AnalysisLane lane, ILogger logger) : BackgroundService
{
    private const int MostUnderWay = 64;
    private static readonly int Analysing = Environment.ProcessorCount;

    private readonly SemaphoreSlim analysing = new(Analysing);
    private readonly SemaphoreSlim underWay = new(MostUnderWay);
    private readonly List<(Task Answer, bool Kept)> running = [];

    // Cancelled only when a stop runs out of time, so a stop does not cut short the answers under way.
    private readonly CancellationTokenSource abandon = new();

    /// <param name="answering">Tells the worker when the analysis is done, and is asked before the answer is sent.</param>
    protected abstract Task AnswerAsync(T work, Answering answering, CancellationToken cancel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var accepted in queue.ReadAllAsync(stoppingToken))
            {
                await underWay.WaitAsync(stoppingToken);
                await analysing.WaitAsync(stoppingToken);
                var answer = lane.RunAsync(() => AnswerOneAsync(accepted));
                lock (running)
                {
                    running.RemoveAll(r => r.Answer.IsCompleted);
                    running.Add((answer, accepted.Ticket is not null));
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
        (Task Answer, bool Kept)[] unfinished;
        lock (running)
        {
            unfinished = [.. running.Where(r => !r.Answer.IsCompleted)];
        }

        try
        {
            await Task.WhenAll(unfinished.Select(r => r.Answer)).WaitAsync(cancellationToken);
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

        // Nothing accepted disappears without a word.
        var (kept, lost) = queue.Drain();
        kept += unfinished.Count(r => !r.Answer.IsCompleted && r.Kept);
        lost += unfinished.Count(r => !r.Answer.IsCompleted && !r.Kept);
        if (kept > 0)
        {
            LogLeftInOutbox(logger, kept, GetType().Name);
        }

        if (lost > 0)
        {
            LogLeftUnanswered(logger, lost, GetType().Name);
        }
    }

    // The semaphores are not disposed: an answer abandoned by a stop may still release its turn afterwards.
    public override void Dispose()
    {
        abandon.Dispose();
        base.Dispose();
    }

    private async Task AnswerOneAsync(Accepted<T> accepted)
    {
        var analysed = 0;
        void Analysed()
        {
            if (Interlocked.Exchange(ref analysed, 1) == 0)
            {
                analysing.Release();
            }
        }

        var ticket = accepted.Ticket;
        var answering = new Answering(ticket?.Id ?? Guid.NewGuid().ToString("N"), Analysed, cancel => outbox.MaySendAsync(ticket, cancel));
        try
        {
            await AnswerAsync(accepted.Work, answering, abandon.Token);
        }
        finally
        {
            Analysed();
            underWay.Release();

            // Answered, or failed and logged by the answerer: done either way, unless the answer was not taken and
            // is to be tried again. Work a stop cut short stays for the next run.
            if (!abandon.IsCancellationRequested)
            {
                await (answering.Postponed is { } reason ? outbox.PostponeAsync(ticket, reason) : outbox.FinishAsync(ticket));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot stopped with {Count} accepted requests unanswered by {Worker}; they are kept in the outbox, and the next start answers them.")]
    private static partial void LogLeftInOutbox(ILogger logger, int count, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot stopped with {Count} accepted requests unanswered by {Worker}, held in memory only while storage was unavailable: they are lost.")]
    private static partial void LogLeftUnanswered(ILogger logger, int count, string worker);
}
