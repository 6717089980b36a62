namespace Candor.Analysis.Text;

/// <summary>A word of a text: where it is and its lower-case form for matching (curly apostrophes made straight).</summary>
internal readonly record struct Word(TextSpan Span, string Lower);

/// <summary>
/// Splits text into words: runs of letters and digits, with an apostrophe or hyphen between two of them
/// kept inside ("don't", "well-known"), and every Chinese or Japanese character a word of its own.
/// </summary>
internal static class Words
{
    public static List<Word> Of(string text)
    {
        var words = new List<Word>(text.Length / 5 + 1);
        var i = 0;
        Span<char> buffer = stackalloc char[64];
        while (Next(text, ref i, out var start))
        {
            words.Add(new Word(new TextSpan(start, i - start), Lower(text.AsSpan(start, i - start), buffer)));
        }

        return words;
    }

    // Lower-cased in a buffer first: about half of all words are stop words, whose one shared copy is used.
    private static string Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return word.ToString().ToLowerInvariant().Replace('’', '\'');
        }

        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        return StopWords.Shared(lower) ?? lower.ToString();
    }

    /// <summary>The number of words <see cref="Of"/> would return, without building them.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        while (Next(text, ref i, out _))
        {
            count++;
        }

        return count;
    }

    /// <summary>Han ideographs, Hiragana and Katakana (and their full-width forms).</summary>
    public static bool IsIdeographic(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Finds the next word at or after <paramref name="i"/>; on return <paramref name="i"/> is just past it.</summary>
    private static bool Next(ReadOnlySpan<char> text, ref int i, out int start)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        if (i >= text.Length)
        {
            return false;
        }

        if (IsIdeographic(text[i]))
        {
            // Chinese and Japanese have no spaces: each character stands for a word, near enough for
            // counting and for fingerprints.
            i++;
            return true;
        }

        while (i < text.Length && !IsIdeographic(text[i]) && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
        {
            i++;
        }

        return true;
    }

    private static bool IsInnerJoiner(ReadOnlySpan<char> text, int i) =>
        text[i] is '\'' or '’' or '-'
        && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
}
