using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Candor.Bot.Digests;

/// <summary>What a person asked for with <c>digest …</c> in Slack or Teams.</summary>
internal abstract record DigestRequest;

/// <summary>"digest", "digest status", "digest show": say what the channel's digest is.</summary>
internal sealed record ShowDigest : DigestRequest;

internal sealed record SetDigest(DigestSchedule Schedule) : DigestRequest;

/// <summary>"digest off", "stop", "disable" or "none".</summary>
internal sealed record StopDigest : DigestRequest;

/// <summary>"digest now": send one digest now, whatever the schedule.</summary>
internal sealed record SendDigestNow : DigestRequest;

/// <summary>Text that is no digest request: what is wrong, and what to type instead, in plain words for a card.</summary>
internal sealed record DigestMistake(string Problem, string Suggestion) : DigestRequest
{
    /// <summary>The longest piece of a person's text a mistake repeats, so that a card stays readable whatever was pasted.</summary>
    public const int MaxQuoted = 40;

    /// <summary>The person's text in double quotes, clipped to <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string typed) => $"\"{Clip(typed)}\"";

    /// <summary>At most <see cref="MaxQuoted"/> characters, cut between whole characters (never inside an emoji or accent).</summary>
    public static string Clip(string typed)
    {
        if (typed.Length <= MaxQuoted)
        {
            return typed;
        }

        // Whole text elements while they leave room for the ellipsis.
        var end = 0;
        for (var length = StringInfo.GetNextTextElementLength(typed, end); end + length < MaxQuoted; length = StringInfo.GetNextTextElementLength(typed, end))
        {
            end += length;
        }

        return string.Concat(typed.AsSpan(0, end), "…");
    }
}

/// <summary>
/// Reads what follows <c>digest</c>: <c>weekly [day] [time] [zone]</c>, <c>daily [time] [zone]</c>, a weekday alone
/// for weekly, or one of the words status, off, now. Case, extra spaces, commas, trailing punctuation and the words
/// every, on, at and in are ignored.
/// </summary>
internal static class DigestRequests
{
    /// <summary>The one example every suggestion points back to.</summary>
    public const string Example = "digest weekly mon 09:00 Europe/Berlin";

    // The longest real request is about 70 characters; anything far longer is a paste, answered before it is read.
    private const int MaxLength = 200;

    private static readonly TimeOnly DefaultTime = new(9, 0);

    private static readonly FrozenSet<string> Fillers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "every", "on", "at", "in");

    private static readonly FrozenDictionary<string, DigestRequest> Commands = new Dictionary<string, DigestRequest>
    {
        ["status"] = new ShowDigest(),
        ["show"] = new ShowDigest(),
        ["off"] = new StopDigest(),
        ["stop"] = new StopDigest(),
        ["disable"] = new StopDigest(),
        ["none"] = new StopDigest(),
        ["now"] = new SendDigestNow(),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // "every day" and "every week" arrive as one phrase; "day" or "week" alone is not a request.
    private static readonly FrozenDictionary<string, DigestCadence> Cadences = new Dictionary<string, DigestCadence>
    {
        ["daily"] = DigestCadence.Daily,
        ["everyday"] = DigestCadence.Daily,
        ["every day"] = DigestCadence.Daily,
        ["weekly"] = DigestCadence.Weekly,
        ["every week"] = DigestCadence.Weekly,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OtherCadences = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "weekdays", "weekday", "workdays", "workday", "weekends", "weekend", "days", "weeks", "months", "monthly", "hourly",
        "biweekly", "bi-weekly", "fortnight", "fortnightly", "quarterly", "yearly", "annually");

    private static readonly FrozenDictionary<string, DayOfWeek> Days = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["mondays"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tuesdays"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wednesdays"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thursdays"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday,
        ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fridays"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["saturdays"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sundays"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <param name="text">What followed the word <c>digest</c>.</param>
    /// <param name="defaultZone">The zone of a schedule that names none.</param>
    public static DigestRequest Parse(string text, TimeZoneInfo defaultZone)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            return new DigestMistake("That's too long for a digest setting.", $"Write it like {Example}.");
        }

        if (HasHiddenCharacters(trimmed))
        {
            return new DigestMistake("The message has invisible or control characters in it.", $"Type it again as plain text, like {Example}.");
        }

        var words = Words(trimmed);
        if (words.Count == 0)
        {
            return new ShowDigest();
        }

        if (words.Count == 1 && Commands.TryGetValue(words[0], out var command))
        {
            return command;
        }

        var parts = Phrases(words).Select(Read).ToList();
        return parts.OfType<WrongPart>().FirstOrDefault() is { } wrong ? wrong.Mistake : Assemble(parts, defaultZone);
    }

    private abstract record Part(string Typed);

    private sealed record CadencePart(string Typed, DigestCadence Cadence) : Part(Typed);

    private sealed record DayPart(string Typed, DayOfWeek Day) : Part(Typed);

    private sealed record TimePart(string Typed, TimeOnly Time) : Part(Typed);

    private sealed record ZonePart(string Typed, TimeZoneInfo Zone) : Part(Typed);

    private sealed record WrongPart(string Typed, DigestMistake Mistake) : Part(Typed);

    // Control and formatting characters (zero-width spaces, right-to-left overrides) can make text read differently
    // from how it looks, so such text is refused rather than guessed at. Line breaks and tabs are only spaces.
    private static bool HasHiddenCharacters(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune == Rune.ReplacementChar
                || category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || (category == UnicodeCategory.Control && !Rune.IsWhiteSpace(rune)))
            {
                return true;
            }
        }

        return false;
    }

    // Spaces and commas separate words; "mon." and "9:00!" lose their trailing punctuation.
    private static List<string> Words(string text) =>
        text.Replace(',', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.TrimEnd('.', '!', '?', ';', ':'))
            .Where(word => word.Length > 0)
            .ToList();

    // Joins the words that make one part ("9 pm", "every day", "America/New York") and drops the filler words.
    private static IEnumerable<string> Phrases(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (next is not null && DigestRequestParts.IsTime(word) && DigestRequestParts.IsMeridiem(next))
            {
                yield return $"{word} {next}";
                i++;
            }
            else if (next is not null && word.Equals("every", StringComparison.OrdinalIgnoreCase) && Cadences.ContainsKey($"{word} {next}"))
            {
                yield return $"{word} {next}";
                i++;
            }
            else if (word.Contains('/', StringComparison.Ordinal) && DigestRequestParts.FindZone(word) is null
                && ZoneInWords(words, i) is { } zone)
            {
                yield return zone;
                i += zone.Count(c => c == ' ');
            }
            else if (!Fillers.Contains(word))
            {
                yield return word;
            }
        }
    }

    // A zone whose city has spaces in it, typed as such: the zone word and up to two words after it.
    private static string? ZoneInWords(List<string> words, int start)
    {
        for (var end = start + 1; end < words.Count && end <= start + 2; end++)
        {
            var joined = string.Join(' ', words.GetRange(start, end - start + 1));
            if (DigestRequestParts.FindZone(joined) is not null)
            {
                return joined;
            }
        }

        return null;
    }

    private static Part Read(string phrase)
    {
        if (Cadences.TryGetValue(phrase, out var cadence))
        {
            return new CadencePart(phrase, cadence);
        }

        if (Days.TryGetValue(phrase, out var day))
        {
            return new DayPart(phrase, day);
        }

        if (DigestRequestParts.FindZone(phrase) is { } zone)
        {
            return new ZonePart(phrase, zone);
        }

        if (DigestRequestParts.IsTime(phrase))
        {
            return DigestRequestParts.TryReadTime(phrase, out var time, out var wrongTime) ? new TimePart(phrase, time) : new WrongPart(phrase, wrongTime);
        }

        return new WrongPart(phrase, Commands.ContainsKey(phrase)
            ? new($"{DigestMistake.Quote(phrase)} works on its own.", $"Send it by itself, like digest stop; or set a schedule, like {Example}.")
            : OtherCadences.Contains(phrase)
            ? new($"{DigestMistake.Quote(phrase)} isn't possible: a digest comes daily or weekly.", $"Write digest daily 09:00, or {Example}.")
            : DigestRequestParts.IsMeridiem(phrase)
            ? new($"{DigestMistake.Quote(phrase)} needs a time before it.", "Write it like 9 am or 9:30 pm.")
            : DigestRequestParts.ZoneMistake(phrase)
            ?? new($"I don't understand {DigestMistake.Quote(phrase)}.", $"Write it like {Example}."));
    }

    private static DigestRequest Assemble(List<Part> parts, TimeZoneInfo defaultZone)
    {
        var cadences = parts.OfType<CadencePart>().ToList();
        var days = parts.OfType<DayPart>().ToList();
        var times = parts.OfType<TimePart>().ToList();
        var zones = parts.OfType<ZonePart>().ToList();
        if (cadences.Count > 1)
        {
            return cadences[0].Cadence == cadences[1].Cadence
                ? new DigestMistake($"You said how often twice ({Both(cadences)}).", $"Say it once, like {Example}.")
                : new DigestMistake($"{Both(cadences)} conflict: a digest comes either daily or weekly.", $"Keep one, like {Example}.");
        }

        if (days.Count > 1)
        {
            return new DigestMistake($"You gave the day twice ({Both(days)}), and a weekly digest comes on one day.", $"Keep one day, like {Example}.");
        }

        if (cadences is [{ Cadence: DigestCadence.Daily } daily] && days is [var weekday])
        {
            return new DigestMistake(
                $"{DigestMistake.Quote(daily.Typed)} and {DigestMistake.Quote(weekday.Typed)} conflict: a daily digest comes every day.",
                "For one day a week, write weekly instead.");
        }

        if (times.Count > 1)
        {
            return new DigestMistake($"You gave the time twice ({Both(times)}), and a digest comes at one time.", "Keep one time, like 09:00.");
        }

        if (zones.Count > 1)
        {
            return new DigestMistake($"You gave the time zone twice ({Both(zones)}).", "Keep one zone, like Europe/Berlin.");
        }

        if (cadences.Count == 0 && days.Count == 0)
        {
            return new DigestMistake("Say how often the digest should come: daily or weekly.", $"Write it like {Example}, or digest daily 08:30.");
        }

        var weekly = cadences is [] or [{ Cadence: DigestCadence.Weekly }];
        return new SetDigest(new DigestSchedule(
            weekly ? DigestCadence.Weekly : DigestCadence.Daily,
            weekly && days is [var dayPart] ? dayPart.Day : DayOfWeek.Monday,
            times is [var timePart] ? timePart.Time : DefaultTime,
            zones is [var zonePart] ? zonePart.Zone : defaultZone));
    }

    private static string Both(IReadOnlyList<Part> parts) => $"{DigestMistake.Quote(parts[0].Typed)} and {DigestMistake.Quote(parts[1].Typed)}";
}
