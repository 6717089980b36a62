using Candor.Bot.Storage;
using Candor.Cards.Model;

namespace Candor.Bot.Conversation;

internal enum DeliveryStatus
{
    /// <summary>Posted; <see cref="Delivery.MessageId"/> is the channel's id for it, when it gives one.</summary>
    Sent,

    /// <summary>No reference is stored for the conversation: Candor was never there, or was removed.</summary>
    Unknown,

    /// <summary>The channel says Candor may no longer post there (removed, blocked); the reference is forgotten.</summary>
    Gone,

    /// <summary>Not posted this time (network, throttling, a refusal); <see cref="Delivery.Reason"/> says why.</summary>
    Failed,
}

internal sealed record Delivery(DeliveryStatus Status, string? MessageId = null, string? Reason = null);

/// <summary>One channel's way of posting a card into a stored conversation.</summary>
internal interface IChannelSender
{
    /// <summary>The <see cref="ConversationKey.Channel"/> this sender posts to.</summary>
    string Channel { get; }

    /// <summary>Posts <paramref name="card"/>; reports what the channel calls gone as <see cref="DeliveryStatus.Gone"/>, and may throw on other failures.</summary>
    Task<Delivery> SendAsync(ConversationReference to, Card card, CancellationToken cancel);
}

/// <summary>
/// Posts a card into a conversation Candor was added to, later and unprompted (digests): looks the conversation
/// up, lets its channel post, and forgets conversations the channel says are gone.
/// </summary>
internal sealed partial class ProactiveSender(KnownConversations conversations, IEnumerable<IChannelSender> channels, ILogger<ProactiveSender> logger)
{
    /// <summary>Posts <paramref name="card"/>; every failure, the database's included, comes back as a <see cref="Delivery"/>.</summary>
    public async Task<Delivery> SendAsync(ConversationKey to, Card card, CancellationToken cancel)
    {
        ConversationReference? reference;
        try
        {
            reference = await conversations.FindAsync(to, cancel);
        }
        catch (StorageException unavailable)
        {
            LogNotSent(to.Channel, to.Id, DeliveryStatus.Failed, unavailable.Message);
            return new Delivery(DeliveryStatus.Failed, Reason: unavailable.Message);
        }

        if (reference is null)
        {
            LogNotSent(to.Channel, to.Id, DeliveryStatus.Unknown, "no conversation reference is stored");
            return new Delivery(DeliveryStatus.Unknown, Reason: "Candor has not been added to this conversation.");
        }

        var sender = channels.FirstOrDefault(c => c.Channel == to.Channel);
        var delivery = sender is null
            ? new Delivery(DeliveryStatus.Failed, Reason: $"The {to.Channel} channel is not enabled.")
            : await SendAsync(sender, reference, card, cancel);
        if (delivery.Status == DeliveryStatus.Gone)
        {
            await conversations.ForgetAsync(to, cancel);
        }

        if (delivery.Status != DeliveryStatus.Sent)
        {
            LogNotSent(to.Channel, to.Id, delivery.Status, delivery.Reason ?? "?");
        }

        return delivery;
    }

    // Whatever else goes wrong in a channel (network, token, a timeout, a refusal) is a failed delivery, never a
    // crash of the digest that asked.
    private static async Task<Delivery> SendAsync(IChannelSender sender, ConversationReference to, Card card, CancellationToken cancel)
    {
        try
        {
            return await sender.SendAsync(to, card, cancel);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new Delivery(DeliveryStatus.Failed, Reason: $"The {to.Key.Channel} service did not answer in time.");
        }
#pragma warning disable CA1031 // See above: every failure is reported as a Delivery.
        catch (Exception failed) when (failed is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new Delivery(DeliveryStatus.Failed, Reason: $"{failed.GetType().Name}: {failed.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive card not sent to {Channel} conversation {Conversation}: {Status}: {Reason}")]
    private partial void LogNotSent(string channel, string conversation, DeliveryStatus status, string reason);
}
