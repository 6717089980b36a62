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
    }

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
        // Asked for every number and name found, so a plain loop: most comments have no link at all.
        foreach (var link in Links)
        {
            if (index >= link.Span.Start && index < link.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    public ParsedComment Comment { get; }

    public string Text { get; }

    public List<Word> Words { get; }

    public TopicWords Topic { get; }

    /// <summary>The post's topical words, when the user gave the post.</summary>
    public TopicWords? Post { get; }
}
