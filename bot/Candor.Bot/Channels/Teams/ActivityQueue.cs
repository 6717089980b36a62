using System.Text.Json;
using Candor.Bot.Conversation;

namespace Candor.Bot.Channels.Teams;

/// <param name="Post">Text to check and post into the activity's conversation (the "Check with Candor" message action), instead of answering the activity.</param>
internal sealed record QueuedActivity(Activity Activity, string? Post = null);

/// <summary>Activities acknowledged to the Connector (a full queue answers 503, which the Connector retries).</summary>
internal sealed class ActivityQueue(Outbox outbox) : WorkQueue<QueuedActivity>(TeamsReference.Channel, outbox, Json)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public Task<bool> TryAcceptAsync(Activity activity, string? post = null) => TryAcceptAsync(new QueuedActivity(activity, post));
}
