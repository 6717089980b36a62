namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Stock praise that fits under any post ("Great insights", "Thanks for sharing", "So true").</summary>
internal sealed class GenericPraise() : CommentHeuristic(
    "generic_praise", Leaning.LowEffort, 20, "Praise that fits any post says nothing about this one.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        var matches = comment.Praise;
        if (matches.Count == 0)
        {
            return null;
        }

        var more = matches.Count > 1 ? $" (and {matches.Count - 1} more stock phrase{(matches.Count > 2 ? "s" : "")})" : "";
        return Found(comment.Text, matches[0], $"A stock compliment that could sit under any post{more}.");
    }
}
