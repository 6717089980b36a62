using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>
/// A reply that addresses someone earlier in the thread by name and then says something of its own
/// ("Rachel, usage drop in the admin console was the strongest…"): people answering people.
/// </summary>
internal sealed partial class AnswersCommenter() : CrossCommentHeuristic(
    "answers_commenter", Leaning.Genuine, 15, "Answering a named person with substance is conversation, which pods do not produce.")
{
    // Enough words after the name to be an answer rather than "Thanks Rachel!".
    private const int MinOwnWords = 6;

    public override void Inspect(ThreadContext thread)
    {
        var earlierNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < thread.Comments.Length; i++)
        {
            var comment = thread.Comments[i];
            var opening = Opening().Match(comment.Text);
            if (opening.Success && earlierNames.Contains(opening.Groups["name"].Value) && comment.Words.Count - 1 >= MinOwnWords
                && !StockOnly(comment, opening.Index + opening.Length))
            {
                thread.Findings[i].Add(Found(opening.Value.Trim(), $"Answers {opening.Groups["name"].Value} from earlier in the thread, with substance."));
            }

            if (comment.Comment.Author?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..])
            {
                earlierNames.Add(first);
            }
        }
    }

    // Mostly stock phrases after the name ("Rachel, great post, thanks for sharing") is not an answer.
    private static bool StockOnly(CommentContext comment, int restStart) =>
        comment.Praise.Where(s => s.Start >= restStart).Sum(s => s.Length) > comment.Text[restStart..].Trim().Length / 2;

    // "Rachel, …", "@Rachel …", "Thanks Rachel, …", "Fair, Marcus." at the start of the comment.
    [GeneratedRegex(@"^\W{0,2}((?i:thanks|thank you|fair|good point|great question|yes|no|agreed|exactly|hi|hey)[,!]?\s+)?(@(?<name>\p{Lu}[\p{L}'’-]+)[\s,:!.]|(?<name>\p{Lu}[\p{L}'’-]+)[,:!.])", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}
