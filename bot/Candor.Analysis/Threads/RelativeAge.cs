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

    public override string ToString() => ToIso8601();

    private string Format(string prefix, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{Amount}{suffix}");
}

/// <summary>A relative time found in a line: the age, whether the page marked the text as edited, and how many characters it took.</summary>
public readonly record struct RelativeTimeMatch(RelativeAge Age, bool Edited, int Length);
