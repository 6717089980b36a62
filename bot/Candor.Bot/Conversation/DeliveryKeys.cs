namespace Candor.Bot.Conversation;

/// <summary>
/// How a delivery is named when it is claimed (<c>slack:message:C0GROWTH:1763300000.000100</c>): one place, so
/// claiming a conversation's messages and forgetting them always agree.
/// </summary>
internal static class DeliveryKeys
{
    public static string Message(ConversationKey conversation, string ts) => MessagesOf(conversation) + ts;

    public static string MessagesOf(ConversationKey conversation) => $"{conversation.Channel}:message:{conversation.Id}:";
}
