using Candor.Bot.Channels.Slack;
using Candor.Bot.Channels.Teams;
using Candor.Bot.Conversation;
using Candor.Bot.Digests;
using Candor.Bot.LinkFetch;
using Candor.Bot.Rewriting;
using Candor.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Hosting;

/// <summary>The bot host's table of contents: settings, local mode, storage, digests, channels, endpoints.</summary>
internal static class CandorHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddBotFrameworkSettings();
        builder.AddLocalMode();
        builder.AddRewriter();
        builder.AddOutreachLimits();
        builder.AddLinkFetch();
        builder.AddStorage();
        builder.AddDigests();
        builder.AddHealth();
        builder.AddConversation();
        builder.AddTeamsChannel();
        builder.AddSlackChannel();
        builder.AddOutboxRecovery();

        var app = builder.Build();

        // Settings are checked here, before anything listens, so a bad key is one clear message (Program.cs)
        // rather than a failed host start logged with a stack trace.
        _ = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        app.MapHealth();
        app.MapTeams();
        app.MapSlack();
        app.LogChannelStatus();
        return app;
    }
}
