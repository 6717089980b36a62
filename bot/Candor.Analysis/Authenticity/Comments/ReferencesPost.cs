using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Points at a particular part of the post ("the point about writing the rejection email first").</summary>
internal sealed partial class ReferencesPost() : CommentHeuristic(
    "references_post", Leaning.Genuine, 15, "Naming the part of the post that struck you is proof of reading it, which templates skip.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        FirstMatch(PartOfPost(), comment, _ => "Points at a specific part of the post.");

    [GeneratedRegex(@"\b(the|your|that) (point|bit|part|section|idea|tip|line|example|note|advice|framing|distinction|step|chart|graph|table|slide|story|quote|number|stat) (about|on|where|that|regarding|with|in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfPost();
}
