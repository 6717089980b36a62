using System.Collections.Concurrent;
using Candor.Bot.Storage;

namespace Candor.Bot.Conversation;

/// <summary>
/// How long a run holds accepted work before another run may take it over (<c>Outbox:LeaseSeconds</c>, default 120):
/// far longer than any answer takes. After a crash on PostgreSQL, the work waits this long for another run (on SQLite,
/// the restarted run takes it at once). A shorter lease recovers sooner; a run taking over work that is only slow is
/// safe (only one of the two may send), just wasted effort.
/// </summary>
internal sealed class OutboxSettings
{
    public const string Section = "Outbox";

    public int LeaseSeconds { get; set; } = 120;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The lease is out of range; the message names its key.</exception>
    public static OutboxSettings Read(IConfiguration configuration) =>
        Hosting.Settings.Read<OutboxSettings>(configuration, Section, settings =>
            settings.LeaseSeconds is >= 5 and <= 3_600 ? [] : [$"{Section}:LeaseSeconds is {settings.LeaseSeconds}; allow 5 to 3600 seconds."]);
}

/// <summary>Accepted work's place in the outbox: its id and this run's claim on it.</summary>
internal sealed record OutboxTicket(string Id, long Token);

/// <summary>
/// The durable outbox's rules, for every channel: work is kept before it is acknowledged, marked before its answer
/// leaves and deleted once it has gone or definitely failed (the failure is logged by whoever answered). Storage that
/// is unavailable never costs an answer: the work is then held in memory only, and that is logged.
/// </summary>
internal sealed partial class Outbox(IOutboxStore store, OutboxSettings settings, TimeProvider clock, ILogger<Outbox> logger)
{
    /// <summary>How long a run holds work before another may take it over.</summary>
    public TimeSpan Lease => settings.Lease;

    /// <summary>How often left work is looked for, and how long an answer that was not taken waits: a quarter lease, 5 to 30 seconds.</summary>
    public TimeSpan Every => TimeSpan.FromSeconds(Math.Clamp(settings.LeaseSeconds / 4.0, 5, 30));

    // Deletes that failed while storage was away, retried by the recovery, so answered work is not answered again.
    private readonly ConcurrentDictionary<OutboxTicket, byte> unfinished = new();

    /// <summary>This run, as the owner of what it holds: the machine, for the operator, and a nonce, for the run.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>Keeps new work; null when storage is unavailable and the work is held in memory only (logged).</summary>
    public async Task<OutboxTicket?> KeepAsync(string channel, string payload)
    {
        var id = Guid.NewGuid().ToString("N");
        try
        {
            // Not cancellable: once kept, the work is queued too, so the two never disagree.
            await store.AddAsync(id, channel, payload, Owner, clock.GetUtcNow() + Lease, CancellationToken.None);
            return new OutboxTicket(id, 1);
        }
        catch (StorageException unavailable)
        {
            LogNotKept(channel, unavailable.Message);
            return null;
        }
    }

    /// <summary>
    /// Marks the work as being sent, just before its answer leaves. False when another run has taken it over (this
    /// run was thought gone): that run answers it, and this one must not. Unavailable storage lets the answer go.
    /// </summary>
    public async Task<bool> MaySendAsync(OutboxTicket? ticket, CancellationToken cancel)
    {
        if (ticket is null)
        {
            return true;
        }

        try
        {
            if (await store.MarkSendingAsync(ticket.Id, ticket.Token, cancel))
            {
                return true;
            }

            LogTakenOver(ticket.Id);
            return false;
        }
        catch (StorageException unavailable)
        {
            LogNotMarked(ticket.Id, unavailable.Message);
            return true;
        }
    }

    /// <summary>Deletes answered (or given-up) work; when storage is away, the recovery tries again later.</summary>
    public async Task FinishAsync(OutboxTicket? ticket)
    {
        if (ticket is null)
        {
            return;
        }

        try
        {
            await store.FinishAsync(ticket.Id, ticket.Token, CancellationToken.None);
            unfinished.TryRemove(ticket, out _);
        }
        catch (StorageException unavailable)
        {
            unfinished.TryAdd(ticket, 0);
            LogNotFinished(ticket.Id, unavailable.Message);
        }
    }

    /// <summary>
    /// Puts work whose answer was not taken back in the outbox, held by no run until <see cref="Every"/> from now,
    /// when whichever run looks next answers it again (for up to an hour). Work held in memory only cannot wait
    /// there, and is lost (logged).
    /// </summary>
    public async Task PostponeAsync(OutboxTicket? ticket, string reason)
    {
        if (ticket is null)
        {
            LogLost(reason);
            return;
        }

        try
        {
            await store.PostponeAsync(ticket.Id, ticket.Token, clock.GetUtcNow() + Every, CancellationToken.None);
            LogPostponed(ticket.Id, reason, Every.TotalSeconds);
        }
        catch (StorageException unavailable)
        {
            LogLost($"{reason}; and it could not be kept to try again: {unavailable.Message}");
        }
    }

    /// <summary>Retries the deletes that failed while storage was away; the first that fails again waits for the next pass, with the rest.</summary>
    public async Task FinishLeftOversAsync()
    {
        foreach (var ticket in unfinished.Keys)
        {
            await store.FinishAsync(ticket.Id, ticket.Token, CancellationToken.None);
            unfinished.TryRemove(ticket, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: storage is unavailable, so {Channel} work is held in memory only until answered (a stop before then loses it): {Reason}")]
    private partial void LogNotKept(string channel, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: work {Id} was taken over by another run while this one answered it; this run does not send its answer.")]
    private partial void LogTakenOver(string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: could not mark work {Id} as sending, sending anyway: {Reason}")]
    private partial void LogNotMarked(string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: the answer to work {Id} was not taken ({Reason}); it is tried again in {Seconds:0} s.")]
    private partial void LogPostponed(string id, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox: an answer was not taken and cannot be tried again, since its work was held in memory only: {Reason}")]
    private partial void LogLost(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: could not delete answered work {Id}; trying again later: {Reason}")]
    private partial void LogNotFinished(string id, string reason);
}
