using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Candor.Bot.Digests;

/// <summary>
/// Reads the parts of a digest request that have a shape of their own, a time of day and a time zone, and says
/// what is wrong with one that almost fits.
/// </summary>
internal static class DigestRequestParts
{
    private const string TimeExamples = "Write it like 09:00, 9:30 pm or 21:00.";
    private const string CityZone = "Use a city zone like Europe/Berlin or America/New_York: it follows daylight saving.";

    private static readonly string[] Meridiems = ["am", "pm", "a.m", "p.m"];

    private static readonly SearchValues<char> OffsetCharacters = SearchValues.Create("0123456789:");

    // Only region/city ids and UTC: the bare legacy ids (CET, EST5EDT) and Etc/GMT+2 name offsets or rules, not places.
    private static readonly FrozenDictionary<string, TimeZoneInfo> Zones = KnownZones();

    // "Berlin" alone is a near miss worth correcting only when one zone ends in it.
    private static readonly FrozenDictionary<string, TimeZoneInfo> Cities = Zones.Values
        .Where(zone => zone.Id.Contains('/', StringComparison.Ordinal))
        .GroupBy(zone => zone.Id[(zone.Id.LastIndexOf('/') + 1)..], StringComparer.OrdinalIgnoreCase)
        .Where(city => city.Count() == 1)
        .ToFrozenDictionary(city => city.Key, city => city.Single(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "CET", "CEST", "EET", "EEST", "WET", "WEST", "BST", "IST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
        "AKST", "AKDT", "HST", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "JST", "KST", "MSK", "SAST");

    /// <summary>True for a word that can only be meant as a time: it starts with a digit, or is noon or midnight.</summary>
    public static bool IsTime(string typed) =>
        char.IsAsciiDigit(typed[0]) || typed.Equals("noon", StringComparison.OrdinalIgnoreCase) || typed.Equals("midnight", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for "am", "pm", "a.m" or "p.m" (a trailing dot is already gone).</summary>
    public static bool IsMeridiem(string typed) => Meridiems.Contains(typed, StringComparer.OrdinalIgnoreCase);

    /// <param name="typed">A time word, with its am or pm if one followed ("9:30 pm").</param>
    /// <returns>False with <paramref name="mistake"/> naming the part that is wrong when the word is no time of day.</returns>
    public static bool TryReadTime(string typed, out TimeOnly time, [NotNullWhen(false)] out DigestMistake? mistake)
    {
        time = default;
        mistake = null;
        if (typed.Equals("noon", StringComparison.OrdinalIgnoreCase))
        {
            time = new TimeOnly(12, 0);
            return true;
        }

        if (typed.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            time = new TimeOnly(0, 0);
            return true;
        }

        var meridiem = Meridiems.FirstOrDefault(m => typed.EndsWith(m, StringComparison.OrdinalIgnoreCase));
        var clock = meridiem is null ? typed : typed[..^meridiem.Length].TrimEnd();
        var pieces = clock.Split(':');
        if (pieces.Length == 3 && pieces.All(Digits))
        {
            mistake = new($"{DigestMistake.Quote(typed)} has seconds, and a digest goes out on the minute.", "Leave the seconds out: 09:30, not 09:30:00.");
            return false;
        }

        if (pieces.Length > 2 || pieces[0].Length is 0 or > 2 || !Digits(pieces[0]) || (pieces.Length == 2 && (pieces[1].Length != 2 || !Digits(pieces[1]))))
        {
            mistake = new($"I can't read the time {DigestMistake.Quote(typed)}.", TimeExamples);
            return false;
        }

        var hour = int.Parse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture);
        var minute = pieces.Length == 2 ? int.Parse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        mistake = (hour, minute) switch
        {
            (_, > 59) => new($"{DigestMistake.Quote(typed)}: minute {minute} doesn't exist; minutes go from 00 to 59.", TimeExamples),
            (24, _) => new($"{DigestMistake.Quote(typed)}: hour 24 doesn't exist; the day ends at 23:59.", "For the start of the day, write midnight or 00:00."),
            (> 23, _) => new($"{DigestMistake.Quote(typed)}: hour {hour} doesn't exist; hours go from 0 to 23.", TimeExamples),
            (0 or > 12, _) when meridiem is not null => new(
                $"{DigestMistake.Quote(typed)}: hour {hour} doesn't go with {meridiem}; with am or pm, hours go from 1 to 12.",
                string.Create(CultureInfo.InvariantCulture, $"Write {hour:00}:{minute:00} instead.")),
            _ => null,
        };
        if (mistake is not null)
        {
            return false;
        }

        // 12 am is the start of the day and 12 pm is noon: the 12-hour clock counts 12, 1, … 11.
        time = new TimeOnly(meridiem is null ? hour : (hour % 12) + (meridiem[0] == 'p' ? 12 : 0), minute);
        return true;
    }

    /// <summary>The zone with this IANA id, any case, spaces read as underscores ("america/new york"); null if none.</summary>
    public static TimeZoneInfo? FindZone(string typed) => Zones.GetValueOrDefault(typed.Replace(' ', '_'));

    /// <summary>What is wrong with a word that looks meant as a time zone but is none; null when it doesn't look meant as one.</summary>
    public static DigestMistake? ZoneMistake(string typed)
    {
        if (IsOffset(typed))
        {
            return new($"{DigestMistake.Quote(typed)} is a fixed offset from UTC, so the digest would move an hour when daylight saving starts or ends.", CityZone);
        }

        if (Abbreviations.Contains(typed))
        {
            return new($"{DigestMistake.Quote(typed)} is an abbreviation, and it doesn't say when daylight saving starts or ends.", CityZone);
        }

        if (typed.Contains('/', StringComparison.Ordinal))
        {
            return new($"I don't know the time zone {DigestMistake.Quote(typed)}.", "Use a zone like Europe/Berlin or America/New_York.");
        }

        return Cities.TryGetValue(typed.Replace(' ', '_'), out var city)
            ? new($"{DigestMistake.Quote(typed)} needs its region too.", $"Write it as {city.Id}.")
            : null;
    }

    private static FrozenDictionary<string, TimeZoneInfo> KnownZones()
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            if (zone.Id.Contains('/', StringComparison.Ordinal) && !zone.Id.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase))
            {
                zones.TryAdd(zone.Id, zone);
            }
        }

        foreach (var utc in (string[])["UTC", "GMT", "Z", "Etc/UTC", "Etc/GMT"])
        {
            zones[utc] = TimeZoneInfo.Utc;
        }

        return zones.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // "+02:00", "-5", "UTC+2", "GMT-03:30", "Etc/GMT+2".
    private static bool IsOffset(string typed)
    {
        var rest = typed.AsSpan();
        foreach (var prefix in (string[])["Etc/", "UTC", "GMT"])
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[prefix.Length..];
            }
        }

        return rest.Length > 1 && rest[0] is '+' or '-' && char.IsAsciiDigit(rest[1]) && !rest[1..].ContainsAnyExcept(OffsetCharacters);
    }

    private static bool Digits(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
