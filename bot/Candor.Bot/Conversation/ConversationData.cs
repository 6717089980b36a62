using Candor.Bot.Digests;
using Candor.Bot.Storage;

namespace Candor.Bot.Conversation;

/// <summary>
/// Everything Candor keeps for one conversation, erased on request (the forget command, after its confirmation):
/// its check history, card feedback, settings, digest schedule and claims, delivery claims and the reference Candor
/// posts with. Speaking to Candor there again starts afresh.
/// </summary>
internal sealed partial class ConversationData(
    IHistoryStore history, IFeedbackStore feedback, IChannelSettingsStore settings, DigestScheduler digests, IDigestDeliveryStore digestDeliveries,
    IDedupeStore dedupe, KnownConversations conversations, ILogger<ConversationData> logger)
{
    /// <returns>How many checks were erased.</returns>
    /// <exception cref="StorageException">The database is unreachable; what was not yet erased stays, and erasing again finishes it.</exception>
    /// <exception cref="Quartz.SchedulerException">The schedule store is unreachable; the same.</exception>
    public async Task<int> EraseAsync(ConversationKey conversation, CancellationToken cancel)
    {
        var checks = await history.ForgetAsync(conversation, cancel);
        await feedback.ForgetAsync(conversation, cancel);
        await settings.ForgetAsync(conversation, cancel);
        await digests.StopAsync(conversation, cancel);
        await digestDeliveries.ForgetAsync(conversation, cancel);
        await dedupe.ForgetAsync(DeliveryKeys.MessagesOf(conversation), cancel);
        await conversations.ForgetAsync(conversation, cancel);
        LogErased(conversation.Channel, conversation.Id, checks);
        return checks;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Channel} conversation {Conversation} on request: {Checks} checks, its feedback, settings, digest schedule and reference erased.")]
    private partial void LogErased(string channel, string conversation, int checks);
}
