using System.Security.Cryptography;
using System.Text;
using Candor.Bot.Conversation;
using Quartz;

namespace Candor.Bot.Digests;

/// <summary>A conversation's digest schedule as stored, with when it next fires (null when Quartz has no next time).</summary>
internal sealed record ScheduledDigest(DigestSchedule Schedule, DateTimeOffset? Next);

/// <summary>
/// Keeps each conversation's digest schedule as a Quartz job with one cron trigger, in the job store every instance
/// shares (clustered on PostgreSQL), so each firing runs on exactly one instance. A firing missed while every
/// instance was down runs once when one comes back (FireAndProceed), never once per missed period.
/// Failures of the store are <see cref="SchedulerException"/>s.
/// </summary>
internal sealed class DigestScheduler(ISchedulerFactory schedulers)
{
    public const string Group = "digest";
    public const string ChannelData = "channel";
    public const string ConversationData = "conversation";

    /// <summary>Sets or replaces the conversation's schedule.</summary>
    /// <returns>When the first digest will come.</returns>
    public async Task<DateTimeOffset?> SetAsync(ConversationKey conversation, DigestSchedule schedule, CancellationToken cancel)
    {
        var scheduler = await schedulers.GetScheduler(cancel);
        var key = KeyOf(conversation);
        var data = new JobDataMap { [ChannelData] = conversation.Channel, [ConversationData] = conversation.Id };
        foreach (var (name, value) in schedule.ToData())
        {
            data[name] = value;
        }

        var job = JobBuilder.Create<DigestJob>().WithIdentity(key).UsingJobData(data).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, Group)
            .ForJob(key)
            .WithCronSchedule(schedule.Cron, cron => cron.InTimeZone(schedule.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancel);
        // As stored: the store computed its first firing.
        return (await scheduler.GetTrigger(trigger.Key, cancel))?.NextFireTimeUtc;
    }

    /// <summary>The conversation's schedule; null when it has none.</summary>
    public async Task<ScheduledDigest?> FindAsync(ConversationKey conversation, CancellationToken cancel)
    {
        var scheduler = await schedulers.GetScheduler(cancel);
        var key = KeyOf(conversation);
        if (await scheduler.GetJobDetail(key, cancel) is not { } job || DigestSchedule.FromData(Strings(job.JobDataMap)) is not { } schedule)
        {
            return null;
        }

        var trigger = await scheduler.GetTrigger(new TriggerKey(key.Name, Group), cancel);
        return new ScheduledDigest(schedule, trigger?.NextFireTimeUtc);
    }

    /// <summary>Stops the conversation's digests.</summary>
    /// <returns>False when none were scheduled.</returns>
    public async Task<bool> StopAsync(ConversationKey conversation, CancellationToken cancel)
    {
        var scheduler = await schedulers.GetScheduler(cancel);
        return await scheduler.DeleteJob(KeyOf(conversation), cancel);
    }

    /// <summary>A job's data as the strings they were stored as.</summary>
    public static Dictionary<string, string> Strings(JobDataMap data) =>
        data.ToDictionary(entry => entry.Key, entry => Convert.ToString(entry.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);

    // Conversation ids run to 150+ characters (Teams chats) and Quartz keeps job names in 200; a hash of the key
    // fits, and the key itself travels in the job's data.
    private static JobKey KeyOf(ConversationKey conversation) =>
        new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{conversation.Channel}\n{conversation.Id}")))[..32], Group);
}
