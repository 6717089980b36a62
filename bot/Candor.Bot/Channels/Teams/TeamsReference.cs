using Candor.Bot.Conversation;

namespace Candor.Bot.Channels.Teams;

/// <summary>Reads from an activity where Candor could post later, and whether Candor was just added there or removed.</summary>
internal static class TeamsReference
{
    public const string Channel = "teams";

    private const string ThreadSuffix = ";messageid=";

    /// <summary>
    /// The conversation to post into later. In a team channel that is the channel itself, not the thread the
    /// activity came from: a digest starts a thread of its own.
    /// </summary>
    public static ConversationReference Of(Activity activity, DateTimeOffset seen)
    {
        var conversation = activity.Conversation!;
        var kind = conversation.ConversationType is { Length: > 0 } type ? type : "chat";
        var id = kind == "channel" ? activity.ChannelData?.Channel?.Id ?? ChannelOf(conversation.Id!) : conversation.Id!;
        var team = activity.ChannelData?.Team?.Name;
        var channel = activity.ChannelData?.Channel?.Name;
        var title = team is null ? channel : channel is null ? team : $"{team} › {channel}";
        return new ConversationReference(
            new ConversationKey(Channel, id), kind, activity.ServiceUrl, conversation.TenantId ?? activity.ChannelData?.Tenant?.Id,
            activity.Recipient?.Id, activity.Recipient?.Name, title, seen);
    }

    /// <summary>Candor was installed in the conversation or added to it.</summary>
    public static bool IsAdded(Activity activity) =>
        (activity.Type == "installationUpdate" && activity.Action is "add" or "add-upgrade")
        || (activity.Type == "conversationUpdate" && activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true);

    /// <summary>Candor was uninstalled from the conversation or removed from it.</summary>
    public static bool IsRemoved(Activity activity) =>
        (activity.Type == "installationUpdate" && activity.Action is "remove")
        || (activity.Type == "conversationUpdate" && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true);

    // "19:…@thread.tacv2;messageid=1700000000000" is a thread of the channel "19:…@thread.tacv2".
    private static string ChannelOf(string conversationId) =>
        conversationId.IndexOf(ThreadSuffix, StringComparison.Ordinal) is var at and >= 0 ? conversationId[..at] : conversationId;
}
