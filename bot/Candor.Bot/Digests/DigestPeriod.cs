using static System.FormattableString;

namespace Candor.Bot.Digests;

/// <summary>
/// The time a digest covers, <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive), read on the
/// channel's clock in <paramref name="Zone"/>: the dates in its words are the channel's dates, and a week runs from
/// local midnight to local midnight even when summer time makes it an hour shorter or longer.
/// </summary>
internal sealed record DigestPeriod(DateTimeOffset From, DateTimeOffset To, TimeZoneInfo Zone)
{
    public DateTimeOffset To { get; init; } = To > From ? To : throw new ArgumentOutOfRangeException(nameof(To), To, "A digest period must end after it starts.");

    /// <summary>
    /// The period just before, as long: on the channel's clock when the period is whole days on it (the week before
    /// a week, midnight to midnight), else in elapsed time.
    /// </summary>
    public DigestPeriod Previous => WholeDays(LocalLength) is null
        ? new(From - (To - From), From, Zone)
        : new(OnTheClock(LocalFrom - LocalLength), From, Zone);

    /// <summary>
    /// How many days the period spans when it is a whole number of them, on the channel's clock or in elapsed time
    /// (a job that adds seven days of elapsed time across a change of clocks still covers a week); null otherwise.
    /// </summary>
    public int? Days => WholeDays(LocalLength) ?? WholeDays(To - From);

    /// <summary>The channel's date when the period starts.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(LocalFrom);

    /// <summary>The period in a sentence, after "Nothing was checked".</summary>
    public string During => Days switch
    {
        7 => "this week",
        1 => "that day",
        _ => "in this period",
    };

    public bool Holds(DateTimeOffset time) => From <= time && time < To;

    /// <summary>The period in words for a card's heading: "Week of 16 Nov 2026", "Sunday 22 Nov 2026", "16–20 Nov 2026".</summary>
    public string Describe() => Days switch
    {
        7 => Invariant($"Week of {FirstDay:d MMM yyyy}"),
        1 => Invariant($"{FirstDay:dddd d MMM yyyy}"),
        _ => Range(FirstDay, DateOnly.FromDateTime(Local(To.AddTicks(-1)))),
    };

    // Shows the month and the year once when the two days share them: "16–20 Nov 2026", "28 Oct – 2 Nov 2026".
    private static string Range(DateOnly first, DateOnly last) =>
        first == last ? Invariant($"{first:d MMM yyyy}")
        : first.Year != last.Year ? Invariant($"{first:d MMM yyyy} – {last:d MMM yyyy}")
        : first.Month != last.Month ? Invariant($"{first:d MMM} – {last:d MMM yyyy}")
        : Invariant($"{first.Day}–{last:d MMM yyyy}");

    private DateTime LocalFrom => Local(From);

    private TimeSpan LocalLength => Local(To) - LocalFrom;

    private DateTime Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone).DateTime;

    // A clock time that summer time skips or repeats gets the zone's standard offset: off by an hour at worst, never a throw.
    private DateTimeOffset OnTheClock(DateTime local) => new(local, Zone.GetUtcOffset(local));

    private static int? WholeDays(TimeSpan length) => length > TimeSpan.Zero && length.Ticks % TimeSpan.TicksPerDay == 0 ? length.Days : null;
}
