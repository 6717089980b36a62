using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>A heuristic that looks at one comment on its own.</summary>
internal abstract class CommentHeuristic(string id, Leaning leaning, int weight, string rationale)
    : Heuristic(id, leaning, weight, rationale)
{
    /// <param name="earlier">Findings of the heuristics that ran before this one on the same comment.</param>
    public abstract Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier);

    /// <summary>Quotes the first match of <paramref name="pattern"/> with the explanation built from it, or null.</summary>
    protected Finding? FirstMatch(Regex pattern, CommentContext comment, Func<Match, string> explain, bool strong = false) =>
        Quote(pattern.Match(comment.Text), explain, strong);

    protected Finding? FirstMatch(GatedPattern pattern, CommentContext comment, Func<Match, string> explain, bool strong = false) =>
        Quote(pattern.Match(comment.Text), explain, strong);

    /// <summary>The first of <paramref name="patterns"/> that matches, quoted.</summary>
    protected Finding? FirstMatch(GatedPattern[] patterns, CommentContext comment, Func<Match, string> explain, bool strong = false)
    {
        foreach (var pattern in patterns)
        {
            if (FirstMatch(pattern, comment, explain, strong) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }

    private Finding? Quote(Match match, Func<Match, string> explain, bool strong) =>
        match.Success ? Found(match.Value.Trim(), explain(match), strong) : null;
}
