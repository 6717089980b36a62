namespace Candor.Bot.Conversation;

/// <summary>A conversation Candor can post into: the channel that owns it ("teams", "slack") and that channel's id for it.</summary>
internal sealed record ConversationKey(string Channel, string Id);

/// <summary>
/// What a channel needs to post into a conversation later, without being asked (digests): kept when Candor is
/// added to a conversation or spoken to there, and dropped when it is removed.
/// </summary>
/// <param name="Kind">"personal", "groupChat", "channel" (a team channel: posts start a new thread) or "chat" (other clients).</param>
/// <param name="ServiceUrl">Where the Bot Connector for this conversation is (Teams); null for Slack.</param>
/// <param name="TenantId">The Microsoft 365 tenant or Slack workspace.</param>
/// <param name="TeamId">The Teams team a channel belongs to; null elsewhere.</param>
/// <param name="Title">The team and channel names, when the channel tells them.</param>
/// <param name="Seen">When Candor last heard from the conversation.</param>
internal sealed record ConversationReference(
    ConversationKey Key, string Kind, string? ServiceUrl, string? TenantId, string? TeamId, string? BotId, string? BotName, string? Title, DateTimeOffset Seen);
