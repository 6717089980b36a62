using System.Collections.Frozen;

namespace Candor.Analysis.Text;

/// <summary>
/// The content words of a text, reduced to a crude stem so "hiring" meets "hire" and "emails" meets "email".
/// Enough to tell whether a comment talks about the post at all, which is all it is used for.
/// </summary>
internal sealed class TopicWords
{
    private readonly Dictionary<string, TextSpan> firstSpanByStem;

    private TopicWords(Dictionary<string, TextSpan> firstSpanByStem) => this.firstSpanByStem = firstSpanByStem;

    public int Count => firstSpanByStem.Count;

    public IEnumerable<string> Stems => firstSpanByStem.Keys;

    public static TopicWords Of(string text) => Of(text, Words.Of(text));

    public static TopicWords Of(string text, List<Word> words)
    {
        // Sized for the usual share of content words, so a comment's dictionary is not regrown several times.
        var stems = new Dictionary<string, TextSpan>(words.Count / 2 + 1, StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Lower.Length >= 3 && !StopWords.Contains(word.Lower) && !Generic.Contains(word.Lower) && !char.IsDigit(word.Lower[0]))
            {
                stems.TryAdd(Stem(word.Lower), word.Span);
            }
        }

        return new TopicWords(stems);
    }

    public bool Contains(string stem) => firstSpanByStem.ContainsKey(stem);

    public TextSpan SpanOf(string stem) => firstSpanByStem[stem];

    /// <summary>How many stems the two texts share, without building the list (asked for every comment against the post).</summary>
    public int CountShared(TopicWords other)
    {
        var (small, large) = Count <= other.Count ? (this, other) : (other, this);
        var shared = 0;
        foreach (var stem in small.firstSpanByStem.Keys)
        {
            if (large.firstSpanByStem.ContainsKey(stem))
            {
                shared++;
            }
        }

        return shared;
    }

    /// <summary>Stems of this text that also occur in <paramref name="other"/>, in this text's order of first use.</summary>
    public List<string> SharedWith(TopicWords other)
    {
        var shared = new List<string>();
        foreach (var (stem, _) in firstSpanByStem)
        {
            if (other.Contains(stem))
            {
                shared.Add(stem);
            }
        }

        shared.Sort((a, b) => firstSpanByStem[a].Start.CompareTo(firstSpanByStem[b].Start));
        return shared;
    }

    internal static string Stem(string lower)
    {
        foreach (var suffix in Suffixes)
        {
            if (lower.Length - suffix.Length >= 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return lower[..^suffix.Length];
            }
        }

        return lower;
    }

    private static readonly string[] Suffixes = ["ations", "ation", "ings", "ing", "ies", "ers", "ed", "es", "er", "ly", "s", "e"];

    // Praise and filler words appear under every post; sharing them says nothing about the topic.
    private static readonly FrozenSet<string> Generic = FrozenSet.ToFrozenSet(
    [
        "great", "post", "thanks", "thank", "sharing", "share", "love", "insights", "insight", "insightful", "agree",
        "true", "amazing", "awesome", "valuable", "helpful", "perspective", "point", "points", "article", "read",
        "content", "well", "said", "good", "nice", "interesting", "powerful", "inspiring", "important", "absolutely",
        "totally", "completely", "definitely", "truly", "exactly", "appreciate", "keep", "congrats", "congratulations",
        "wow", "brilliant", "excellent", "fantastic", "wonderful", "spot", "resonates", "resonate", "think", "thoughts",
    ], StringComparer.Ordinal);
}
