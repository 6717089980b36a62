using Candor.Bot.Conversation;

namespace Candor.Bot.Channels.Teams;

/// <param name="Post">Text to check and post into the activity's conversation (the "Check with Candor" message action), instead of answering the activity.</param>
internal sealed record QueuedActivity(Activity Activity, string? Post = null);

/// <summary>Activities acknowledged to the Connector (a full queue answers 503, which the Connector retries).</summary>
internal sealed class ActivityQueue() : WorkQueue<QueuedActivity>(TeamsReference.Channel)
{
    public bool TryAccept(Activity activity, string? post = null) => TryAccept(new QueuedActivity(activity, post));
}
