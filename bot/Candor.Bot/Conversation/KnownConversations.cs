using System.Collections.Concurrent;
using Candor.Bot.Storage;

namespace Candor.Bot.Conversation;

/// <summary>
/// Keeps the conversation references the channels report, writing to storage only when one is new, has changed,
/// or was last written an hour ago, so a busy conversation costs one write an hour rather than one per message.
/// </summary>
internal sealed class KnownConversations(IConversationStore store)
{
    // Enough for every conversation of a large tenant; past it the memory is simply started afresh.
    private const int MostRemembered = 20_000;
    private static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<ConversationKey, ConversationReference> written = new();

    /// <param name="added">Candor was just added there: always written, since another instance may have forgotten it.</param>
    public async Task RememberAsync(ConversationReference reference, bool added, CancellationToken cancel)
    {
        if (!added && written.TryGetValue(reference.Key, out var last) && last with { Seen = reference.Seen } == reference && reference.Seen - last.Seen < Refresh)
        {
            return;
        }

        await store.SaveAsync(reference, cancel);
        if (written.Count >= MostRemembered)
        {
            written.Clear();
        }

        written[reference.Key] = reference;
    }

    /// <summary>Candor was removed, or the channel says it may no longer post there.</summary>
    public async Task ForgetAsync(ConversationKey key, CancellationToken cancel)
    {
        written.TryRemove(key, out _);
        await store.ForgetAsync(key, cancel);
    }

    public Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancel) => store.FindAsync(key, cancel);
}
