using System.Threading.Channels;

namespace Candor.Bot.Channels.Teams;

/// <summary>
/// Activities acknowledged to the Connector and waiting to be answered. Bounded, so a flood is answered with
/// 503 (which the Connector retries) instead of memory growing without limit; nothing accepted is dropped.
/// </summary>
/// <param name="Post">Text to check and post into the activity's conversation (the "Check with Candor" message action), instead of answering the activity.</param>
internal sealed record QueuedActivity(Activity Activity, string? Post = null);

internal sealed class ActivityQueue
{
    public const int Capacity = 5_000;

    private readonly Channel<QueuedActivity> channel = Channel.CreateBounded<QueuedActivity>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    /// <summary>False when the queue is full: the caller answers 503 so the Connector tries again.</summary>
    public bool TryAccept(Activity activity, string? post = null) => channel.Writer.TryWrite(new QueuedActivity(activity, post));

    public IAsyncEnumerable<QueuedActivity> ReadAllAsync(CancellationToken cancel) => channel.Reader.ReadAllAsync(cancel);
}
