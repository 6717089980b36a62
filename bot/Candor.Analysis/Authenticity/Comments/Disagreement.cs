using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>A nuance or pushback ("I'd push back on", "we saw the opposite", "not sure that holds").</summary>
internal sealed partial class Disagreement() : CommentHeuristic(
    "disagreement", Leaning.Genuine, 15, "Pods agree; people who read closely qualify, contrast and push back.")
{
    private static readonly PhraseSet Pushback = new(
    [
        "i disagree", "disagree", "don't/dont/do_not/can't/cannot agree", "not sure that/this/it/i", "i'd/i_would push_back/argue/add/question",
        "push back", "counterpoint", "on the other hand", "the opposite", "however", "fair/good point but", "devil's advocate", "respectfully",
        "unpopular opinion", "not always", "it depends", "depends on", "doesn't/doesnt match/hold/work/apply/scale", "didn't/didnt work/hold/match",
        "i'm/im not convinced", "that said", "the catch is", "caveat", "except when/for/that", "but only/not/in_our/in_my/for_us/for_me/when_we/we/i",
        "aber", "allerdings", "cependant", "pourtant", "mais pas/pour/je/il/elle/on/c'est/ça/cela/en/quand/sans/dans",
        "sin embargo", "pero", "porém", "mas não/nem", "不过/但是/しかし/ただし",
    ]);

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        const string Explanation = "Adds a nuance or disagrees: engagement pods do not push back.";
        if (Pushback.First(comment.Words) is { } span)
        {
            return Found(comment.Text, span, Explanation);
        }

        return FirstMatch(JapaneseBut(), comment, _ => Explanation);
    }

    // ただ ("but") only before a comma: inside words such as いただく it means nothing of the kind.
    [GeneratedRegex("ただ、", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseBut();
}
