using System.Text.Json;
using System.Text.Json.Serialization;

namespace Candor.Bot.Channels.Teams;

/// <summary>The parts of a Bot Framework activity Candor reads or writes (protocols.md §1.1); unknown fields are ignored.</summary>
internal sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public JsonElement? Value { get; init; }

    public string? Name { get; init; }

    public string? ReplyToId { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>installationUpdate: "add", "remove", "add-upgrade" or "remove-upgrade".</summary>
    public string? Action { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    [JsonIgnore]
    public bool IsInvoke => string.Equals(Type, "invoke", StringComparison.OrdinalIgnoreCase);
}

internal sealed record ChannelAccount(string? Id, string? Name);

internal sealed record ConversationAccount(string? Id, string? ConversationType, bool? IsGroup, string? TenantId);

internal sealed record Attachment(string? ContentType, JsonElement? Content);

/// <summary>
/// Teams' <c>channelData</c>: the tenant, in a team channel the team and the channel, and for a conversationUpdate
/// what happened (<c>eventType</c>: "teamMemberAdded", "channelDeleted", "teamDeleted" …; protocols.md §1.1).
/// </summary>
internal sealed record TeamsChannelData(TeamsEntity? Tenant, TeamsEntity? Team, TeamsEntity? Channel, string? EventType);

internal sealed record TeamsEntity(string? Id, string? Name);

/// <summary>An entity of the message: a mention (<c>mentioned</c>, <c>text</c>), or the client's <c>clientInfo</c> with the user's IANA <c>timezone</c>.</summary>
internal sealed record Entity(string? Type, ChannelAccount? Mentioned, string? Text, string? Timezone);
