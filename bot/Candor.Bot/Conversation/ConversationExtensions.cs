using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Candor.Bot.Conversation;

internal static class ConversationExtensions
{
    /// <summary>What every channel shares: the answers, card buttons, the conversations Candor may post into later, and posting there.</summary>
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AnalysisLane>();
        services.AddSingleton<CheckHistory>();
        services.AddSingleton<ConversationData>();
        services.AddSingleton<Responder>();
        services.AddSingleton<CardActions>();
        services.AddSingleton<KnownConversations>();
        services.AddSingleton<ProactiveSender>();
        return builder;
    }
}
