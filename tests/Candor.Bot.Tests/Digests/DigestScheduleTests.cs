using System.Globalization;
using Candor.Bot.Digests;

namespace Candor.Bot.Tests.Digests;

/// <summary>
/// A digest schedule as Quartz will read it (cron), as a person reads it (Describe), as a job store keeps it
/// (plain strings), and when it next fires, across the 2026 daylight-saving changes of Berlin and New York.
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
    // An ordinary week in Berlin (CET, +01:00): the coming Monday, and strictly after, so a firing moment gives the next one.
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "2026-03-04T12:00:00Z", "2026-03-09T09:00:00+01:00")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "2026-03-09T07:59:59.999Z", "2026-03-09T09:00:00+01:00")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "2026-03-09T08:00:00Z", "2026-03-16T09:00:00+01:00")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "2026-03-09T08:00:00.001Z", "2026-03-16T09:00:00+01:00")]
    // The instant's own offset is a day ahead of Berlin: Sunday 23:30 in Berlin is Monday 07:30 in Tokyo.
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "2026-03-09T07:30:00+09:00", "2026-03-09T09:00:00+01:00")]
    // Berlin springs forward on Sunday 29 March 2026, 02:00 CET → 03:00 CEST.
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "09:00", "2026-03-28T09:00:00+01:00", "2026-03-29T09:00:00+02:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:30", "2026-03-28T12:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:00", "2026-03-28T12:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:30", "2026-03-29T01:00:00Z", "2026-03-30T02:30:00+02:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "03:00", "2026-03-28T12:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "01:59", "2026-03-28T12:00:00Z", "2026-03-29T01:59:00+01:00")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Sunday, "02:30", "2026-03-23T00:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "2026-03-28T12:00:00Z", "2026-03-30T09:00:00+02:00")]
    // Berlin falls back on Sunday 25 October 2026, 03:00 CEST → 02:00 CET: 02:00–02:59 happens twice and fires the first time only.
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:30", "2026-10-24T12:00:00Z", "2026-10-25T02:30:00+02:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:30", "2026-10-25T00:30:00Z", "2026-10-26T02:30:00+01:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:30", "2026-10-25T01:00:00Z", "2026-10-26T02:30:00+01:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:00", "2026-10-24T12:00:00Z", "2026-10-25T02:00:00+02:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "03:00", "2026-10-24T12:00:00Z", "2026-10-25T03:00:00+01:00")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "09:00", "2026-10-24T09:00:00+02:00", "2026-10-25T09:00:00+01:00")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Sunday, "02:30", "2026-10-25T00:45:00Z", "2026-11-01T02:30:00+01:00")]
    // New York springs forward on Sunday 8 March 2026, 02:00 EST → 03:00 EDT.
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "09:00", "2026-03-07T09:00:00-05:00", "2026-03-08T09:00:00-04:00")]
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "02:30", "2026-03-07T12:00:00Z", "2026-03-08T03:00:00-04:00")]
    [InlineData("America/New_York", "Weekly", DayOfWeek.Sunday, "02:15", "2026-03-02T12:00:00Z", "2026-03-08T03:00:00-04:00")]
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "02:30", "2026-03-08T07:00:00Z", "2026-03-09T02:30:00-04:00")]
    // New York falls back on Sunday 1 November 2026, 02:00 EDT → 01:00 EST: 01:00–01:59 happens twice.
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "01:30", "2026-10-31T12:00:00Z", "2026-11-01T01:30:00-04:00")]
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "01:30", "2026-11-01T05:30:00Z", "2026-11-02T01:30:00-05:00")]
    [InlineData("America/New_York", "Weekly", DayOfWeek.Sunday, "01:30", "2026-11-01T05:45:00Z", "2026-11-08T01:30:00-05:00")]
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "09:00", "2026-10-31T09:00:00-04:00", "2026-11-01T09:00:00-05:00")]
    // Late evening in New York is already the next day in UTC.
    [InlineData("America/New_York", "Weekly", DayOfWeek.Friday, "23:00", "2026-11-06T12:00:00-12:00", "2026-11-06T23:00:00-05:00")]
    [InlineData("America/New_York", "Weekly", DayOfWeek.Friday, "23:00", "2026-11-07T03:59:59Z", "2026-11-06T23:00:00-05:00")]
    [InlineData("America/New_York", "Weekly", DayOfWeek.Friday, "23:00", "2026-11-07T04:00:00Z", "2026-11-13T23:00:00-05:00")]
    // Across the turn of the year.
    [InlineData("UTC", "Weekly", DayOfWeek.Friday, "09:00", "2026-12-31T10:00:00Z", "2027-01-01T09:00:00Z")]
    [InlineData("UTC", "Daily", DayOfWeek.Monday, "00:00", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z")]
    [InlineData("UTC", "Weekly", DayOfWeek.Thursday, "09:00", "2026-12-31T09:00:00Z", "2027-01-07T09:00:00Z")]
    public void NextAfter_IsTheNextFiring(string zone, string cadence, DayOfWeek day, string time, string instant, string expected)
    {
        var schedule = Schedule(cadence, day, time, zone);

        var next = schedule.NextAfter(Instant(instant));

        Assert.Equal(Instant(expected), next);
        Assert.Equal(Instant(expected).Offset, next.Offset);
    }

    /// <summary>
    /// Where the wall clock does read the schedule's time, the next firing is the first minute it does so (on the
    /// clock's first pass through an hour that repeats): what Quartz's cron trigger computes. Checked against a
    /// minute-by-minute walk around each 2026 change.
    /// </summary>
    [Theory]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "09:00", "2026-03-20T00:00:00Z")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Sunday, "01:30", "2026-03-20T00:00:00Z")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "00:00", "2026-03-20T00:00:00Z")]
    [InlineData("Europe/Berlin", "Daily", DayOfWeek.Monday, "02:30", "2026-10-16T00:00:00Z")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Sunday, "02:59", "2026-10-16T00:00:00Z")]
    [InlineData("Europe/Berlin", "Weekly", DayOfWeek.Saturday, "23:59", "2026-10-16T00:00:00Z")]
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "01:30", "2026-03-01T00:00:00Z")]
    [InlineData("America/New_York", "Weekly", DayOfWeek.Sunday, "03:00", "2026-03-01T00:00:00Z")]
    [InlineData("America/New_York", "Daily", DayOfWeek.Monday, "01:30", "2026-10-25T00:00:00Z")]
    [InlineData("America/New_York", "Weekly", DayOfWeek.Sunday, "01:00", "2026-10-25T00:00:00Z")]
    [InlineData("America/New_York", "Weekly", DayOfWeek.Monday, "23:30", "2026-10-25T00:00:00Z")]
    public void NextAfter_WhereTheTimeExists_IsTheFirstMinuteTheClockReadsIt(string zone, string cadence, DayOfWeek day, string time, string from)
    {
        var schedule = Schedule(cadence, day, time, zone);
        var start = Instant(from);

        // Every 7 h 13 min for 16 days: each hour of the day, each weekday, both sides of the change.
        for (var instant = start; instant < start.AddDays(16); instant = instant.AddMinutes(433))
        {
            Assert.Equal(FirstMinuteReading(schedule, instant), schedule.NextAfter(instant));
        }
    }

    [Fact]
    public void NextAfter_AllYear_FiresOnTheRightDayAtTheRightTimeAndNeverSkipsOne()
    {
        var schedules = new[]
        {
            new DigestSchedule(DigestCadence.Weekly, DayOfWeek.Monday, At("09:00"), Berlin),
            new DigestSchedule(DigestCadence.Daily, DayOfWeek.Monday, At("02:30"), Berlin),
            new DigestSchedule(DigestCadence.Weekly, DayOfWeek.Sunday, At("02:30"), NewYork),
            new DigestSchedule(DigestCadence.Daily, DayOfWeek.Monday, At("23:45"), NewYork),
        };
        foreach (var schedule in schedules)
        {
            var firing = schedule.NextAfter(Instant("2026-01-01T00:00:00Z"));
            while (firing.Year == 2026)
            {
                var local = TimeZoneInfo.ConvertTime(firing, schedule.Zone);
                var skipped = schedule.Zone.IsInvalidTime(local.Date + schedule.Time.ToTimeSpan());
                Assert.True(skipped || TimeOnly.FromDateTime(local.DateTime) == schedule.Time, $"{schedule.Describe()} fired at {local:O}");
                Assert.True(schedule.Cadence == DigestCadence.Daily || local.DayOfWeek == schedule.Day, $"{schedule.Describe()} fired at {local:O}");

                var next = schedule.NextAfter(firing);
                // A change of clocks stretches or shrinks one period by at most an hour.
                Assert.InRange(next - firing, schedule.Period - TimeSpan.FromHours(1), schedule.Period + TimeSpan.FromHours(1));
                Assert.Equal(next, schedule.NextAfter(next.AddTicks(-1)));
                firing = next;
            }
        }
    }

    private static DateTimeOffset FirstMinuteReading(DigestSchedule schedule, DateTimeOffset instant)
    {
        var minute = new DateTimeOffset(instant.UtcDateTime.Ticks - (instant.UtcDateTime.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        for (; ; minute = minute.AddMinutes(1))
        {
            var local = TimeZoneInfo.ConvertTime(minute, schedule.Zone);
            if (minute > instant && TimeOnly.FromDateTime(local.DateTime) == schedule.Time
                && (schedule.Cadence == DigestCadence.Daily || local.DayOfWeek == schedule.Day)
                && (!schedule.Zone.IsAmbiguousTime(local) || local.Offset == schedule.Zone.GetAmbiguousTimeOffsets(local).Max()))
            {
                return minute;
            }
        }
    }

    private static DigestSchedule Schedule(string cadence, DayOfWeek day, string time, string zone) =>
        new(Enum.Parse<DigestCadence>(cadence), day, At(time), TimeZoneInfo.FindSystemTimeZoneById(zone));

    private static TimeOnly At(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
