using Candor.Bot.Conversation;
using Candor.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Candor.Bot.Channels.Slack;

internal static class SlackExtensions
{
    public const string ApiClientName = "slack";

    /// <summary>
    /// The Slack channel, when configured (<see cref="SlackSettings"/>): request verification, the queue, the
    /// background conversation, the Web API client and proactive posting. Without Slack settings nothing is added
    /// and the Slack endpoints do not exist.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">Only one of the two secrets is set, or the API URL is unusable.</exception>
    public static WebApplicationBuilder AddSlackChannel(this WebApplicationBuilder builder)
    {
        if (SlackSettings.Read(builder.Configuration) is not { } settings)
        {
            return builder;
        }

        var services = builder.Services;
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        // Slack waits 3 s for an acknowledgement but not for answers; a call hanging past 10 s is given up. The
        // client's own request logs are off: a response URL's path is a secret that can post for 30 minutes.
        services.AddHttpClient(ApiClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(HostingExtensions.LongLivedHandler)
            .RemoveAllLoggers()
            .RecordingOutcomes("slack");
        services.AddSingleton(s => new SlackApi(
            s.GetRequiredService<IHttpClientFactory>().CreateClient(ApiClientName), settings, s.GetRequiredService<ILogger<SlackApi>>()));
        services.AddSingleton(s => new SlackSignature(settings.SigningSecret, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackQueue>();
        services.AddSingleton<IQueueDepth>(s => s.GetRequiredService<SlackQueue>());
        services.AddSingleton<IOutboxQueue>(s => s.GetRequiredService<SlackQueue>());
        services.AddSingleton<SlackCardMemory>();
        services.AddSingleton<SlackMessages>();
        services.AddSingleton<SlackDialogs>();
        services.AddSingleton<SlackEndpoints>();
        services.AddHostedService<SlackConversation>();
        services.AddSingleton<IChannelSender, SlackProactiveSender>();
        return builder;
    }

    public static WebApplication MapSlack(this WebApplication app)
    {
        if (app.Services.GetService<SlackSettings>() is null)
        {
            return app;
        }

        app.MapPost("/slack/events", (HttpContext context, SlackEndpoints endpoints) => endpoints.EventsAsync(context));
        app.MapPost("/slack/commands", (HttpContext context, SlackEndpoints endpoints) => endpoints.CommandsAsync(context));
        app.MapPost("/slack/interactions", (HttpContext context, SlackEndpoints endpoints) => endpoints.InteractionsAsync(context));
        return app;
    }
}
