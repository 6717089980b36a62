namespace Candor.Analysis.Text;

/// <summary>Pasted text made fit to quote on one line: in evidence, in explanations and on cards.</summary>
public static class Excerpt
{
    /// <summary>The text on one line: line breaks become spaces, the ends are trimmed.</summary>
    public static string Flat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ReplaceLineEndings(" ").Trim();
    }

    /// <summary>The text on one line, cut to at most <paramref name="max"/> characters with "…" when longer.</summary>
    public static string Clip(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var flat = Flat(text);
        if (flat.Length <= max)
        {
            return flat;
        }

        // Never cut an emoji (a surrogate pair) in half.
        var keep = char.IsHighSurrogate(flat[max - 2]) ? max - 2 : max - 1;
        return string.Concat(flat.AsSpan(0, keep), "…");
    }
}
