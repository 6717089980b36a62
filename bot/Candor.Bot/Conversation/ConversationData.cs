using Candor.Bot.Storage;

namespace Candor.Bot.Conversation;

/// <summary>
/// Everything Candor keeps for one conversation, erased on request (the forget command, after its confirmation):
/// its check history, its settings, its delivery claims and the reference Candor posts with. Speaking to Candor
/// there again starts afresh.
/// </summary>
internal sealed partial class ConversationData(
    IHistoryStore history, IChannelSettingsStore settings, IDedupeStore dedupe, KnownConversations conversations, ILogger<ConversationData> logger)
{
    /// <returns>How many checks were erased.</returns>
    /// <exception cref="StorageException">The database is unreachable; what was not yet erased stays, and erasing again finishes it.</exception>
    public async Task<int> EraseAsync(ConversationKey conversation, CancellationToken cancel)
    {
        var checks = await history.ForgetAsync(conversation, cancel);
        await settings.ForgetAsync(conversation, cancel);
        await dedupe.ForgetAsync(DeliveryKeys.MessagesOf(conversation), cancel);
        await conversations.ForgetAsync(conversation, cancel);
        LogErased(conversation.Channel, conversation.Id, checks);
        return checks;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Channel} conversation {Conversation} on request: {Checks} checks, its settings and its reference erased.")]
    private partial void LogErased(string channel, string conversation, int checks);
}
