using System.Collections.Concurrent;
using Candor.Bot.Storage;

namespace Candor.Bot.Conversation;

/// <summary>
/// Keeps the conversation references the channels report. Storage is written only when a reference is new, has
/// changed or was last written an hour ago, so a busy conversation costs one write an hour, not one per message.
/// Keeping and forgetting never throw and never wait long: a database in trouble costs the reference, which the
/// next message or install stores again, and is left alone for a while rather than asked on every message.
/// </summary>
/// <remarks>
/// Activities are answered concurrently, so a message answered just after Candor's removal can store its
/// conversation again. That heals itself: posting there later gets 403, and the sender forgets it.
/// </remarks>
internal sealed partial class KnownConversations(IConversationStore store, TimeProvider clock, ILogger<KnownConversations> logger)
{
    // Enough for every conversation of a large tenant; past it the memory is simply started afresh.
    private const int MostRemembered = 20_000;
    private static readonly TimeSpan Refresh = TimeSpan.FromHours(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<ConversationKey, ConversationReference> written = new();
    private long troubleUntil;

    /// <param name="added">Candor was just added there: always written, since another instance may have forgotten it.</param>
    public async Task RememberAsync(ConversationReference reference, bool added, CancellationToken cancel)
    {
        var fresh = written.TryGetValue(reference.Key, out var last) && last with { Seen = reference.Seen } == reference && reference.Seen - last.Seen < Refresh;
        if (!added && (fresh || clock.GetUtcNow().UtcTicks < Interlocked.Read(ref troubleUntil)))
        {
            return;
        }

        if (await TryAsync(store.SaveAsync(reference, cancel), "store", reference.Key, cancel))
        {
            if (written.Count >= MostRemembered)
            {
                written.Clear();
            }

            written[reference.Key] = reference;
        }
    }

    /// <summary>Candor was removed, or the channel says it may no longer post there.</summary>
    public async Task ForgetAsync(ConversationKey key, CancellationToken cancel)
    {
        written.TryRemove(key, out _);
        await TryAsync(store.ForgetAsync(key, cancel), "forget", key, cancel);
    }

    /// <summary>Candor was removed from a team, or the team was deleted: every channel of it is forgotten.</summary>
    public async Task ForgetTeamAsync(string channel, string teamId, CancellationToken cancel)
    {
        foreach (var key in written.Where(pair => pair.Key.Channel == channel && pair.Value.TeamId == teamId).Select(pair => pair.Key))
        {
            written.TryRemove(key, out _);
        }

        await TryAsync(store.ForgetTeamAsync(channel, teamId, cancel), "forget the team of", new ConversationKey(channel, teamId), cancel);
    }

    /// <exception cref="StorageException">The database is unreachable.</exception>
    public Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancel) => store.FindAsync(key, cancel);

    private async Task<bool> TryAsync(Task work, string what, ConversationKey key, CancellationToken cancel)
    {
        try
        {
            await work.WaitAsync(Patience, cancel);
            return true;
        }
        catch (Exception failed) when (failed is StorageException or TimeoutException)
        {
            Interlocked.Exchange(ref troubleUntil, (clock.GetUtcNow() + BackOff).UtcTicks);
            LogTrouble(what, key.Channel, key.Id, failed.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {What} {Channel} conversation {Conversation}; storage is left alone for 30 s: {Reason}")]
    private partial void LogTrouble(string what, string channel, string conversation, string reason);
}
