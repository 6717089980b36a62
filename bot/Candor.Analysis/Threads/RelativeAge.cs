using System.Globalization;

namespace Candor.Analysis.Threads;

public enum AgeUnit { Now, Minute, Hour, Day, Week, Month, Year }

/// <summary>
/// How long ago something was written, at the page's own coarse precision ("3h", "2 周").
/// Kept as amount + unit so the ISO-8601 form keeps that precision (PT3H, not PT3H0M0S).
/// </summary>
public readonly record struct RelativeAge(int Amount, AgeUnit Unit)
{
    public static RelativeAge JustNow => new(0, AgeUnit.Now);

    /// <summary>ISO-8601 duration: PT14M, PT3H, P2D, P1W, P5M, P1Y; PT0S for "now".</summary>
    public string ToIso8601() => Unit switch
    {
        AgeUnit.Now => "PT0S",
        AgeUnit.Minute => Format("PT", "M"),
        AgeUnit.Hour => Format("PT", "H"),
        AgeUnit.Day => Format("P", "D"),
        AgeUnit.Week => Format("P", "W"),
        AgeUnit.Month => Format("P", "M"),
        _ => Format("P", "Y"),
    };

    /// <summary>
    /// About how long ago, for display and arithmetic: a month counts 30 days, a year 365 (the page's own
    /// precision is coarser than either).
    /// </summary>
    public TimeSpan Approximate => Unit switch
    {
        AgeUnit.Now => TimeSpan.Zero,
        AgeUnit.Minute => TimeSpan.FromMinutes(Amount),
        AgeUnit.Hour => TimeSpan.FromHours(Amount),
        AgeUnit.Day => TimeSpan.FromDays(Amount),
        AgeUnit.Week => TimeSpan.FromDays(7 * Amount),
        AgeUnit.Month => TimeSpan.FromDays(30 * Amount),
        _ => TimeSpan.FromDays(365 * Amount),
    };

    /// <summary>Reads back what <see cref="ToIso8601"/> wrote (the engine's JSON contract's <c>age</c>).</summary>
    public static bool TryParse(string? iso, out RelativeAge age)
    {
        age = JustNow;
        if (iso is null or { Length: < 3 } || iso[0] != 'P')
        {
            return false;
        }

        var time = iso[1] == 'T';
        var digits = iso[(time ? 2 : 1)..^1];
        AgeUnit? unit = (time, iso[^1]) switch
        {
            (true, 'S') => AgeUnit.Now,
            (true, 'M') => AgeUnit.Minute,
            (true, 'H') => AgeUnit.Hour,
            (false, 'D') => AgeUnit.Day,
            (false, 'W') => AgeUnit.Week,
            (false, 'M') => AgeUnit.Month,
            (false, 'Y') => AgeUnit.Year,
            _ => null,
        };
        if (unit is not { } known || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        age = new RelativeAge(amount, known);
        return true;
    }

    public override string ToString() => ToIso8601();

    private string Format(string prefix, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{Amount}{suffix}");
}

/// <summary>A relative time found in a line: the age, whether the page marked the text as edited, and how many characters it took.</summary>
public readonly record struct RelativeTimeMatch(RelativeAge Age, bool Edited, int Length);
