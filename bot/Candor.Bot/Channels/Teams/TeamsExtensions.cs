using Candor.Bot.Channels.Teams.Auth;
using Candor.Bot.Conversation;
using Candor.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Channels.Teams;

internal static class TeamsExtensions
{
    public const string ConnectorClientName = "connector";

    private const string OpenIdClientName = "openid";

    /// <summary>
    /// The Bot Framework channel: inbound auth (none in local mode, which only ever replies to loopback), the
    /// queue, the background conversation and the Connector client. <c>BotFramework:OpenIdMetadataUrl</c> and
    /// <c>BotFramework:EmulatorOpenIdMetadataUrl</c> override where signing keys come from (tests, sovereign clouds).
    /// </summary>
    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Teams waits 15 s for a bot; a Connector call that takes longer is retried, and key fetches must be quicker still.
        services.AddHttpClient(ConnectorClientName, client => client.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(HostingExtensions.LongLivedHandler)
            .RecordingOutcomes("connector");
        services.AddHttpClient(OpenIdClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
            .ConfigurePrimaryHttpMessageHandler(HostingExtensions.LongLivedHandler);
        var metadata = (Connector: MetadataUrl(builder.Configuration, "BotFramework:OpenIdMetadataUrl", ConnectorAuthentication.ConnectorMetadata),
            Emulator: MetadataUrl(builder.Configuration, "BotFramework:EmulatorOpenIdMetadataUrl", ConnectorAuthentication.EmulatorMetadata));
        services.AddSingleton<ActivityQueue>();
        services.AddSingleton<IQueueDepth>(s => s.GetRequiredService<ActivityQueue>());
        services.AddSingleton<IOutboxQueue>(s => s.GetRequiredService<ActivityQueue>());
        services.AddSingleton(s => new ActivityEndpoint(
            s.GetRequiredService<ActivityQueue>(), s.GetRequiredService<Responder>(), s.GetRequiredService<CardActions>(), Authentication(s, metadata.Connector, metadata.Emulator),
            s.GetRequiredService<ILogger<ActivityEndpoint>>()));
        services.AddHostedService<TeamsConversation>();
        services.AddSingleton<IChannelSender, TeamsProactiveSender>();
        services.AddSingleton(s => Options(s).IsLocalMode ? (IConnectorTokens)new NoConnectorTokens() : new MsalConnectorTokens(Options(s)));
        services.AddSingleton(s => new ConnectorClient(
            s.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClientName), s.GetRequiredService<IConnectorTokens>(),
            s.GetRequiredService<ILogger<ConnectorClient>>(), loopbackOnly: Options(s).IsLocalMode));
        return builder;
    }

    public static WebApplication MapTeams(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpContext context, ActivityEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }

    // Read while building, so a bad override stops start-up naming its key rather than failing every request.
    private static Uri MetadataUrl(ConfigurationManager configuration, string key, Uri standard) =>
        configuration[key] is not { Length: > 0 } configured ? standard
        : Uri.TryCreate(configured, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url
        : throw new OptionsValidationException(key, typeof(Uri), [$"{key} is '{configured}'; it must be an absolute http(s) URL of OpenID metadata."]);

    private static BotFrameworkOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

    // Null in local mode: nothing can authenticate a request without an app id, so none is asked for.
    private static ConnectorAuthentication? Authentication(IServiceProvider services, Uri connector, Uri emulator)
    {
        var options = Options(services);
        if (options.IsLocalMode)
        {
            return null;
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdClientName);
        var clock = services.GetRequiredService<TimeProvider>();
        return new ConnectorAuthentication(options.MicrosoftAppId!, new SigningKeys(http, connector, clock), new SigningKeys(http, emulator, clock), options.MicrosoftAppTenantId);
    }
}
