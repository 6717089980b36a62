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

    // Whole minutes so that Cron and equality speak of the same moment.
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

    private static TimeOnly WholeMinutes(TimeOnly time) => new(time.Hour, time.Minute);

    // Quartz names weekdays by their first three letters in capitals: SUN, MON, … SAT.
    private static string QuartzDay(DayOfWeek day) => day.ToString()[..3].ToUpperInvariant();

    // Enum.TryParse also takes numbers ("7") and would hand back values no member has.
    private static T? DefinedEnum<T>(string text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
}
