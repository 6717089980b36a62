using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>
/// Different accounts posting the same comment, or the same comment lightly reworded: word-pair
/// fingerprints (order-aware) or topical words (order-free) overlapping far beyond chance.
/// </summary>
/// <remarks>
/// Only pairs that share a fingerprint are compared, found through an index of which comments hold each one:
/// comparing all pairs made this the slowest part of judging a long thread.
/// </remarks>
internal sealed class NearDuplicate() : CrossCommentHeuristic(
    "near_duplicate", Leaning.Automated, 45, "Independent people do not write the same sentence; coordinated accounts and tools do.")
{
    // Short stock replies ("Great post!") repeat by chance; only comments with this much substance count.
    private const int MinPairs = 6;
    private const int MinTopicWords = 4;
    private const double PairSimilarity = 0.5;
    private const double TopicSimilarity = 0.7;

    public override void Inspect(ThreadContext thread)
    {
        var comments = thread.Comments;
        var matched = new bool[comments.Length];
        var pairs = new FingerprintIndex(thread.Fingerprints, MinPairs).SimilarLater(PairSimilarity);
        var topics = new FingerprintIndex(thread.TopicFingerprints, MinTopicWords).SimilarLater(TopicSimilarity);
        for (var a = 0; a < comments.Length; a++)
        {
            foreach (var b in InOrder(pairs[a], topics[a]))
            {
                if (thread.DifferentAuthors(a, b))
                {
                    AddOnce(thread, a, b, matched);
                    AddOnce(thread, b, a, matched);
                }
            }
        }
    }

    /// <summary>The texts in either sorted list, once each, in order.</summary>
    private static IEnumerable<int> InOrder(List<int> first, List<int> second)
    {
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            var next = j >= second.Count || (i < first.Count && first[i] <= second[j]) ? first[i] : second[j];
            yield return next;
            while (i < first.Count && first[i] == next)
            {
                i++;
            }

            while (j < second.Count && second[j] == next)
            {
                j++;
            }
        }
    }

    private void AddOnce(ThreadContext thread, int self, int other, bool[] matched)
    {
        if (matched[self])
        {
            return;
        }

        matched[self] = true;
        var who = thread.Comments[other].Comment.Author is { } author ? $"{author}'s comment" : "another commenter's";
        var text = thread.Comments[self].Text.Trim();
        thread.Findings[self].Add(Found(text, $"Nearly the same words as {who}: \"{Excerpt.Clip(thread.Comments[other].Text, 80)}\". Independent people do not write alike.", strong: true));
    }
}
