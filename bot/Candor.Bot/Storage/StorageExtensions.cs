using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Candor.Bot.Storage;

internal static partial class StorageExtensions
{
    /// <summary>
    /// The database (<see cref="StorageSettings"/>), migrated before anything listens, and what is kept in it:
    /// conversation references, delivery claims, the outbox of accepted work, channel settings, check history, card feedback and digest claims (the last three purged after <c>Retention:Days</c>). Call before the channels, so the schema is ready when they start.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The storage settings are wrong; the message names the key.</exception>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(StorageSettings.Read(builder.Configuration, builder.Environment.ContentRootPath));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Database>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<GroupCommit>();
        services.AddHostedService<StorageStartup>();
        services.AddSingleton<IConversationStore, SqlConversationStore>();
        services.AddSingleton<IDedupeStore, SqlDedupeStore>();
        services.AddSingleton<IChannelSettingsStore, SqlChannelSettingsStore>();
        services.AddSingleton<IHistoryStore, SqlHistoryStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<IDigestDeliveryStore, SqlDigestDeliveryStore>();
        services.AddSingleton<IOutboxStore, SqlOutboxStore>();
        services.AddSingleton(RetentionSettings.Read(builder.Configuration));
        services.AddHostedService<RetentionPurge>();
        return builder;
    }

    /// <summary>Migrates at start-up; a database that cannot be used stops the start with a <see cref="StorageException"/>.</summary>
    private sealed partial class StorageStartup(Migrator migrator, StorageSettings settings, ILogger<StorageStartup> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var version = await migrator.EnsureMigratedAsync(cancellationToken);
            LogReady(settings, version);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Where}, schema version {Version}.")]
        private partial void LogReady(StorageSettings where, int version);
    }
}
