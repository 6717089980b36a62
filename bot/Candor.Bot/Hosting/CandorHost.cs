namespace Candor.Bot.Hosting;

/// <summary>The bot host's table of contents: settings, local mode, endpoints. Channels join here in later releases.</summary>
internal static class CandorHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddBotFrameworkSettings();
        builder.AddLocalMode();

        var app = builder.Build();
        app.MapHealth();
        app.LogChannelStatus();
        return app;
    }
}
