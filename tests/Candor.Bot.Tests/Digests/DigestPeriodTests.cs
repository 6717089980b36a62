using Candor.Bot.Digests;

namespace Candor.Bot.Tests.Digests;

/// <summary>A digest's period in the channel's words and on the channel's clock.</summary>
public sealed class DigestPeriodTests
{
    /// <summary>Central European time, built here so the tests need no time zone database: summer time from the last Sunday of March to the last of October.</summary>
    internal static readonly TimeZoneInfo Berlin = TimeZoneInfo.CreateCustomTimeZone(
        "Test/Berlin", TimeSpan.FromHours(1), "Central European Time", "CET", "CEST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    [Fact]
    public void Describe_SevenDays_IsTheWeekOfItsFirstDay()
    {
        var monday = new DateTimeOffset(2026, 11, 16, 0, 0, 0, Winter);

        Assert.Equal("Week of 16 Nov 2026", new DigestPeriod(monday, monday.AddDays(7), Berlin).Describe());
    }

    [Fact]
    public void Describe_ReadsTheDateInTheChannelsZone_NotInUtc()
    {
        // Midnight in Berlin is still Sunday evening in UTC.
        var mondayInBerlin = new DateTimeOffset(2026, 11, 15, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal("Week of 16 Nov 2026", new DigestPeriod(mondayInBerlin, mondayInBerlin.AddDays(7), Berlin).Describe());
        Assert.Equal("Week of 15 Nov 2026", new DigestPeriod(mondayInBerlin, mondayInBerlin.AddDays(7), TimeZoneInfo.Utc).Describe());
    }

    [Fact]
    public void Describe_OneDay_IsThatDayByName()
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 0, 0, 0, Winter);

        Assert.Equal("Sunday 22 Nov 2026", new DigestPeriod(sunday, sunday.AddDays(1), Berlin).Describe());
    }

    [Theory]
    [InlineData("2026-11-16", "2026-11-21", "16–20 Nov 2026")]
    [InlineData("2026-11-02", "2026-11-16", "2–15 Nov 2026")]
    [InlineData("2026-10-28", "2026-11-03", "28 Oct – 2 Nov 2026")]
    [InlineData("2026-12-29", "2027-01-03", "29 Dec 2026 – 2 Jan 2027")]
    public void Describe_OtherLengths_AreTheirFirstAndLastDay_WithMonthAndYearOnlyWhereTheyDiffer(string from, string to, string words)
    {
        var period = new DigestPeriod(DateTimeOffset.Parse($"{from}T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse($"{to}T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.Utc);

        Assert.Equal(words, period.Describe());
    }

    [Fact]
    public void Describe_LessThanADay_IsThatDate()
    {
        var morning = new DateTimeOffset(2026, 11, 16, 6, 0, 0, TimeSpan.Zero);

        Assert.Equal("16 Nov 2026", new DigestPeriod(morning, morning.AddHours(12), TimeZoneInfo.Utc).Describe());
    }

    [Fact]
    public void Previous_IsTheSameLengthJustBefore()
    {
        var monday = new DateTimeOffset(2026, 11, 16, 0, 0, 0, Winter);
        var previous = new DigestPeriod(monday, monday.AddDays(7), Berlin).Previous;

        Assert.Equal(new DigestPeriod(monday.AddDays(-7), monday, Berlin), previous);
        Assert.Equal("Week of 9 Nov 2026", previous.Describe());
    }

    [Fact]
    public void WeekAfterTheClocksGoBack_IsAWeek_AndTheWeekBeforeStartsAtItsMidnight()
    {
        // Clocks went back on Sunday 25 Oct 2026: the week from Monday 19 Oct to Monday 26 Oct is 169 hours long.
        var period = new DigestPeriod(new DateTimeOffset(2026, 10, 26, 0, 0, 0, Winter), new DateTimeOffset(2026, 11, 2, 0, 0, 0, Winter), Berlin);

        var previous = period.Previous;

        Assert.Equal(new DateTimeOffset(2026, 10, 19, 0, 0, 0, Summer), previous.From);
        Assert.Equal(period.From, previous.To);
        Assert.Equal(TimeSpan.FromHours(169), previous.To - previous.From);
        Assert.Equal("Week of 19 Oct 2026", previous.Describe());
        Assert.Equal("Week of 12 Oct 2026", previous.Previous.Describe());
    }

    [Fact]
    public void SevenDaysOfElapsedTimeAcrossAChangeOfClocks_IsStillAWeek()
    {
        var monday = new DateTimeOffset(2026, 10, 19, 0, 0, 0, Summer);

        Assert.Equal("Week of 19 Oct 2026", new DigestPeriod(monday, monday.AddDays(7), Berlin).Describe());
    }

    [Theory]
    [InlineData(7, "this week")]
    [InlineData(1, "that day")]
    [InlineData(14, "in this period")]
    public void During_NamesThePeriodInASentence(int days, string during)
    {
        var monday = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(during, new DigestPeriod(monday, monday.AddDays(days), TimeZoneInfo.Utc).During);
    }

    [Fact]
    public void Holds_FromButNotTo()
    {
        var monday = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);
        var period = new DigestPeriod(monday, monday.AddDays(7), TimeZoneInfo.Utc);

        Assert.True(period.Holds(monday));
        Assert.True(period.Holds(monday.AddDays(7).AddTicks(-1)));
        Assert.False(period.Holds(monday.AddDays(7)));
        Assert.False(period.Holds(monday.AddTicks(-1)));
    }

    [Fact]
    public void APeriodThatEndsBeforeItStarts_IsRefused()
    {
        var monday = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

        Assert.Throws<ArgumentOutOfRangeException>(() => new DigestPeriod(monday, monday, TimeZoneInfo.Utc));
    }
}
