using Candor.Analysis.Text;

namespace Candor.Analysis.Outreach;

/// <summary>Flesch–Kincaid grade level, with syllables counted as vowel groups (close enough for English prose).</summary>
internal static class Readability
{
    public static double Grade(IReadOnlyList<Word> words, int sentences)
    {
        if (words.Count == 0 || sentences == 0)
        {
            return 0;
        }

        var syllables = words.Sum(w => Syllables(w.Lower));
        return (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
    }

    internal static int Syllables(string word)
    {
        var count = 0;
        var previousVowel = false;
        foreach (var c in word)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'à' or 'á' or 'â' or 'ä' or 'é' or 'è' or 'ê' or 'í' or 'ó' or 'ô' or 'ö' or 'ú' or 'ü';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        // A silent final e ("make", "table" keeps its syllable through the 'l').
        if (word.Length > 2 && word[^1] == 'e' && word[^2] != 'l' && count > 1)
        {
            count--;
        }

        return Math.Max(1, count);
    }
}
