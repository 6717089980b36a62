using Microsoft.Extensions.Options;

namespace Candor.Bot.Storage;

/// <summary>How long check history is kept (<c>Retention:Days</c>, 1–3650, default 30).</summary>
internal sealed class RetentionSettings
{
    public const string Section = "Retention";

    public int Days { get; set; } = 30;

    /// <exception cref="OptionsValidationException">The value is unreadable or out of range; the message names the key.</exception>
    public static RetentionSettings Read(IConfiguration configuration) =>
        Hosting.Settings.Read<RetentionSettings>(configuration, Section, settings =>
            settings.Days is >= 1 and <= 3650 ? [] : [$"{Section}:Days is {settings.Days}; keep history for 1 to 3650 days."]);
}

/// <summary>
/// Deletes check history, card feedback and digest claims older than <see cref="RetentionSettings.Days"/>: at
/// start-up and then every hour, so nothing
/// outlives its retention by more than an hour. Instances sharing a database may purge at the same time; the
/// deletes are the same, so that is harmless.
/// </summary>
internal sealed partial class RetentionPurge(
    IHistoryStore history, IFeedbackStore feedback, IDigestDeliveryStore digests, RetentionSettings retention, TimeProvider clock, ILogger<RetentionPurge> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var hourly = new PeriodicTimer(Every, clock);
        try
        {
            do
            {
                await PurgeAsync(stoppingToken);
            }
            while (await hourly.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping (or was disposed without a stop): nothing is half done.
        }
    }

    /// <returns>How many checks were deleted; 0 when the database could not be reached (tried again next hour).</returns>
    public async Task<int> PurgeAsync(CancellationToken cancel)
    {
        try
        {
            var before = clock.GetUtcNow().AddDays(-retention.Days);
            var deleted = await history.PurgeAsync(before, cancel);
            await feedback.PurgeAsync(before, cancel);
            await digests.PurgeAsync(before, cancel);
            if (deleted > 0)
            {
                LogPurged(deleted, retention.Days);
            }

            return deleted;
        }
        catch (StorageException unavailable)
        {
            LogNotPurged(unavailable.Message);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} checks older than {Days} days.")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: could not purge old history this hour: {Reason}")]
    private partial void LogNotPurged(string reason);
}
