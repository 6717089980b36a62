using System.Globalization;

namespace Candor.Bot.Digests;

internal enum DigestCadence
{
    Daily,
    Weekly,
}

/// <summary>When a channel's digest comes: daily or on one weekday, at a wall-clock time in a time zone.</summary>
/// <param name="Day">The weekday of a weekly digest; ignored (Monday) for a daily one.</param>
/// <param name="Time">The wall-clock time; seconds are dropped, since the cron fires on the minute.</param>
internal sealed record DigestSchedule(DigestCadence Cadence, DayOfWeek Day, TimeOnly Time, TimeZoneInfo Zone)
{
    private const string CadenceKey = "digest.cadence";
    private const string DayKey = "digest.day";
    private const string TimeKey = "digest.time";
    private const string ZoneKey = "digest.zone";
    private const string TimeFormat = "HH:mm";

    // Whole minutes so that Cron, NextAfter and equality all speak of the same moment.
    public TimeOnly Time { get; init => field = WholeMinutes(value); } = WholeMinutes(Time);

    /// <summary>The Quartz.NET cron expression (seconds minutes hours day-of-month month day-of-week).</summary>
    public string Cron => Cadence == DigestCadence.Daily
        ? string.Create(CultureInfo.InvariantCulture, $"0 {Time.Minute} {Time.Hour} * * ?")
        : string.Create(CultureInfo.InvariantCulture, $"0 {Time.Minute} {Time.Hour} ? * {QuartzDay(Day)}");

    public TimeSpan Period => TimeSpan.FromDays(Cadence == DigestCadence.Daily ? 1 : 7);

    /// <summary>The schedule in plain English, for a confirmation card: "every Monday at 09:00 (Europe/Berlin)".</summary>
    public string Describe() =>
        $"every {(Cadence == DigestCadence.Daily ? "day" : Day.ToString())} at {Time.ToString(TimeFormat, CultureInfo.InvariantCulture)} ({Zone.Id})";

    /// <summary>The schedule as plain strings, for a store that keeps only strings (a Quartz JobDataMap).</summary>
    public IReadOnlyDictionary<string, string> ToData() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CadenceKey] = Cadence.ToString(),
        [DayKey] = Day.ToString(),
        [TimeKey] = Time.ToString(TimeFormat, CultureInfo.InvariantCulture),
        [ZoneKey] = Zone.Id,
    };

    /// <returns>The schedule <see cref="ToData"/> stored, or null when a part is missing or unreadable, or the zone no longer exists.</returns>
    public static DigestSchedule? FromData(IReadOnlyDictionary<string, string> data) =>
        data.TryGetValue(CadenceKey, out var cadenceText) && DefinedEnum<DigestCadence>(cadenceText) is { } cadence
        && data.TryGetValue(DayKey, out var dayText) && DefinedEnum<DayOfWeek>(dayText) is { } day
        && data.TryGetValue(TimeKey, out var timeText)
        && TimeOnly.TryParseExact(timeText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
        && data.TryGetValue(ZoneKey, out var zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)
            ? new DigestSchedule(cadence, day, time, zone)
            : null;

    /// <summary>
    /// The next time the schedule fires strictly after <paramref name="instant"/>, in the schedule's zone.
    /// A time that a daylight-saving change skips fires at the end of the gap; one that happens twice fires once,
    /// the first time.
    /// </summary>
    /// <remarks>
    /// This says when the first digest will come; Quartz's cron trigger does the firing. The two agree except for a
    /// skipped time: Quartz.NET (read from its source) pairs it with the standard offset, so a skipped 02:30 fires at
    /// 03:30 rather than at the gap's end, 03:00.
    /// </remarks>
    public DateTimeOffset NextAfter(DateTimeOffset instant)
    {
        // Start on the instant's own date: an earlier date's firing, even one moved to a gap's end, is a wall-clock
        // time the instant has already passed.
        for (var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime); ; date = date.AddDays(1))
        {
            if (!FiresOn(date))
            {
                continue;
            }

            var firing = FiringOn(date);
            if (firing > instant)
            {
                return firing;
            }
        }
    }

    private bool FiresOn(DateOnly date) => Cadence == DigestCadence.Daily || date.DayOfWeek == Day;

    private DateTimeOffset FiringOn(DateOnly date)
    {
        var local = date.ToDateTime(Time, DateTimeKind.Unspecified);
        if (Zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the clocks have not gone back yet.
            return new DateTimeOffset(local, Zone.GetAmbiguousTimeOffsets(local).Max());
        }

        // Offsets change on whole minutes, so walking by minutes finds the first wall-clock time after a gap.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static TimeOnly WholeMinutes(TimeOnly time) => new(time.Hour, time.Minute);

    // Quartz names weekdays by their first three letters in capitals: SUN, MON, … SAT.
    private static string QuartzDay(DayOfWeek day) => day.ToString()[..3].ToUpperInvariant();

    // Enum.TryParse also takes numbers ("7") and would hand back values no member has.
    private static T? DefinedEnum<T>(string text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
}
