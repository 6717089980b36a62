using System.Globalization;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Cards.Building;
using Candor.Cards.Model;
using Quartz;

namespace Candor.Bot.Digests;

/// <summary>
/// Answers "digest …": shows, sets or stops the conversation's schedule, or composes its digest now. The schedule is
/// read in the zone the command names, else the client's own (Teams says it), else <c>Digest:TimeZone</c>.
/// </summary>
internal sealed partial class DigestCommands(
    DigestScheduler scheduler, DigestComposer composer, DigestSettings settings, TimeProvider clock, ILogger<DigestCommands> logger)
{
    private const string Examples = "Say digest weekly mon 09:00 Europe/Berlin or digest daily 08:30 to schedule one, digest now to see it now, digest off to stop it.";

    /// <param name="applied">What followed the word "digest".</param>
    /// <param name="conversation">Where it was asked; null where a digest cannot be kept (a private shortcut).</param>
    /// <param name="clientZone">The IANA zone the client reported, if any.</param>
    public async Task<Card> AnswerAsync(string applied, ConversationKey? conversation, string? clientZone, CancellationToken cancel)
    {
        if (conversation is null)
        {
            return StaticCards.Error("Digests belong to a channel or chat.", "Ask for one in the channel or chat it should come to, for example: digest weekly mon 09:00");
        }

        var zone = clientZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(clientZone, out var client) ? client : settings.Zone;
        try
        {
            return DigestRequests.Parse(applied, zone) switch
            {
                SetDigest set => await SetAsync(conversation, set.Schedule, cancel),
                StopDigest => await scheduler.StopAsync(conversation, cancel)
                    ? StaticCards.DigestSettings("Digests are off for this conversation.", "What was checked here is still kept for its retention time; say forget to erase it. Say digest weekly to start again.")
                    : StaticCards.DigestSettings("No digest was scheduled here.", Examples),
                SendDigestNow => await NowAsync(conversation, zone, cancel),
                DigestMistake mistake => StaticCards.Error(mistake.Problem, mistake.Suggestion),
                _ => await ShowAsync(conversation, cancel),
            };
        }
        catch (Exception unavailable) when (unavailable is SchedulerException or StorageException)
        {
            LogUnavailable(conversation.Channel, conversation.Id, unavailable.Message);
            return StaticCards.Error("I can't reach my storage right now, so the digest settings were not read or changed.", "Try again in a minute.");
        }
    }

    private async Task<Card> SetAsync(ConversationKey conversation, DigestSchedule schedule, CancellationToken cancel)
    {
        var next = await scheduler.SetAsync(conversation, schedule, cancel);
        return StaticCards.DigestSettings(
            $"Digest set: {schedule.Describe()}.",
            $"{(next is { } first ? $"The first one comes {When(first, schedule.Zone)}. " : string.Empty)}It sums up what was checked here, accounts that keep showing up together and the most common outreach issues; a period with nothing checked sends nothing. Say digest now to see it now, digest off to stop it.");
    }

    private async Task<Card> ShowAsync(ConversationKey conversation, CancellationToken cancel) => await scheduler.FindAsync(conversation, cancel) switch
    {
        { } found => StaticCards.DigestSettings(
            $"Digest: {found.Schedule.Describe()}.",
            $"{(found.Next is { } next ? $"The next one comes {When(next, found.Schedule.Zone)}. " : string.Empty)}Say digest now to see it now, digest off to stop it, or digest daily 08:30 to change it."),
        null => StaticCards.DigestSettings("No digest is scheduled here.", Examples),
    };

    // The period the schedule covers (a week when there is none), ending now.
    private async Task<Card> NowAsync(ConversationKey conversation, TimeZoneInfo zone, CancellationToken cancel)
    {
        var schedule = (await scheduler.FindAsync(conversation, cancel))?.Schedule;
        var now = clock.GetUtcNow();
        var period = new DigestPeriod(now - (schedule?.Period ?? TimeSpan.FromDays(7)), now, schedule?.Zone ?? zone);
        return DigestCard.From(await composer.ComposeAsync(conversation, period, cancel));
    }

    private static string When(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest command in {Channel} conversation {Conversation} not done: storage is unavailable: {Reason}")]
    private partial void LogUnavailable(string channel, string conversation, string reason);
}
