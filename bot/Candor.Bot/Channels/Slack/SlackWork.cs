using System.Text.Json;
using System.Text.Json.Serialization;
using Candor.Bot.Conversation;
using Candor.Cards.Model;

namespace Candor.Bot.Channels.Slack;

/// <summary>Something Slack asked, acknowledged and waiting to be answered in the background (kept in the outbox as JSON meanwhile).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "work")]
[JsonDerivedType(typeof(SlackMessage), "message")]
[JsonDerivedType(typeof(SlackUnfurl), "unfurl")]
[JsonDerivedType(typeof(SlackCommand), "command")]
[JsonDerivedType(typeof(SlackShortcut), "shortcut")]
[JsonDerivedType(typeof(SlackButton), "button")]
internal abstract record SlackWork;

/// <summary>
/// A message to check: Candor mentioned in a channel, a direct message, or (<paramref name="Passive"/>) any message
/// in a channel whose members turned listening on. Answered in its thread (in a direct message, in the chat).
/// </summary>
/// <param name="DedupeKey">The same for every delivery of this message: Slack's retries and the app_mention + message pair.</param>
/// <param name="User">Who wrote it, for the per-person limit.</param>
internal sealed record SlackMessage(
    string Team, string Channel, string ChannelType, string Ts, string? ThreadTs, string Text, bool Passive, string? BotUser, string DedupeKey, string? User) : SlackWork
{
    [JsonIgnore]
    public Asker Asker => new(SlackConversation.Channel, Team, User);
}

/// <summary>LinkedIn links posted in a channel, to unfurl with their post time and a quick verdict.</summary>
internal sealed record SlackUnfurl(string Channel, string MessageTs, string? UnfurlId, string? Source, IReadOnlyList<string> Urls, string DedupeKey) : SlackWork;

/// <summary>A <c>/candor …</c> command, answered privately through its response URL.</summary>
/// <param name="Team">The workspace's team id, kept with the channel's reference when a digest is set.</param>
internal sealed record SlackCommand(string Channel, string? Team, string? User, string Text, string ResponseUrl) : SlackWork
{
    [JsonIgnore]
    public Asker Asker => new(SlackConversation.Channel, Team, User);
}

/// <summary>The "Check with Candor" message shortcut: the message's text, answered privately.</summary>
internal sealed record SlackShortcut(string Text, string ResponseUrl, string? Team, string? User) : SlackWork
{
    [JsonIgnore]
    public Asker Asker => new(SlackConversation.Channel, Team, User);
}

/// <summary>A card button (or the rewrite dialog's submit), with what was typed into the card.</summary>
/// <param name="Inputs">The card's inputs by id ({"detail": "…"}), as card actions read them.</param>
/// <param name="TriggerId">Lets Candor open a dialog for a few seconds; null from the dialog itself.</param>
/// <param name="Channel">Where the card was: what "Forget it" erases.</param>
internal sealed record SlackButton(CardPayload? Payload, JsonElement? Inputs, string ResponseUrl, string? TriggerId, string Channel) : SlackWork
{
    /// <summary>"Rewrite with this detail" pressed with the detail box empty: a dialog asks for it.</summary>
    [JsonIgnore]
    public bool AsksForDetail =>
        Payload is { Verb: "rewrite" } && TriggerId is not null && CardActions.DetailOf(Inputs) is null;
}
