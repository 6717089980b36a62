namespace Candor.Analysis.Text;

/// <summary>
/// Word-pair fingerprints of a text, hashed and sorted so two texts compare by one merge. Pairs keep word
/// order, so rewording a few words leaves most pairs intact while a different comment shares almost none.
/// </summary>
internal static class Shingles
{
    public static ulong[] Of(List<Word> words)
    {
        if (words.Count < 2)
        {
            return [];
        }

        var hashes = new ulong[words.Count - 1];
        for (var i = 0; i + 1 < words.Count; i++)
        {
            hashes[i] = Combine(Hash(words[i].Lower), Hash(words[i + 1].Lower));
        }

        Array.Sort(hashes);
        var distinct = 1;
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return hashes[..distinct];
    }

    /// <summary>Sorted, distinct hashes of single words (order-free fingerprints, e.g. of topic stems).</summary>
    public static ulong[] OfEach(IEnumerable<string> words)
    {
        var hashes = words.Select(Hash).ToArray();
        Array.Sort(hashes);
        return hashes;
    }

    // FNV-1a: stable across runs and machines, unlike string.GetHashCode.
    private static ulong Hash(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Combine(ulong first, ulong second) => (first * 31) ^ (second + 0x9E3779B97F4A7C15UL);
}
