using System.Threading.Channels;

namespace Candor.Bot.Channels.Teams;

/// <summary>
/// Activities acknowledged to the Connector and waiting to be answered. Bounded, so a flood is answered with
/// 503 (which the Connector retries) instead of memory growing without limit; nothing accepted is dropped.
/// </summary>
internal sealed class ActivityQueue
{
    public const int Capacity = 5_000;

    private readonly Channel<Activity> channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    /// <summary>False when the queue is full: the caller answers 503 so the Connector tries again.</summary>
    public bool TryAccept(Activity activity) => channel.Writer.TryWrite(activity);

    public IAsyncEnumerable<Activity> ReadAllAsync(CancellationToken cancel) => channel.Reader.ReadAllAsync(cancel);
}
