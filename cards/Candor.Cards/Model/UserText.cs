using System.Globalization;
using System.Text;
using Candor.Analysis.Text;

namespace Candor.Cards.Model;

/// <summary>
/// Pasted text made safe to show whatever the format: no bidirectional controls (which can make "evil.com"
/// read as "moc.live"), no format, tag or blank-looking characters that hide or fake text, no control
/// characters, and clipped at a word boundary. Renderers still escape it for their format; this removes
/// what no escaping can.
/// </summary>
public static class UserText
{
    /// <summary>Longest run without a space that a card column can show; card text does not break inside words.</summary>
    public const int MaxWordLength = 44;

    // How far back from a length limit a cut looks for a space.
    private const int WordSlack = 40;

    /// <summary>
    /// The text made safe, and for quotes (not text to copy) with every over-long word shortened. An address
    /// keeps its whole host, because the host is what tells a real site from a fake one.
    /// </summary>
    public static string Quote(string? text, int maxLength = int.MaxValue) =>
        string.Join(' ', Clean(text, maxLength).Split(' ').Select(ShortWord));

    public static string Clean(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text) || maxLength < 2)
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\n' or 0x2028 or 0x2029)
            {
                clean.Append('\n');
            }
            else if (rune.Value == '\t')
            {
                clean.Append(' ');
            }
            else if (!Hides(rune))
            {
                clean.Append(rune.ToString());
            }
        }

        return Excerpt.Cut(clean.ToString().Trim(), maxLength, WordSlack);
    }

    /// <summary>
    /// Characters that show nothing, fake a blank, or change how the text around them reads: every format character
    /// (zero-width, bidi controls, tags, soft hyphen, BOM), and the letters and marks that only look blank.
    /// </summary>
    private static bool Hides(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
        || rune.Value is 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;

    private static string ShortWord(string word)
    {
        if (word.Length <= MaxWordLength)
        {
            return word;
        }

        var scheme = word.IndexOf("://", StringComparison.Ordinal);
        var hostEnd = scheme < 0 ? -1 : word.IndexOf('/', scheme + 3);
        var keep = hostEnd > 0 ? Math.Max(hostEnd + 2, MaxWordLength) : MaxWordLength;
        return keep >= word.Length ? word : Excerpt.Cut(word, keep);
    }
}
