using System.Threading.Channels;

namespace Candor.Bot.Channels.Teams;

/// <summary>
/// Activities acknowledged to the Connector and waiting to be answered. Bounded, so a flood is answered with
/// 503 (which the Connector retries) instead of memory growing without limit. It lives in memory: what a stop
/// leaves in it is counted in the log (<see cref="Drain"/>).
/// </summary>
/// <param name="Post">Text to check and post into the activity's conversation (the "Check with Candor" message action), instead of answering the activity.</param>
internal sealed record QueuedActivity(Activity Activity, string? Post = null);

internal sealed class ActivityQueue
{
    public const int Capacity = 5_000;

    private readonly Channel<QueuedActivity> channel = Channel.CreateBounded<QueuedActivity>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        SingleWriter = false,
    });

    /// <summary>False when the queue is full: the caller answers 503 so the Connector tries again.</summary>
    public bool TryAccept(Activity activity, string? post = null) => channel.Writer.TryWrite(new QueuedActivity(activity, post));

    /// <summary>Closes the queue and counts what was left in it.</summary>
    public int Drain()
    {
        channel.Writer.TryComplete();
        var left = 0;
        while (channel.Reader.TryRead(out _))
        {
            left++;
        }

        return left;
    }

    public IAsyncEnumerable<QueuedActivity> ReadAllAsync(CancellationToken cancel) => channel.Reader.ReadAllAsync(cancel);
}
