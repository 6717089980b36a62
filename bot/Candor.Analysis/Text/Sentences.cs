namespace Candor.Analysis.Text;

/// <summary>Where sentences start, for phrases that only mean something as an opening imperative.</summary>
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
}
