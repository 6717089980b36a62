using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>A nuance or pushback ("I'd push back on", "we saw the opposite", "not sure that holds").</summary>
internal sealed partial class Disagreement() : CommentHeuristic(
    "disagreement", Leaning.Genuine, 15, "Pods agree; people who read closely qualify, contrast and push back.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        FirstMatch(Pushback(), comment, _ => "Adds a nuance or disagrees: engagement pods do not push back.");

    [GeneratedRegex(@"\b(i disagree|disagree|(don'?t|do not|can'?t|cannot) agree|not sure (that|this|it|i)|i'?d (push back|argue|add|question)|push back|counterpoint|on the other hand|the opposite|however|(fair|good) point,? but|devil'?s advocate|respectfully|unpopular opinion|not always|it depends|depends on|doesn'?t (match|hold|work|apply|scale)|didn'?t (work|hold|match)|i'?m not convinced|that said|the catch is|caveat|except (when|for|that)|but (only|not|in our|in my|for us|for me|when we|we|i)\b|aber|allerdings|cependant|pourtant|mais (pas|pour|je|il|elle|on|c'est|ça|cela|en|quand|sans|dans)|sin embargo|pero|porém|mas (não|nem))\b|不过|但是|しかし|ただし|ただ、", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pushback();
}
