using System.Text;
using Candor.Analysis.Text;

namespace Candor.Cards.Model;

/// <summary>
/// Pasted text made safe to show whatever the format: no bidirectional overrides (which can make "evil.com"
/// read as "moc.live"), no zero-width or other invisible characters, no control characters, and clipped at
/// a word boundary. Renderers still escape it for their format; this removes what no escaping can.
/// </summary>
public static class UserText
{
    /// <summary>Longest run without a space that a card column can show; card text does not break inside words.</summary>
    public const int MaxWordLength = 44;

    /// <summary>The text made safe, and for quotes (not text to copy) with every over-long word shortened ("https://…/login?next=%2A…").</summary>
    public static string Quote(string? text, int maxLength = int.MaxValue) =>
        string.Join(' ', Clean(text, maxLength).Split(' ').Select(word => word.Length <= MaxWordLength ? word : ShortWord(word)));

    private static string ShortWord(string word)
    {
        var end = MaxWordLength - 1;
        if (char.IsHighSurrogate(word[end - 1]))
        {
            end--;
        }

        return word[..end] + "…";
    }

    public static string Clean(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\t')
            {
                clean.Append(c == '\t' ? ' ' : c);
            }
            else if (!char.IsControl(c) && !TextNormalizer.IsInvisible(c))
            {
                clean.Append(c);
            }
        }

        var result = clean.ToString().Trim();
        return result.Length <= maxLength ? result : Clip(result, maxLength);
    }

    private static string Clip(string text, int maxLength)
    {
        var cut = text.LastIndexOf(' ', Math.Max(0, maxLength - 1), Math.Min(maxLength, 40));
        var end = cut > 0 ? cut : maxLength - 1;
        // Never split a surrogate pair: half an emoji is an invalid character in JSON and on screen.
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }
}
