using System.Net;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Hosting;

internal static partial class HostingExtensions
{
    /// <summary>Where local mode listens: loopback only, the port the Agents Playground and Emulator expect.</summary>
    public const string LocalModeUrl = "http://localhost:3978";

    public static WebApplicationBuilder AddBotFrameworkSettings(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotFrameworkOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        return builder;
    }

    /// <summary>
    /// With no credentials, listen on loopback only: unauthenticated local mode must never be reachable
    /// from another machine, whatever URLs the environment asks for.
    /// </summary>
    public static WebApplicationBuilder AddLocalMode(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();
        if (settings.IsLocalMode)
        {
            // Kestrel cannot pick a free port for "localhost" (two addresses), so port 0 binds IPv4 loopback.
            var port = LoopbackPort(builder.Configuration["Urls"]) ?? 3978;
            builder.WebHost.UseUrls(port == 0 ? "http://127.0.0.1:0" : $"http://localhost:{port}");
        }

        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", (IOptions<BotFrameworkOptions> options) => Results.Ok(new
        {
            status = "ok",
            mode = options.Value.IsLocalMode ? "local" : "connected",
            channels = Array.Empty<string>(),
        }));
        return app;
    }

    public static WebApplication LogChannelStatus(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Candor");
        if (options.IsLocalMode)
        {
            LogLocalMode(logger);
        }

        LogNoChannels(logger);
        return app;
    }

    // Tests ask for port 0 or another loopback port; anything non-loopback is ignored in local mode.
    private static int? LoopbackPort(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null || !Uri.TryCreate(first.Replace("*", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
        return loopback ? uri.Port : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LOCAL MODE: no MicrosoftAppId is configured, so requests are NOT authenticated. Listening on loopback only (" + LocalModeUrl + "). Configure MicrosoftAppId/MicrosoftAppPassword before exposing the bot.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "No chat channels are configured yet (Teams and Slack arrive in later releases); /healthz is up and 'candor check' works from the command line.")]
    private static partial void LogNoChannels(ILogger logger);
}
