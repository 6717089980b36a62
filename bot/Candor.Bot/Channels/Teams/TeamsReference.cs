using Candor.Bot.Conversation;

namespace Candor.Bot.Channels.Teams;

/// <summary>What an activity changes about where Candor may post later.</summary>
internal enum ReferenceChange
{
    /// <summary>Nothing, beyond the conversation being seen again (a message keeps it fresh).</summary>
    None,

    /// <summary>Candor was installed in the conversation or added to it.</summary>
    Added,

    /// <summary>Candor was removed from a chat, or a channel was deleted.</summary>
    ConversationGone,

    /// <summary>Candor was removed from a team, or the team was deleted: every channel of it is gone.</summary>
    TeamGone,
}

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
        var data = activity.ChannelData;
        var kind = conversation.ConversationType is { Length: > 0 } type ? type : "chat";
        var id = kind == "channel" ? data?.Channel?.Id ?? ChannelOf(conversation.Id!) : conversation.Id!;
        var team = data?.Team?.Name;
        var channel = data?.Channel?.Name;
        var title = team is null ? channel : channel is null ? team : $"{team} › {channel}";
        return new ConversationReference(
            new ConversationKey(Channel, id), kind, activity.ServiceUrl, conversation.TenantId ?? data?.Tenant?.Id, data?.Team?.Id,
            activity.Recipient?.Id, activity.Recipient?.Name, title, seen);
    }

    /// <summary>The conversation an activity belongs to, as Candor keeps it (a channel thread belongs to its channel).</summary>
    /// <summary>Who sent the activity, for the per-person and per-tenant limits.</summary>
    public static Asker AskerOf(Activity activity) =>
        new(Channel, activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id, activity.From?.Id);

    public static ConversationKey KeyOf(Activity activity) => Of(activity, DateTimeOffset.UnixEpoch).Key;

    public static ReferenceChange ChangeOf(Activity activity)
    {
        var inTeam = activity.ChannelData?.Team?.Id is { Length: > 0 };
        var removed = (activity.Type == "installationUpdate" && activity.Action == "remove")
            || (activity.Type == "conversationUpdate" && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true);
        return activity switch
        {
            _ when removed => inTeam ? ReferenceChange.TeamGone : ReferenceChange.ConversationGone,
            { Type: "conversationUpdate", ChannelData.EventType: "teamDeleted" } when inTeam => ReferenceChange.TeamGone,
            { Type: "conversationUpdate", ChannelData.EventType: "channelDeleted" } => ReferenceChange.ConversationGone,
            { Type: "installationUpdate", Action: "add" or "add-upgrade" } => ReferenceChange.Added,
            { Type: "conversationUpdate" } when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true => ReferenceChange.Added,
            _ => ReferenceChange.None,
        };
    }

    // "19:…@thread.tacv2;messageid=1700000000000" is a thread of the channel "19:…@thread.tacv2".
    private static string ChannelOf(string conversationId) =>
        conversationId.IndexOf(ThreadSuffix, StringComparison.Ordinal) is var at and >= 0 ? conversationId[..at] : conversationId;
}
