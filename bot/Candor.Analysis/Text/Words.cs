namespace Candor.Analysis.Text;

/// <summary>A word of a text: where it is and its lower-case form for matching.</summary>
internal readonly record struct Word(TextSpan Span, string Lower);

/// <summary>Splits text into words (letters and digits, with inner apostrophes and hyphens kept).</summary>
internal static class Words
{
    public static List<Word> Of(string text)
    {
        var words = new List<Word>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsIdeographic(text[i]))
            {
                // Chinese and Japanese have no spaces: each character stands for a word, near enough
                // for counting and for fingerprints.
                i++;
            }
            else
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)) && !IsIdeographic(text[i]))
                {
                    i++;
                }
            }

            words.Add(new Word(new TextSpan(start, i - start), text.Substring(start, i - start).ToLowerInvariant()));
        }

        return words;
    }

    /// <summary>Count of words without building them, for cheap length checks.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && (!inWord || IsIdeographic(c)))
            {
                count++;
            }

            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }

    /// <summary>Han ideographs, Hiragana and Katakana (and their full-width forms).</summary>
    public static bool IsIdeographic(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    // "don't", "well-known": an apostrophe or hyphen between two letters belongs to the word.
    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '\'' or '’' or '-'
        && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
}
