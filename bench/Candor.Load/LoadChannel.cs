using System.Collections.Concurrent;
using System.Diagnostics;

namespace Candor.Load;

/// <summary>
/// One channel under load: a fake of the service the bot answers through (on loopback), what the bot needs to be
/// told about it, and the requests the tool posts. Each reply the fake takes is noted with its arrival time under
/// the key of the request it answers.
/// </summary>
internal abstract class LoadChannel : IAsyncDisposable
{
    private WebApplication? fake;

    /// <summary>When each answered request's reply reached the fake (<see cref="Stopwatch.GetTimestamp"/>), by <see cref="ReplyKey"/>.</summary>
    public ConcurrentDictionary<string, long> Replies { get; } = new();

    /// <summary>The fake's base URL, without a trailing slash.</summary>
    protected string FakeUrl => fake!.Urls.First();

    /// <summary>What the bot is started with besides its URL, logging and database.</summary>
    public abstract IReadOnlyList<string> BotArguments { get; }

    /// <summary>Appended to the report's first line: what this channel's run was set up with.</summary>
    public virtual string Setup => string.Empty;

    /// <summary>Request <paramref name="i"/> of a batch (<paramref name="prefix"/> keeps warm-up and measured ones apart), to post to <paramref name="botUrl"/>.</summary>
    public abstract HttpRequestMessage Request(string botUrl, string prefix, int i, string paste);

    /// <summary>The key its reply is noted under in <see cref="Replies"/>.</summary>
    public abstract string ReplyKey(string prefix, int i);

    /// <summary>Called once the warm-up is answered, before the measured requests.</summary>
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
