using System.Collections.Frozen;

namespace Candor.Analysis.Text;

/// <summary>Function words that say nothing about a topic; used for topical overlap and specificity.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Set = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "so", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "it's", "this", "that", "these",
        "those", "there", "here", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "they", "them",
        "his", "her", "their", "what", "which", "who", "whom", "when", "where", "why", "how", "all", "any", "both",
        "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "than",
        "too", "very", "can", "will", "just", "should", "would", "could", "do", "does", "did", "have", "has", "had",
        "having", "about", "into", "over", "after", "before", "again", "then", "once", "also", "up", "down", "out",
        "off", "i'm", "i've", "i'd", "i'll", "we're", "we've", "you're", "you've", "don't", "doesn't", "didn't",
        "isn't", "aren't", "wasn't", "can't", "won't", "let's", "that's", "there's", "what's", "really", "much",
        "many", "one", "get", "got", "like", "make", "made", "way", "thing", "things", "lot", "even", "still",
        "because", "while", "through", "every", "well", "yes", "yeah", "oh", "ok", "okay",
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "pour", "avec", "dans", "que", "qui", "sur", "pas", "vous", "nous",
        "der", "die", "das", "und", "ist", "ein", "eine", "mit", "für", "auf", "nicht", "ich", "wir", "sie", "es", "zu", "den", "dem", "auch",
        "el", "los", "las", "y", "es", "en", "para", "con", "por", "una", "lo", "muy", "o", "e", "com", "uma", "os", "as", "do", "da", "em", "não",
        "了", "的", "啊", "呀", "吧", "呢", "吗", "嗎", "是", "很", "也", "都", "就", "这", "這", "个", "個", "ね", "よ", "な", "の", "は", "が", "を", "に", "で", "と", "も", "す", "ま",
    ], StringComparer.Ordinal);

    public static bool Contains(string lowerWord) => Set.Contains(lowerWord);

    /// <summary>The stop word spelled <paramref name="lower"/>, so the most common words are not allocated again for every text.</summary>
    public static string? Shared(ReadOnlySpan<char> lower) => BySpan.TryGetValue(lower, out var word) ? word : null;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Set.GetAlternateLookup<ReadOnlySpan<char>>();
}
