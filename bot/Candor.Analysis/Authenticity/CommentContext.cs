using Candor.Analysis.Links;
using Candor.Analysis.Text;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Authenticity;

/// <summary>
/// One comment prepared once for every heuristic: its words, its topical words, and what it can be
/// compared with (the post, when given).
/// </summary>
internal sealed class CommentContext
{
    public CommentContext(ParsedComment comment, TopicWords? post)
    {
        Comment = comment;
        Text = comment.Text;
        Words = Candor.Analysis.Text.Words.Of(comment.Text);
        Topic = TopicWords.Of(comment.Text, Words);
        Post = post;
        Links = LinkExtractor.Extract(comment.Text);
        (linkStarts, linkReach) = Reach(Links);
    }

    // The links' starts in text order, and for each the furthest end of it and the links before it.
    private readonly int[] linkStarts;
    private readonly int[] linkReach;

    /// <summary>Where the comment's stock phrases are; found once, read by the praise and smart-reply heuristics.</summary>
    public List<TextSpan> Praise => praise ??= Comments.StockPhrases.Praise.All(Words);

    private List<TextSpan>? praise;

    /// <summary>The comment warns others about a scam; worked out once, asked by every spam heuristic.</summary>
    public bool IsWarning => isWarning ??= Comments.Warnings.IsWarning(Text);

    private bool? isWarning;

    /// <summary>Links in the comment; heuristics about prose skip text inside them (an ID is not a "figure").</summary>
    public IReadOnlyList<FoundLink> Links { get; }

    public bool InLink(int index)
    {
        // Asked for every word, number and name, so a binary search over the links in text order: a paste of
        // thousands of links would otherwise cost words times links. high ends on the last link starting at or
        // before index, and the furthest any of those reaches says whether one holds it.
        var (low, high) = (0, linkStarts.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = linkStarts[middle] <= index ? (middle + 1, high) : (low, middle - 1);
        }

        return high >= 0 && index < linkReach[high];
    }

    public ParsedComment Comment { get; }

    private static (int[] Starts, int[] Reach) Reach(IReadOnlyList<FoundLink> links)
    {
        if (links.Count == 0)
        {
            // Most comments: nothing to allocate.
            return ([], []);
        }

        var inOrder = links.OrderBy(link => link.Span.Start).ToArray();
        var reach = new int[inOrder.Length];
        for (var i = 0; i < inOrder.Length; i++)
        {
            reach[i] = Math.Max(i > 0 ? reach[i - 1] : 0, inOrder[i].Span.End);
        }

        return ([.. inOrder.Select(link => link.Span.Start)], reach);
    }

    public string Text { get; }

    public List<Word> Words { get; }

    public TopicWords Topic { get; }

    /// <summary>The post's topical words, when the user gave the post.</summary>
    public TopicWords? Post { get; }
}
