using Microsoft.AspNetCore.Builder;

namespace Candor.Bot.Tests.Channels.Slack;

/// <summary>A bot with Slack enabled against a fake Slack Web API, in a folder of its own, with a client that signs as Slack does.</summary>
internal sealed class SlackTestBot : IAsyncDisposable
{
    private static readonly HttpClient Http = new();

    private readonly TempFolder folder = new();

    private readonly string[] settings;

    private SlackTestBot(FakeSlack slack, string[] settings)
    {
        Slack = slack;
        this.settings = settings;
        Signed = new SignedSlack(Http, () => Bot.Urls.First());
    }

    public FakeSlack Slack { get; }

    public WebApplication Bot { get; private set; } = null!;

    public SignedSlack Signed { get; }

    /// <param name="settings">More settings for the bot, after Slack's.</param>
    public static async Task<SlackTestBot> StartAsync(params string[] settings)
    {
        var test = new SlackTestBot(await FakeSlack.StartAsync(), settings);
        await test.StartBotAsync();
        return test;
    }

    /// <summary>A new process, as far as the bot can tell: only its database is kept.</summary>
    public async Task RestartAsync()
    {
        await StopBotAsync();
        await StartBotAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Slack.DisposeAsync();
        folder.Dispose();
    }

    private async Task StartBotAsync()
    {
        Bot = TestHost.Build(folder, [.. SignedSlack.Settings(Slack), "--Logging:LogLevel:Default=Critical", .. settings]);
        await Bot.StartAsync();
    }

    private async Task StopBotAsync()
    {
        await Bot.StopAsync();
        await Bot.DisposeAsync();
    }
}
