using System.Collections.Concurrent;
using System.Diagnostics;

namespace Candor.Load;

/// <summary>
/// One channel under load: a fake of the service the bot answers through (on loopback), what the bot needs to be
/// told about it, and the requests the tool posts. Each reply the fake takes is noted with its arrival time under
/// the key of the request it answers, and wakes whoever waits for it.
/// </summary>
internal abstract class LoadChannel : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> replies = new();
    private WebApplication? fake;

    /// <summary>The fake's base URL, without a trailing slash.</summary>
    protected string FakeUrl => fake!.Urls.First();

    /// <summary>What the bot is started with besides its URL, logging and database.</summary>
    public abstract IReadOnlyList<string> BotArguments { get; }

    /// <summary>Appended to the report's first line: what this channel's run was set up with.</summary>
    public virtual string Setup => string.Empty;

    /// <summary>Request <paramref name="i"/> of a batch (<paramref name="prefix"/> keeps warm-up and measured ones apart), to post to <paramref name="botUrl"/>.</summary>
    public abstract HttpRequestMessage Request(string botUrl, string prefix, int i, string paste);

    /// <summary>The key its reply is noted under.</summary>
    public abstract string ReplyKey(string prefix, int i);

    /// <summary>
    /// When the reply to <paramref name="key"/> reached the fake (<see cref="Stopwatch.GetTimestamp"/>), or null when
    /// none came within <paramref name="patience"/>.
    /// </summary>
    public async Task<long?> ReplyAsync(string key, TimeSpan patience)
    {
        var reply = replies.GetOrAdd(key, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            return await reply.Task.WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            replies.TryRemove(key, out _);
        }
    }

    /// <summary>Called once the warm-up is over, before the measured requests.</summary>
    public virtual void StartMeasuring()
    {
    }

    public async ValueTask DisposeAsync()
    {
        if (fake is not null)
        {
            await fake.StopAsync();
            await fake.DisposeAsync();
        }
    }

    /// <summary>Notes that the reply to <paramref name="key"/> arrived now; a second reply to the same request is ignored.</summary>
    protected void Replied(string key) =>
        replies.GetOrAdd(key, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(Stopwatch.GetTimestamp());

    /// <summary>Starts the fake on a free loopback port, with the routes <paramref name="map"/> adds.</summary>
    protected async Task StartFakeAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        fake = builder.Build();
        map(fake);
        await fake.StartAsync();
    }
}
