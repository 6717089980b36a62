using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Points at a particular part of the post ("the point about writing the rejection email first").</summary>
internal sealed class ReferencesPost() : CommentHeuristic(
    "references_post", Leaning.Genuine, 15, "Naming the part of the post that struck you is proof of reading it, which templates skip.")
{
    private static readonly PhraseSet PartOfPost = new(
    [
        "the/your/that point/bit/part/section/idea/tip/line/example/note/advice/framing/distinction/step/chart/graph/table/slide/story/quote/number/stat about/on/where/that/regarding/with/in",
    ]);

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        PartOfPost.First(comment.Words) is { } span ? Found(comment.Text, span, "Points at a specific part of the post.") : null;
}
