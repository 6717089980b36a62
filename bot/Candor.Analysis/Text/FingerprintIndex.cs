namespace Candor.Analysis.Text;

/// <summary>
/// Which texts hold each fingerprint, so the texts similar to one are found by walking its own fingerprints'
/// holders. Texts that share nothing are never visited: a thread of unrelated comments costs about one pass
/// over its fingerprints instead of one comparison per pair.
/// </summary>
/// <remarks>
/// The index is one sorted array of fingerprint-and-text entries: 48 bits of the fingerprint above the text's
/// number. Sorting groups each fingerprint's holders together in text order, and it allocates a small
/// fraction of what a dictionary of lists would. Two fingerprints that agree in 48 bits are rare enough
/// (about one pair in ten million for a long thread) to count as the same.
/// </remarks>
internal sealed class FingerprintIndex
{
    private const int TextBits = 16;
    private const ulong TextMask = (1UL << TextBits) - 1;

    /// <summary>More texts than this cannot be numbered in the entries; the engine's input limit stays far below it.</summary>
    public const int MaxTexts = 1 << TextBits;

    private readonly ulong[][] fingerprints;
    private readonly int minimum;
    private readonly ulong[] entries;
    private readonly int shareCount;

    /// <param name="fingerprints">Per text, its sorted, distinct fingerprints.</param>
    /// <param name="minimum">Texts with fewer fingerprints than this are left out: too short to compare.</param>
    public FingerprintIndex(ulong[][] fingerprints, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fingerprints.Length, MaxTexts);
        this.fingerprints = fingerprints;
        this.minimum = minimum;
        var count = 0;
        foreach (var text in fingerprints)
        {
            count += text.Length >= minimum ? text.Length : 0;
        }

        entries = new ulong[count];
        var next = 0;
        for (var text = 0; text < fingerprints.Length; text++)
        {
            if (fingerprints[text].Length >= minimum)
            {
                foreach (var fingerprint in fingerprints[text])
                {
                    entries[next++] = Entry(fingerprint, text);
                }
            }
        }

        Array.Sort(entries);
        shareCount = KeepShared(entries);
    }

    /// <summary>
    /// Moves the entries of fingerprints held by two or more texts to the front and returns how many there are.
    /// Most word pairs occur in one comment only; searching just the shared ones keeps the search in cache.
    /// </summary>
    private static int KeepShared(ulong[] sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var key = sorted[i] & ~TextMask;
            var sharedWithNeighbour = (i > 0 && (sorted[i - 1] & ~TextMask) == key) || (i + 1 < sorted.Length && (sorted[i + 1] & ~TextMask) == key);
            if (sharedWithNeighbour)
            {
                sorted[kept++] = sorted[i];
            }
        }

        return kept;
    }

    /// <summary>
    /// For every text, the later texts whose Jaccard similarity to it (shared fingerprints over all distinct
    /// ones) is at least <paramref name="threshold"/>, in order. None for texts that were left out.
    /// </summary>
    public List<int>[] SimilarLater(double threshold)
    {
        var similar = new List<int>[fingerprints.Length];
        PerItem.Run(fingerprints.Length, () => new Scratch(fingerprints.Length), (text, scratch) => similar[text] = SimilarLater(text, threshold, scratch));
        return similar;
    }

    private List<int> SimilarLater(int text, double threshold, Scratch scratch)
    {
        var similar = new List<int>();
        if (fingerprints[text].Length < minimum)
        {
            return similar;
        }

        var (shared, touched) = (scratch.Shared, scratch.Touched);
        foreach (var fingerprint in fingerprints[text])
        {
            // The holders after this text's own entry, up to the next fingerprint, are the later texts holding it.
            var own = Array.BinarySearch(entries, 0, shareCount, Entry(fingerprint, text));
            if (own < 0)
            {
                continue; // no other text holds it
            }

            var key = entries[own] & ~TextMask;
            for (var i = own + 1; i < shareCount && (entries[i] & ~TextMask) == key; i++)
            {
                var other = (int)(entries[i] & TextMask);
                if (shared[other]++ == 0)
                {
                    touched.Add(other);
                }
            }
        }

        foreach (var other in touched)
        {
            var jaccard = (double)shared[other] / (fingerprints[text].Length + fingerprints[other].Length - shared[other]);
            if (jaccard >= threshold)
            {
                similar.Add(other);
            }

            shared[other] = 0;
        }

        touched.Clear();
        similar.Sort();
        return similar;
    }

    /// <summary>Per-worker counters of fingerprints shared with each other text, left zeroed after every query.</summary>
    private sealed class Scratch(int texts)
    {
        public int[] Shared { get; } = new int[texts];

        public List<int> Touched { get; } = [];
    }

    // Multiplying by an odd number mixes every bit into the top ones without merging any two fingerprints,
    // so fingerprints that differ only in their low bits stay apart.
    private static ulong Entry(ulong fingerprint, int text) => ((fingerprint * 0x9E3779B97F4A7C15UL) & ~TextMask) | (uint)text;
}
