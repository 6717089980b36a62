using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Candor.Bot.Conversation;

internal static class ConversationExtensions
{
    /// <summary>
    /// What every channel shares: the answers and their per-person and per-tenant limits, card buttons, the
    /// conversations Candor may post into later, and posting there.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A limit is wrong; the message names its key.</exception>
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AnalysisLane>();
        services.AddSingleton(UsageLimitSettings.Read(builder.Configuration));
        services.AddSingleton<UsageLimits>();
        services.AddSingleton<CheckHistory>();
        services.AddSingleton<ConversationData>();
        services.AddSingleton<Responder>();
        services.AddSingleton<CardActions>();
        services.AddSingleton<KnownConversations>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton(OutboxSettings.Read(builder.Configuration));
        services.AddSingleton<Outbox>();
        return builder;
    }

    /// <summary>
    /// Answers what a stopped run left in the outbox. Call after the channels: it puts work back into their queues,
    /// and starts once their workers have.
    /// </summary>
    public static WebApplicationBuilder AddOutboxRecovery(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<OutboxRecovery>();
        return builder;
    }
}
