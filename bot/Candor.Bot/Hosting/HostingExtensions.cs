using Candor.Bot.Channels.Slack;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Hosting;

internal static partial class HostingExtensions
{
    /// <summary>Local mode's port unless the environment asks for another (the Agents Playground and Emulator expect it).</summary>
    public const int LocalModePort = 3978;

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
        // Read straight from configuration: the URLs must be chosen before the service provider exists.
        var settings = builder.Configuration.Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();
        if (settings.IsLocalMode)
        {
            // Kestrel cannot pick a free port for "localhost" (two addresses), so port 0 binds IPv4 loopback.
            var port = RequestedPort(builder.Configuration["Urls"]) ?? LocalModePort;
            builder.WebHost.UseUrls(port == 0 ? "http://127.0.0.1:0" : $"http://localhost:{port}");
        }

        return builder;
    }

    /// <summary>
    /// The handler for the chat services' clients, which live as long as the process: connections are recycled
    /// every few minutes, so a change of the services' addresses (DNS) is followed.
    /// </summary>
    public static HttpMessageHandler LongLivedHandler() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    public static WebApplication MapHealth(this WebApplication app)
    {
        string[] channels = app.Services.GetService<SlackSettings>() is null ? ["teams"] : ["teams", "slack"];
        app.MapGet("/healthz", async (IOptions<BotFrameworkOptions> options, HealthCheckService checks, CancellationToken cancel) =>
        {
            var report = await checks.CheckHealthAsync(cancel);
            var body = new
            {
                status = Word(report.Status),
                mode = options.Value.IsLocalMode ? "local" : "connected",
                channels,
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = Word(e.Value.Status), detail = e.Value.Description }),
            };
            return Results.Json(body, statusCode: report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
        return app;
    }

    // "ok" rather than "healthy": what the endpoint has always said when all is well.
    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    /// <summary>
    /// Says once the host has started (after the settings were validated) whether it runs in local mode.
    /// Reading the settings while building would validate them there and bypass start-up validation.
    /// </summary>
    public static WebApplication LogChannelStatus(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var options = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Candor");
            if (options.IsLocalMode)
            {
                LogLocalMode(logger);
            }

            LogChannels(logger);
            if (app.Services.GetService<SlackSettings>() is not null)
            {
                LogSlack(logger);
            }
        });
        return app;
    }

    // The port of the first URL asked for (0 picks a free one); its host is ignored, since local mode binds loopback only.
    private static int? RequestedPort(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var parsable = first?.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal);
        return parsable is not null && Uri.TryCreate(parsable, UriKind.Absolute, out var uri) ? uri.Port : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LOCAL MODE: no MicrosoftAppId is configured, so requests are NOT authenticated. Only requests from this machine are answered. Configure MicrosoftAppId/MicrosoftAppPassword before exposing the bot.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework clients (Teams, the Agents Playground, the Emulator) are answered at POST /api/messages.")]
    private static partial void LogChannels(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack is answered at POST /slack/events, /slack/commands and /slack/interactions; every request must be signed with the app's signing secret.")]
    private static partial void LogSlack(ILogger logger);
}
