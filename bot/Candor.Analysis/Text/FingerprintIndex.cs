namespace Candor.Analysis.Text;

/// <summary>
/// Which texts hold each fingerprint, so the texts similar to one are found by walking its own fingerprints'
/// holders. Texts that share nothing are never visited: a thread of unrelated comments costs about one pass
/// over its fingerprints instead of one comparison per pair.
/// </summary>
internal sealed class FingerprintIndex
{
    private readonly ulong[][] fingerprints;
    private readonly int minimum;
    private readonly Dictionary<ulong, List<int>> holders = [];
    private readonly int[] shared;

    /// <param name="fingerprints">Per text, its sorted, distinct fingerprints.</param>
    /// <param name="minimum">Texts with fewer fingerprints than this are left out: too short to compare.</param>
    public FingerprintIndex(ulong[][] fingerprints, int minimum)
    {
        this.fingerprints = fingerprints;
        this.minimum = minimum;
        shared = new int[fingerprints.Length];
        for (var text = 0; text < fingerprints.Length; text++)
        {
            if (fingerprints[text].Length < minimum)
            {
                continue;
            }

            foreach (var fingerprint in fingerprints[text])
            {
                if (!holders.TryGetValue(fingerprint, out var texts))
                {
                    holders[fingerprint] = texts = [];
                }

                texts.Add(text);
            }
        }
    }

    /// <summary>
    /// The texts after <paramref name="text"/> whose Jaccard similarity to it (shared fingerprints over all
    /// distinct ones) is at least <paramref name="threshold"/>, in order. None when the text itself was left out.
    /// </summary>
    public List<int> SimilarLater(int text, double threshold)
    {
        var touched = new List<int>();
        if (fingerprints[text].Length < minimum)
        {
            return touched;
        }

        foreach (var fingerprint in fingerprints[text])
        {
            if (!holders.TryGetValue(fingerprint, out var texts))
            {
                continue;
            }

            // Holder lists are in text order; only the part after this text is wanted.
            for (var i = texts.Count - 1; i >= 0 && texts[i] > text; i--)
            {
                if (shared[texts[i]]++ == 0)
                {
                    touched.Add(texts[i]);
                }
            }
        }

        var similar = new List<int>();
        foreach (var other in touched)
        {
            var jaccard = (double)shared[other] / (fingerprints[text].Length + fingerprints[other].Length - shared[other]);
            if (jaccard >= threshold)
            {
                similar.Add(other);
            }

            shared[other] = 0;
        }

        similar.Sort();
        return similar;
    }
}
