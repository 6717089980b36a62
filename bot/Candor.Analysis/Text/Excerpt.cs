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
    public static string Clip(string text, int max) => Cut(Flat(text), max);

    /// <summary>
    /// The text cut to at most <paramref name="max"/> characters with "…" when longer, at the last space in
    /// its final <paramref name="wordSlack"/> characters if there is one; line breaks are kept.
    /// </summary>
    public static string Cut(string text, int max, int wordSlack = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        var space = wordSlack > 0 ? text.LastIndexOf(' ', keep, Math.Min(keep, wordSlack)) : -1;
        keep = space > 0 ? space : keep;
        // Never cut an emoji (a surrogate pair) in half.
        keep = char.IsHighSurrogate(text[keep - 1]) ? keep - 1 : keep;
        return string.Concat(text.AsSpan(0, keep).TrimEnd(), "…");
    }
}
