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

    /// <summary>The age as a time span; months count 30 days and years 365, which is as exact as the page is.</summary>
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

    /// <summary>The uncertainty of <see cref="Approximate"/>: one step of the unit shown.</summary>
    public TimeSpan Resolution => Unit switch
    {
        AgeUnit.Now or AgeUnit.Minute => TimeSpan.FromMinutes(1),
        AgeUnit.Hour => TimeSpan.FromHours(1),
        AgeUnit.Day => TimeSpan.FromDays(1),
        AgeUnit.Week => TimeSpan.FromDays(7),
        AgeUnit.Month => TimeSpan.FromDays(30),
        _ => TimeSpan.FromDays(365),
    };

    public override string ToString() => ToIso8601();

    private string Format(string prefix, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{Amount}{suffix}");
}

/// <summary>A relative time found in a line: the age, whether the page marked the text as edited, and how many characters it took.</summary>
public readonly record struct RelativeTimeMatch(RelativeAge Age, bool Edited, int Length);
