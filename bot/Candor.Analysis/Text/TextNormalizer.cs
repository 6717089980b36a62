using System.Buffers;
using System.Text;

namespace Candor.Analysis.Text;

/// <summary>
/// Makes pasted text comparable without changing what a person would read: invisible characters
/// (zero-width joiners, bidi overrides, BOM) are dropped, Windows/Mac line ends become '\n',
/// and exotic spaces become plain spaces. Evidence is quoted from the normalised text.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u2028' or '\u2029' or '\u0085')
            {
                // Unicode line and paragraph separators (some apps copy lines with them) are line breaks too.
                builder.Append('\n');
            }
            else if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (IsSpaceLike(c))
            {
                builder.Append(' ');
            }
            else if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for characters that render as nothing but can split or disguise words (zero-width, bidi controls, BOM).</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\u180E' or '\uFEFF' or '\u00AD'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c is '\u200E' or '\u200F';

    private static bool IsSpaceLike(char c) =>
        c is '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u3000' || (c >= '\u2000' && c <= '\u200A');

    // Every paste is checked, most need nothing, and a vectorised search answers that far faster than a loop.
    private static readonly SearchValues<char> NeedingWork = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c is '\r' or '\u2028' or '\u2029' or '\u0085' || IsSpaceLike(c) || IsInvisible(c)).ToArray());

    private static bool NeedsWork(string text) => text.AsSpan().ContainsAny(NeedingWork);
}
