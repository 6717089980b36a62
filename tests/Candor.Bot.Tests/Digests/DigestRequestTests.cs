using System.Diagnostics;
using System.Globalization;
using System.Text;
using Candor.Bot.Digests;

namespace Candor.Bot.Tests.Digests;

/// <summary>
/// What people type after <c>digest</c>: the schedules it sets, the commands, and for everything else a short
/// mistake that names the wrong part, quotes at most 40 characters of it and never throws.
/// </summary>
public sealed class DigestRequestTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" , ")]
    [InlineData("?")]
    [InlineData("status")]
    [InlineData("STATUS")]
    [InlineData("show")]
    [InlineData("Show.")]
    public void Parse_EmptyOrStatus_ShowsTheDigest(string text) =>
        Assert.IsType<ShowDigest>(DigestRequests.Parse(text, Berlin));

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    [InlineData("stop")]
    [InlineData("Stop!")]
    [InlineData("disable")]
    [InlineData("none")]
    [InlineData("  none.  ")]
    public void Parse_OffWords_StopTheDigest(string text) =>
        Assert.IsType<StopDigest>(DigestRequests.Parse(text, Berlin));

    [Theory]
    [InlineData("now")]
    [InlineData("Now.")]
    [InlineData(" NOW ")]
    public void Parse_Now_SendsOneNow(string text) =>
        Assert.IsType<SendDigestNow>(DigestRequests.Parse(text, Berlin));

    [Theory]
    [InlineData("weekly mon 09:00 Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "Europe/Berlin")]
    [InlineData("weekly", "Weekly", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("daily", "Daily", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("daily 8:30", "Daily", DayOfWeek.Monday, "08:30", "Asia/Tokyo")]
    [InlineData("every day 8:30", "Daily", DayOfWeek.Monday, "08:30", "Asia/Tokyo")]
    [InlineData("Every Day at 8:30 in Europe/Berlin", "Daily", DayOfWeek.Monday, "08:30", "Europe/Berlin")]
    [InlineData("everyday 7am", "Daily", DayOfWeek.Monday, "07:00", "Asia/Tokyo")]
    [InlineData("every monday 9:00", "Weekly", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("mon", "Weekly", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("on fridays at 4pm", "Weekly", DayOfWeek.Friday, "16:00", "Asia/Tokyo")]
    [InlineData("every week", "Weekly", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("every week on friday at 4pm", "Weekly", DayOfWeek.Friday, "16:00", "Asia/Tokyo")]
    [InlineData("every monday, weekly", "Weekly", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("Weekly on Tuesday at 9:30 pm in europe/berlin", "Weekly", DayOfWeek.Tuesday, "21:30", "Europe/Berlin")]
    [InlineData("  WEEKLY,   fri,  17:00  ,  America/New_York. ", "Weekly", DayOfWeek.Friday, "17:00", "America/New_York")]
    [InlineData("weekly mon. 9:00!", "Weekly", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("weekly,mon,9:00", "Weekly", DayOfWeek.Monday, "09:00", "Asia/Tokyo")]
    [InlineData("weekly\tmon\n09:00\u00A0Europe/Berlin", "Weekly", DayOfWeek.Monday, "09:00", "Europe/Berlin")]
    [InlineData("9:00 Europe/Berlin weekly wed", "Weekly", DayOfWeek.Wednesday, "09:00", "Europe/Berlin")]
    [InlineData("Europe/Berlin daily 8:30", "Daily", DayOfWeek.Monday, "08:30", "Europe/Berlin")]
    public void Parse_Schedule_SetsIt(string text, string cadence, DayOfWeek day, string time, string zone) =>
        Assert.Equal(new DigestSchedule(Enum.Parse<DigestCadence>(cadence), day, At(time), TimeZoneInfo.FindSystemTimeZoneById(zone)), Set(text));

    [Theory]
    [InlineData("monday", DayOfWeek.Monday)]
    [InlineData("Mondays", DayOfWeek.Monday)]
    [InlineData("tue", DayOfWeek.Tuesday)]
    [InlineData("tues", DayOfWeek.Tuesday)]
    [InlineData("tuesday", DayOfWeek.Tuesday)]
    [InlineData("wed", DayOfWeek.Wednesday)]
    [InlineData("Wednesday", DayOfWeek.Wednesday)]
    [InlineData("thu", DayOfWeek.Thursday)]
    [InlineData("thur", DayOfWeek.Thursday)]
    [InlineData("thurs", DayOfWeek.Thursday)]
    [InlineData("THURSDAY", DayOfWeek.Thursday)]
    [InlineData("fri", DayOfWeek.Friday)]
    [InlineData("friday", DayOfWeek.Friday)]
    [InlineData("sat", DayOfWeek.Saturday)]
    [InlineData("saturday", DayOfWeek.Saturday)]
    [InlineData("sun", DayOfWeek.Sunday)]
    [InlineData("sundays", DayOfWeek.Sunday)]
    public void Parse_Day_FullOrShort_IsThatWeekday(string word, DayOfWeek day)
    {
        Assert.Equal(day, Set($"weekly {word} 09:00").Day);
        Assert.Equal(day, Set(word).Day);
    }

    [Theory]
    [InlineData("9", "09:00")]
    [InlineData("09", "09:00")]
    [InlineData("0", "00:00")]
    [InlineData("09:00", "09:00")]
    [InlineData("9:30", "09:30")]
    [InlineData("21:00", "21:00")]
    [InlineData("00:00", "00:00")]
    [InlineData("23:59", "23:59")]
    [InlineData("9am", "09:00")]
    [InlineData("9AM", "09:00")]
    [InlineData("9 am", "09:00")]
    [InlineData("9 a.m.", "09:00")]
    [InlineData("9a.m.", "09:00")]
    [InlineData("9:30 pm", "21:30")]
    [InlineData("9:30pm", "21:30")]
    [InlineData("9:30 p.m.", "21:30")]
    [InlineData("12am", "00:00")]
    [InlineData("12:30 am", "00:30")]
    [InlineData("12pm", "12:00")]
    [InlineData("12:45pm", "12:45")]
    [InlineData("1pm", "13:00")]
    [InlineData("11:59 pm", "23:59")]
    [InlineData("noon", "12:00")]
    [InlineData("Midnight", "00:00")]
    public void Parse_Time_ReadsEachForm(string typed, string time) =>
        Assert.Equal(At(time), Set($"daily {typed}").Time);

    [Theory]
    [InlineData("UTC", "UTC")]
    [InlineData("utc", "UTC")]
    [InlineData("GMT", "UTC")]
    [InlineData("Z", "UTC")]
    [InlineData("Etc/UTC", "UTC")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("AMERICA/NEW_YORK", "America/New_York")]
    [InlineData("America/New York", "America/New_York")]
    [InlineData("america/argentina/buenos aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Asia/Kolkata", "Asia/Kolkata")]
    public void Parse_Zone_IsMatchedWhateverTheCase(string typed, string zone) =>
        Assert.Equal(zone, Set($"daily 9:00 {typed}").Zone.Id);

    [Fact]
    public void Parse_ZoneWithSpacesThenMoreWords_ReadsTheRest()
    {
        var schedule = Set("weekly America/New York fri 8am");

        Assert.Equal(new DigestSchedule(DigestCadence.Weekly, DayOfWeek.Friday, At("08:00"), TimeZoneInfo.FindSystemTimeZoneById("America/New_York")), schedule);
    }

    [Fact]
    public void Parse_NoZone_TakesTheDefault()
    {
        Assert.Same(Tokyo, Set("weekly").Zone);
        Assert.Same(Berlin, Assert.IsType<SetDigest>(DigestRequests.Parse("daily 8:00", Berlin)).Schedule.Zone);
    }

    [Theory]
    [InlineData("weekdays")]
    [InlineData("every weekday 9:00")]
    [InlineData("weekends")]
    [InlineData("monthly")]
    [InlineData("fortnightly")]
    [InlineData("biweekly mon")]
    [InlineData("every 2 weeks")]
    [InlineData("hourly")]
    public void Parse_OtherCadence_SaysOnlyDailyAndWeeklyExist(string text) =>
        Assert.Contains("daily or weekly", Mistake(text).Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData("daily weekly", "\"daily\" and \"weekly\" conflict")]
    [InlineData("weekly 9:00 daily", "\"weekly\" and \"daily\" conflict")]
    [InlineData("every day weekly", "\"every day\" and \"weekly\" conflict")]
    [InlineData("daily daily", "how often twice (\"daily\" and \"daily\")")]
    [InlineData("every week weekly", "how often twice (\"every week\" and \"weekly\")")]
    [InlineData("daily monday", "\"daily\" and \"monday\" conflict")]
    [InlineData("tue daily 9:00", "\"daily\" and \"tue\" conflict")]
    [InlineData("weekly mon fri", "day twice (\"mon\" and \"fri\")")]
    [InlineData("mon monday", "day twice (\"mon\" and \"monday\")")]
    [InlineData("daily 9:00 10:00", "time twice (\"9:00\" and \"10:00\")")]
    [InlineData("daily 9 noon", "time twice (\"9\" and \"noon\")")]
    [InlineData("daily 9 am 5 pm", "time twice (\"9 am\" and \"5 pm\")")]
    [InlineData("daily UTC Europe/Berlin", "time zone twice (\"UTC\" and \"Europe/Berlin\")")]
    public void Parse_ConflictingOrRepeatedParts_SaysWhichConflict(string text, string problem) =>
        Assert.Contains(problem, Mistake(text).Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData("daily 24:00", "hour 24")]
    [InlineData("daily 24", "hour 24")]
    [InlineData("daily 25:00", "hour 25")]
    [InlineData("daily 9:60", "minute 60")]
    [InlineData("daily 13pm", "hour 13")]
    [InlineData("daily 13:30 pm", "hour 13")]
    [InlineData("daily 0am", "hour 0")]
    [InlineData("daily 9:30:15", "seconds")]
    [InlineData("daily 9.30", "can't read the time \"9.30\"")]
    [InlineData("daily 9:5", "can't read the time \"9:5\"")]
    [InlineData("daily 0900", "can't read the time \"0900\"")]
    [InlineData("daily 9x", "can't read the time \"9x\"")]
    [InlineData("daily 9h30", "can't read the time \"9h30\"")]
    [InlineData("daily 1st", "can't read the time \"1st\"")]
    [InlineData("daily pm", "\"pm\" needs a time before it")]
    public void Parse_BadTime_NamesTheBadPart(string text, string problem) =>
        Assert.Contains(problem, Mistake(text).Problem, StringComparison.Ordinal);

    [Fact]
    public void Parse_AmPmHourOutOfRange_SuggestsThe24HourTime() =>
        Assert.Contains("13:00", Mistake("daily 13pm").Suggestion, StringComparison.Ordinal);

    [Theory]
    [InlineData("daily Europe/Berln", "time zone \"Europe/Berln\"")]
    [InlineData("daily Mars/Olympus_Mons", "time zone \"Mars/Olympus_Mons\"")]
    [InlineData("daily America/New", "time zone \"America/New\"")]
    public void Parse_UnknownZone_QuotesItAndSuggestsACityZone(string text, string problem)
    {
        var mistake = Mistake(text);

        Assert.Contains(problem, mistake.Problem, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", mistake.Suggestion, StringComparison.Ordinal);
        Assert.Contains("America/New_York", mistake.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+02:00", "fixed offset")]
    [InlineData("-05:00", "fixed offset")]
    [InlineData("+2", "fixed offset")]
    [InlineData("UTC+2", "fixed offset")]
    [InlineData("gmt-03:30", "fixed offset")]
    [InlineData("Etc/GMT+2", "fixed offset")]
    [InlineData("CET", "abbreviation")]
    [InlineData("cest", "abbreviation")]
    [InlineData("EST", "abbreviation")]
    [InlineData("PST", "abbreviation")]
    public void Parse_OffsetOrAbbreviation_AsksForACityZoneThatFollowsDaylightSaving(string zone, string problem)
    {
        var mistake = Mistake($"weekly mon 09:00 {zone}");

        Assert.Contains($"\"{zone}\" is", mistake.Problem, StringComparison.Ordinal);
        Assert.Contains(problem, mistake.Problem, StringComparison.Ordinal);
        Assert.Contains("daylight saving", mistake.Suggestion, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", mistake.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData("new_york", "America/New_York")]
    [InlineData("kolkata", "Asia/Kolkata")]
    public void Parse_CityAlone_SuggestsItsZone(string city, string zone)
    {
        var mistake = Mistake($"weekly mon 09:00 {city}");

        Assert.Contains($"\"{city}\" needs its region", mistake.Problem, StringComparison.Ordinal);
        Assert.Equal($"Write it as {zone}.", mistake.Suggestion);
    }

    [Theory]
    [InlineData("weekly blah", "blah")]
    [InlineData("weekly mon 9:00 Europe/Berlin please", "please")]
    [InlineData("set weekly", "set")]
    [InlineData("day 8:30", "day")]
    [InlineData("dаily", "dаily")]
    [InlineData("weekly 🎉", "🎉")]
    [InlineData("digest weekly", "digest")]
    public void Parse_UnknownWord_QuotesItWithTheExample(string text, string word)
    {
        var mistake = Mistake(text);

        Assert.Equal($"I don't understand \"{word}\".", mistake.Problem);
        Assert.Equal("Write it like digest weekly mon 09:00 Europe/Berlin.", mistake.Suggestion);
    }

    [Theory]
    [InlineData("9:00")]
    [InlineData("Europe/Berlin")]
    [InlineData("at 9 in UTC")]
    [InlineData("every")]
    public void Parse_NoCadence_AsksHowOften(string text) =>
        Assert.Contains("daily or weekly", Mistake(text).Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData("stop weekly", "stop")]
    [InlineData("weekly now", "now")]
    [InlineData("show status", "show")]
    public void Parse_CommandWithMore_SaysItWorksOnItsOwn(string text, string word) =>
        Assert.Equal($"\"{word}\" works on its own.", Mistake(text).Problem);

    [Fact]
    public void Parse_LongUnknownWord_IsQuotedClipped()
    {
        var word = new string('x', 60);

        var mistake = Mistake($"weekly {word}");

        Assert.DoesNotContain(word, mistake.Problem, StringComparison.Ordinal);
        Assert.Contains($"\"{new string('x', 39)}…\"", mistake.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongUnknownZone_IsQuotedClipped()
    {
        var zone = "Europe/" + new string('q', 80);

        var mistake = Mistake($"daily {zone}");

        Assert.Contains($"\"{zone[..39]}…\"", mistake.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("👍", 2)]
    [InlineData("e\u0301", 2)]
    [InlineData("🇩🇪", 4)]
    public void Clip_CutsBetweenWholeCharacters(string character, int length)
    {
        var clipped = DigestMistake.Clip(string.Concat(Enumerable.Repeat(character, 40)));

        Assert.Equal(string.Concat(Enumerable.Repeat(character, 39 / length)) + "…", clipped);
        Assert.True(clipped.Length <= DigestMistake.MaxQuoted);
    }

    [Fact]
    public void Clip_ShortText_IsKept() => Assert.Equal(new string('a', 40), DigestMistake.Clip(new string('a', 40)));

    [Fact]
    public void Parse_TenKilobytes_IsTooLong()
    {
        var text = string.Concat(Enumerable.Repeat("weekly mon 09:00 Europe/Berlin ", 350));

        Assert.Contains("too long", Mistake(text).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0007weekly")]
    [InlineData("weekly \u202Emon")]
    [InlineData("weekly \u202Enilreb/eporue")]
    [InlineData("week\u200Bly")]
    [InlineData("weekly\u200Bmon")]
    [InlineData("\uFEFFweekly")]
    [InlineData("weekly \u00AD")]
    [InlineData("weekly \uD800 mon")]
    [InlineData("weekly \uDC00")]
    [InlineData("weekly \uE000")]
    [InlineData("weekly \0")]
    public void Parse_HiddenCharacters_AreRefused(string text) =>
        Assert.Contains("invisible or control characters", Mistake(text).Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parse_RandomText_NeverThrowsAndAnswersSensibly(int seed)
    {
        string[] words =
        [
            "weekly", "daily", "every", "day", "week", "on", "at", "in", "mon", "tues", "thurs", "Sunday", "fridays",
            "weekdays", "status", "off", "now", "9", "09:00", "9:30", "9am", "pm", "a.m.", "noon", "midnight", "24:00",
            "9:60", "13pm", "12:30:15", "Europe/Berlin", "america/new", "York", "UTC", "Z", "+02:00", "CET", "Berlin",
            ",", ".", "!", "", " ", "\t", "\n", "\u00A0", "\u200B", "\u202E", "😀", "🇩🇪", "e\u0301", "dаily", "Ⅸ", "٩",
        ];
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1500; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 12);
            for (var w = 0; w < length; w++)
            {
                text.Append(random.Next(4) == 0 ? RandomUnicode(random, random.Next(1, 8)) : words[random.Next(words.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(' ');
                }
            }

            CheckAnswer(text.ToString(), DigestRequests.Parse(text.ToString(), Berlin));
        }

        // Generous on purpose (shared, busy build machines): 1,500 short texts take milliseconds.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Parse_RandomUnicode_NeverThrowsAndAnswersSensibly(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 1000; i++)
        {
            var text = RandomUnicode(random, random.Next(0, i % 10 == 0 ? 12_000 : 60));

            CheckAnswer(text, DigestRequests.Parse(text, Berlin));
        }
    }

    private static void CheckAnswer(string text, DigestRequest answer)
    {
        switch (answer)
        {
            case DigestMistake mistake:
                Assert.False(string.IsNullOrWhiteSpace(mistake.Problem), text);
                Assert.False(string.IsNullOrWhiteSpace(mistake.Suggestion), text);
                // Two quotes of at most 40 characters in the longest sentence.
                Assert.True(mistake.Problem.Length <= 200, mistake.Problem);
                Assert.DoesNotContain(mistake.Problem.EnumerateRunes(), rune => rune == Rune.ReplacementChar || Rune.IsControl(rune)
                    || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format);
                break;
            case SetDigest set:
                Assert.Equal(set.Schedule, DigestSchedule.FromData(set.Schedule.ToData()));
                Assert.True(Quartz.CronExpression.TryParse(set.Schedule.Cron, out _), set.Schedule.Cron);
                break;
            default:
                Assert.True(answer is ShowDigest or StopDigest or SendDigestNow, text);
                break;
        }
    }

    // Any UTF-16 code unit: lone surrogates, control and formatting characters included.
    private static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)random.Next(0, 0x10000));
        }

        return text.ToString();
    }

    private static DigestSchedule Set(string text) => Assert.IsType<SetDigest>(DigestRequests.Parse(text, Tokyo)).Schedule;

    private static DigestMistake Mistake(string text) => Assert.IsType<DigestMistake>(DigestRequests.Parse(text, Tokyo));

    private static TimeOnly At(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);
}
