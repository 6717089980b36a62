using System.Globalization;

namespace Candor.Analysis.Links;

/// <summary>
/// Reads the creation time hidden in a LinkedIn post or comment ID: the top 41 of its 63 bits are Unix
/// milliseconds (protocols.md §5; reverse-engineered, not an official API).
/// </summary>
internal static class SnowflakeTime
{
    private const int SequenceBits = 22;

    // The shift is only meaningful for IDs that use all 63 bits, i.e. times from 2^40 ms
    // (2004-11-03T19:53:47.776Z) to 2^41-1 ms (2039-09-07T15:47:35.551Z); anything else is not a snowflake.
    private const long EarliestMilliseconds = 1L << 40;
    private const long LatestMilliseconds = (1L << 41) - 1;

    /// <summary>The UTC time an ID was minted, or null when the text is not a plausible LinkedIn ID.</summary>
    public static DateTimeOffset? FromId(string? id)
    {
        if (!ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var milliseconds = (long)(value >> SequenceBits);
        return milliseconds is >= EarliestMilliseconds and <= LatestMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;
    }
}
