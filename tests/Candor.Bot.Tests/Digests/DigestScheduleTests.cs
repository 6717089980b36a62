using System.Globalization;
using Candor.Bot.Digests;

namespace Candor.Bot.Tests.Digests;

/// <summary>
/// A digest schedule as Quartz will read it (cron), as a person reads it (Describe), as a job store keeps it
/// (plain strings), and when Quartz fires it, across the 2026 daylight-saving changes of Berlin and New York.
/// </summary>
public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("Daily", DayOfWeek.Monday, "08:30", "0 30 8 * * ?")]
    [InlineData("Daily", DayOfWeek.Friday, "08:30", "0 30 8 * * ?")]
    [InlineData("Daily", DayOfWeek.Monday, "00:00", "0 0 0 * * ?")]
    [InlineData("Daily", DayOfWeek.Monday, "23:59", "0 59 23 * * ?")]
    [InlineData("Weekly", DayOfWeek.Monday, "09:00", "0 0 9 ? * MON")]
    [InlineData("Weekly", DayOfWeek.Tuesday, "09:05", "0 5 9 ? * TUE")]
    [InlineData("Weekly", DayOfWeek.Wednesday, "12:00", "0 0 12 ? * WED")]
    [InlineData("Weekly", DayOfWeek.Thursday, "17:45", "0 45 17 ? * THU")]
    [InlineData("Weekly", DayOfWeek.Friday, "23:59", "0 59 23 ? * FRI")]
    [InlineData("Weekly", DayOfWeek.Saturday, "00:00", "0 0 0 ? * SAT")]
    [InlineData("Weekly", DayOfWeek.Sunday, "06:30", "0 30 6 ? * SUN")]
    public void Cron_IsTheQuartzExpression(string cadence, DayOfWeek day, string time, string cron) =>
        Assert.Equal(cron, Schedule(cadence, day, time, "Europe/Berlin").Cron);

    [Fact]
    public void Time_WithSeconds_IsKeptToTheMinute()
    {
        var withSeconds = new DigestSchedule(DigestCadence.Daily, DayOfWeek.Monday, new TimeOnly(8, 30, 45, 500), Berlin);
        var changed = withSeconds with { Time = new TimeOnly(7, 15, 59) };

        Assert.Equal(new TimeOnly(8, 30), withSeconds.Time);
        Assert.Equal("0 30 8 * * ?", withSeconds.Cron);
        Assert.Equal(new DigestSchedule(DigestCadence.Daily, DayOfWeek.Monday, new TimeOnly(8, 30), Berlin), withSeconds);
        Assert.Equal(new TimeOnly(7, 15), changed.Time);
    }

    [Theory]
    [InlineData("Daily", 1)]
    [InlineData("Weekly", 7)]
    public void Period_IsADayOrAWeek(string cadence, int days) =>
        Assert.Equal(TimeSpan.FromDays(days), Schedule(cadence, DayOfWeek.Monday, "09:00", "Europe/Berlin").Period);

    [Theory]
    [InlineData("Weekly", DayOfWeek.Monday, "09:00", "Europe/Berlin", "every Monday at 09:00 (Europe/Berlin)")]
    [InlineData("Daily", DayOfWeek.Monday, "08:30", "UTC", "every day at 08:30 (UTC)")]
    [InlineData("Daily", DayOfWeek.Thursday, "21:15", "America/New_York", "every day at 21:15 (America/New_York)")]
    [InlineData("Weekly", DayOfWeek.Sunday, "00:00", "America/New_York", "every Sunday at 00:00 (America/New_York)")]
    public void Describe_SaysItInPlainEnglish(string cadence, DayOfWeek day, string time, string zone, string expected) =>
        Assert.Equal(expected, Schedule(cadence, day, time, zone).Describe());

    [Fact]
    public void ToData_IsPlainStrings()
    {
        var data = new DigestSchedule(DigestCadence.Weekly, DayOfWeek.Thursday, At("17:05"), NewYork).ToData();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["digest.cadence"] = "Weekly",
                ["digest.day"] = "Thursday",
                ["digest.time"] = "17:05",
                ["digest.zone"] = "America/New_York",
            },
            data);
    }

    [Theory]
    [InlineData("Weekly", DayOfWeek.Monday, "09:00", "Europe/Berlin")]
    [InlineData("Weekly", DayOfWeek.Sunday, "23:59", "America/New_York")]
    [InlineData("Daily", DayOfWeek.Monday, "00:00", "UTC")]
    [InlineData("Daily", DayOfWeek.Monday, "12:30", "Asia/Kolkata")]
    public void FromData_RestoresWhatToDataStored(string cadence, DayOfWeek day, string time, string zone)
    {
        var schedule = Schedule(cadence, day, time, zone);

        var restored = DigestSchedule.FromData(schedule.ToData());

        Assert.Equal(schedule, restored);
        Assert.Equal(schedule.Cron, restored!.Cron);
        Assert.Equal(zone, restored.Zone.Id);
    }

    [Fact]
    public void FromData_AnyPartMissing_IsNull()
    {
        var data = new DigestSchedule(DigestCadence.Weekly, DayOfWeek.Monday, At("09:00"), Berlin).ToData();

        Assert.Equal(4, data.Count);
        foreach (var key in data.Keys)
        {
            var incomplete = data.Where(entry => entry.Key != key).ToDictionary();
            Assert.Null(DigestSchedule.FromData(incomplete));
        }

        Assert.Null(DigestSchedule.FromData(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("digest.zone", "Mars/Olympus_Mons")]
    [InlineData("digest.zone", "")]
    [InlineData("digest.zone", "../../etc/passwd")]
    [InlineData("digest.time", "9:00am")]
    [InlineData("digest.time", "24:00")]
    [InlineData("digest.time", "")]
    [InlineData("digest.cadence", "Monthly")]
    [InlineData("digest.cadence", "7")]
    [InlineData("digest.day", "Funday")]
    [InlineData("digest.day", "9")]
    public void FromData_UnreadablePart_IsNull(string key, string value)
    {
        var data = new DigestSchedule(DigestCadence.Weekly, DayOfWeek.Monday, At("09:00"), Berlin).ToData().ToDictionary();
        data[key] = value;

        Assert.Null(DigestSchedule.FromData(data));
    }

    [Theory]
    [InlineData("Daily", DayOfWeek.Monday, "08:30", "Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-29T06:30:00Z")]
    [InlineData("Daily", DayOfWeek.Monday, "08:30", "Europe/Berlin", "2026-10-24T12:00:00Z", "2026-10-25T07:30:00Z")]
    [InlineData("Weekly", DayOfWeek.Monday, "09:00", "Europe/Berlin", "2026-11-22T15:00:00Z", "2026-11-23T08:00:00Z")]
    [InlineData("Weekly", DayOfWeek.Friday, "17:05", "America/New_York", "2026-11-02T00:00:00Z", "2026-11-06T22:05:00Z")]
    [InlineData("Weekly", DayOfWeek.Sunday, "00:00", "UTC", "2026-12-31T23:59:00Z", "2027-01-03T00:00:00Z")]
    public void Cron_InItsZone_FiresWhenTheScheduleSays(string cadence, DayOfWeek day, string time, string zone, string after, string expected)
    {
        var schedule = Schedule(cadence, day, time, zone);
        var cron = new Quartz.CronExpression(schedule.Cron, schedule.Zone);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), cron.GetNextValidTimeAfter(DateTimeOffset.Parse(after, CultureInfo.InvariantCulture)));
    }

    private static DigestSchedule Schedule(string cadence, DayOfWeek day, string time, string zone) =>
        new(Enum.Parse<DigestCadence>(cadence), day, At(time), TimeZoneInfo.FindSystemTimeZoneById(zone));

    private static TimeOnly At(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
