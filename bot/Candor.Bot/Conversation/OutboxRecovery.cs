using System.Text.Json;
using Candor.Bot.Storage;

namespace Candor.Bot.Conversation;

/// <summary>A work queue that work taken over from the outbox can be put back into.</summary>
internal interface IOutboxQueue
{
    /// <summary>The channel whose work it holds, as the outbox names it ("teams", "slack").</summary>
    string Name { get; }

    /// <summary>Queues work read back from its JSON; false when the queue is full.</summary>
    /// <exception cref="JsonException">The JSON is not this queue's work (written by another version).</exception>
    bool TryRequeue(string payload, OutboxTicket ticket);
}

/// <summary>
/// Answers what a stopped run left in the outbox, and answers that were not taken: at start-up, then every quarter
/// lease (5 to 30 seconds). Work whose run's lease ran out is taken over; with SQLite, which one run uses,
/// everything another run left is taken at start-up at once.
/// Work that was queued is answered again (nothing of it had left); work that was being sent is never repeated,
/// and is logged as possibly missing; work that no run could answer within an hour is given up, and logged.
/// </summary>
internal sealed partial class OutboxRecovery(
    IOutboxStore store, Outbox outbox, IEnumerable<IOutboxQueue> queues, StorageSettings storage, TimeProvider clock, ILogger<OutboxRecovery> logger)
    : BackgroundService
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(1);
    private const int Batch = 200;

    private readonly Dictionary<string, IOutboxQueue> byChannel = queues.ToDictionary(q => q.Name);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var startUp = true;
        using var timer = new PeriodicTimer(outbox.Every, clock);
        try
        {
            do
            {
                // A start-up pass that failed (storage away) is the start-up pass again next time.
                if (await PassAsync(startUp, stoppingToken))
                {
                    startUp = false;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: what is left stays for the next run.
        }
    }

    /// <returns>False when the pass could not be made; it is logged.</returns>
    private async Task<bool> PassAsync(bool startUp, CancellationToken cancel)
    {
        try
        {
            await outbox.FinishLeftOversAsync();
            await RecoverAsync(startUp && storage.Provider == StorageProvider.Sqlite, cancel);
            return true;
        }
#pragma warning disable CA1031 // Storage away, a connection cut: the next pass tries again; the recovery must not stop.
        catch (Exception failure) when (failure is not OperationCanceledException || !cancel.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogUnavailable(failure.Message);
            return false;
        }
    }

    /// <summary>Takes over and answers what is due, a batch at a time while batches come back full.</summary>
    /// <param name="everything">Take all work other runs hold, not only work whose lease ran out.</param>
    private async Task RecoverAsync(bool everything, CancellationToken cancel)
    {
        IReadOnlyList<OutboxWork> taken;
        do
        {
            var now = clock.GetUtcNow();
            taken = await store.TakeOverAsync(outbox.Owner, everything ? DateTimeOffset.MaxValue : now, now + outbox.Lease, Batch, cancel);
            foreach (var work in taken)
            {
                await ResumeAsync(work, now);
            }
        }
        while (taken.Count == Batch);
    }

    private async Task ResumeAsync(OutboxWork work, DateTimeOffset now)
    {
        var ticket = new OutboxTicket(work.Id, work.Token);
        if (work.Sending)
        {
            LogMaybeMissing(work.Channel, work.Id, work.Accepted);
            await outbox.FinishAsync(ticket);
        }
        else if (now - work.Accepted > GiveUpAfter)
        {
            LogGivenUp(work.Channel, work.Id, work.Accepted);
            await outbox.FinishAsync(ticket);
        }
        else if (!byChannel.TryGetValue(work.Channel, out var queue))
        {
            // This run does not serve that channel (a setting changed, or another instance does): it stays until one
            // that does takes it, or it is given up.
            LogNoQueue(work.Channel, work.Id);
        }
        else
        {
            await RequeueAsync(queue, work, ticket);
        }
    }

    private async Task RequeueAsync(IOutboxQueue queue, OutboxWork work, OutboxTicket ticket)
    {
        try
        {
            if (queue.TryRequeue(work.Payload, ticket))
            {
                LogResumed(work.Channel, work.Id, work.Accepted);
            }
            else
            {
                // Full: this run holds it for a lease, and the next pass after that takes it again.
                LogQueueFull(work.Channel, work.Id);
            }
        }
        catch (JsonException unreadable)
        {
            LogUnreadable(work.Channel, work.Id, unreadable.Message);
            await outbox.FinishAsync(ticket);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: answering {Channel} work {Id}, accepted {Accepted:u}, again: its run stopped, or its answer was not taken.")]
    private partial void LogResumed(string channel, string id, DateTimeOffset accepted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: the answer to {Channel} work {Id}, accepted {Accepted:u}, was being sent when its run stopped; it may not have arrived, and is not sent again.")]
    private partial void LogMaybeMissing(string channel, string id, DateTimeOffset accepted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox: gave up on {Channel} work {Id}, accepted {Accepted:u}: no run could answer it within an hour.")]
    private partial void LogGivenUp(string channel, string id, DateTimeOffset accepted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: {Channel} work {Id} is left for a run that serves {Channel}.")]
    private partial void LogNoQueue(string channel, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: the {Channel} queue is full; work {Id} is taken again later.")]
    private partial void LogQueueFull(string channel, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox: {Channel} work {Id} could not be read back, and is dropped: {Reason}")]
    private partial void LogUnreadable(string channel, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: could not look for work left by stopped runs; trying again shortly: {Reason}")]
    private partial void LogUnavailable(string reason);
}
