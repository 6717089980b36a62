using System.Globalization;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Quartz;

namespace Candor.Bot.Digests;

/// <summary>
/// One digest firing for one conversation, run by Quartz: delivered through <see cref="DigestDelivery"/>. A delivery
/// that failed (the channel or the database away) is tried again 10 minutes later, twice at most; a conversation
/// Candor can no longer post to has its schedule removed.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class DigestJob(DigestDelivery delivery, DigestScheduler scheduler, ILogger<DigestJob> logger) : IJob
{
    public const int MostAttempts = 3;
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(10);

    // A retry's trigger carries the firing it retries, so it claims the same delivery.
    private const string FiringData = "firing";
    private const string AttemptData = "attempt";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = DigestScheduler.Strings(context.MergedJobDataMap);
        var conversation = new ConversationKey(data.GetValueOrDefault(DigestScheduler.ChannelData, "?"), data.GetValueOrDefault(DigestScheduler.ConversationData, "?"));
        if (DigestSchedule.FromData(data) is not { } schedule)
        {
            LogUnreadable(conversation.Channel, conversation.Id);
            await scheduler.StopAsync(conversation, cancellationToken);
            return;
        }

        var scheduledFor = ScheduledFor(data, context);
        var attempt = int.TryParse(data.GetValueOrDefault(AttemptData), CultureInfo.InvariantCulture, out var retried) ? retried : 1;
        var firing = new DigestFiring(context.JobDetail.Key.Name, scheduledFor, conversation);
        switch (await delivery.DeliverAsync(firing, schedule, context.Recovering, cancellationToken))
        {
            case DigestOutcome.Gone:
                await scheduler.StopAsync(conversation, cancellationToken);
                break;
            case DigestOutcome.Failed when attempt < MostAttempts:
                await context.Scheduler.ScheduleJob(Retry(context.JobDetail.Key, firing, attempt + 1, context.FireTimeUtc + RetryAfter), new ScheduleJobOptions(), cancellationToken);
                break;
            case DigestOutcome.Failed:
                LogGaveUp(conversation.Channel, conversation.Id, attempt);
                break;
        }
    }

    // What identifies the firing, whichever run this is: a retry carries the time of the firing it retries, and
    // Quartz's recovery of a dead node's run the original's (its own trigger is scheduled for now). Whole seconds,
    // since that is all Quartz keeps of the original.
    private static DateTimeOffset ScheduledFor(Dictionary<string, string> data, IJobExecutionContext context)
    {
        if (long.TryParse(data.GetValueOrDefault(FiringData), CultureInfo.InvariantCulture, out var retriedMs))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(retriedMs);
        }

        var scheduled = context.Recovering
            && DateTimeOffset.TryParse(data.GetValueOrDefault(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime), CultureInfo.InvariantCulture, DateTimeStyles.None, out var original)
            ? original
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        return DateTimeOffset.FromUnixTimeSeconds(scheduled.ToUnixTimeSeconds());
    }

    private static ITrigger Retry(JobKey job, DigestFiring firing, int attempt, DateTimeOffset at) => TriggerBuilder.Create()
        .WithIdentity($"{job.Name}-retry-{firing.ScheduledFor.ToUnixTimeMilliseconds()}-{attempt}", DigestScheduler.Group)
        .ForJob(job)
        .UsingJobData(FiringData, firing.ScheduledFor.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))
        .UsingJobData(AttemptData, attempt.ToString(CultureInfo.InvariantCulture))
        .StartAt(at)
        .Build();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest: the schedule of {Channel} conversation {Conversation} cannot be read (its time zone may be gone); it was removed.")]
    private partial void LogUnreadable(string channel, string conversation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest: gave up on {Channel} conversation {Conversation}'s digest after {Attempts} attempts; the next one is still scheduled.")]
    private partial void LogGaveUp(string channel, string conversation, int attempts);
}
