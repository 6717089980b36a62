namespace Candor.Analysis.Text;

/// <summary>A text's sentences, and whether one starts at a given place.</summary>
internal static class Sentences
{
    /// <summary>True when only spaces lie between <paramref name="index"/> and the text's start or a sentence end.</summary>
    public static bool StartsAt(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or '。' or '！' or '？';
    }

    /// <summary>Sentences: runs ending at . ! ? before a space, or at a line break (greetings and sign-offs are lines of their own).</summary>
    public static List<TextSpan> Of(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                AddTrimmed(text, start, i, sentences);
                start = i + 1;
            }
            else if (text[i] is '.' or '!' or '?' or '。' or '！' or '？' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                AddTrimmed(text, start, i + 1, sentences);
                start = i + 1;
            }
        }

        AddTrimmed(text, start, text.Length, sentences);
        return sentences;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }
}
