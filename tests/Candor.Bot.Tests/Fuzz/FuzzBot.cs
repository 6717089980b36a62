using Candor.Bot.Tests.Channels.Slack;
using Candor.Bot.Tests.Channels.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>
/// The bot under fuzz: Kestrel on loopback in local mode (so <c>/api/messages</c> needs no token) with Slack
/// configured too, answering through a fake Bot Connector and a fake Slack, its logs kept in <see cref="Log"/>.
/// </summary>
internal sealed class FuzzBot : IAsyncDisposable
{
    private readonly TempFolder folder;
    private bool stopped;

    private FuzzBot(FakeConnector connector, FakeSlack slack, WebApplication app, TempFolder folder)
    {
        this.folder = folder;
        Connector = connector;
        Slack = slack;
        App = app;
        Endpoints = new FuzzEndpoints(connector.ServiceUrl, slack.ResponseUrl("T0FUZZ/1/"));
    }

    public FakeConnector Connector { get; }

    public FakeSlack Slack { get; }

    public WebApplication App { get; }

    public FuzzLog Log { get; } = new();

    public FuzzEndpoints Endpoints { get; }

    public string Url => App.Urls.First();

    /// <summary>Calls the bot made to the fakes so far: every answer sent in the background.</summary>
    public int BackgroundCalls => Connector.Calls.Count + Slack.Calls.Count;

    public static async Task<FuzzBot> StartAsync()
    {
        var connector = await FakeConnector.StartAsync();
        var slack = await FakeSlack.StartAsync();
        var folder = new TempFolder();
        var app = TestHost.Build(folder, [.. SignedSlack.Settings(slack), "--Logging:LogLevel:Default=Warning", "--Logging:Console:LogLevel:Default=None"]);
        var bot = new FuzzBot(connector, slack, app, folder);

        // Added to the built host's factory: its loggers, Kestrel's included, write to every provider it has.
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(bot.Log);
        await app.StartAsync();
        return bot;
    }

    /// <summary>Waits until no answer has reached the fakes for <paramref name="quiet"/> (or 30 s pass): the queues have drained.</summary>
    public async Task SettleAsync(TimeSpan quiet)
    {
        var (seen, since, started) = (-1, DateTime.UtcNow, DateTime.UtcNow);
        while (DateTime.UtcNow - since < quiet && DateTime.UtcNow - started < TimeSpan.FromSeconds(30))
        {
            if (BackgroundCalls != seen)
            {
                (seen, since) = (BackgroundCalls, DateTime.UtcNow);
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Stops the bot, so whatever it left unanswered is logged (and the run can fail on it).</summary>
    public async Task StopAsync()
    {
        if (!stopped)
        {
            stopped = true;
            await App.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Slack.DisposeAsync();
        folder.Dispose();
    }
}
