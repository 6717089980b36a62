using Candor.Analysis.Reports;

namespace Candor.Analysis.Authenticity;

/// <summary>
/// Turns a comment's findings into a verdict and a 0–100 authenticity score. A doubtful verdict needs one
/// strong finding or two independent ones (design.md principle 2), and genuine engagement can outweigh
/// a stock phrase ("Great post — we tried this and…" stays authentic).
/// </summary>
internal static class CommentJudge
{
    // Where an untouched comment lands: authentic, with room for evidence either way.
    private const int Neutral = 75;

    public static (Verdict Verdict, int Score) Judge(IReadOnlyList<Finding> findings)
    {
        var verdict = VerdictOf(findings);
        var raw = Neutral + findings.Sum(f => f.Leaning == Leaning.Genuine ? f.Weight : -f.Weight);
        return (verdict, Bands.Clamp(verdict, raw));
    }

    private static Verdict VerdictOf(IReadOnlyList<Finding> findings)
    {
        // A scam or lure is spam whoever sent it; otherwise proof of tooling (a leftover {first_name}, the
        // same text from several accounts) says more than a weak plug that the tool also wrote.
        if (findings.Any(f => f.Leaning == Leaning.Spam && f.Strong))
        {
            return Verdict.Spam;
        }

        if (findings.Any(f => f.Leaning == Leaning.Automated && f.Strong))
        {
            return Verdict.Automated;
        }

        if (IsSupported(findings, Leaning.Spam) || IsPromotionWithoutEngagement(findings))
        {
            return Verdict.Spam;
        }

        var lowEffortWeight = findings.Where(f => f.Leaning == Leaning.LowEffort).Sum(f => f.Weight);
        var genuineWeight = findings.Where(f => f.Leaning == Leaning.Genuine).Sum(f => f.Weight);
        return IsSupported(findings, Leaning.LowEffort) && lowEffortWeight > genuineWeight ? Verdict.LowEffort : Verdict.Authentic;
    }

    /// <summary>
    /// A plug, link or call to action in a comment that also shows no engagement (no_specifics, generic
    /// praise…): two independent signals that the comment exists to advertise.
    /// </summary>
    private static bool IsPromotionWithoutEngagement(IReadOnlyList<Finding> findings) =>
        findings.Any(f => f.Leaning == Leaning.Spam) && findings.Any(f => f.Leaning == Leaning.LowEffort) && !findings.Any(Engages);

    /// <summary>
    /// The heuristics that find someone talking with others rather than at the post: a question, an
    /// experience, pushback, an answer to another commenter. Thread heuristics count conversation by these.
    /// </summary>
    internal static readonly string[] Conversation = ["asks_question", "personal_experience", "disagreement", "answers_commenter"];

    /// <summary>
    /// Genuine engagement: a question, an experience, pushback or an answer to someone. Names, numbers and
    /// the post's own subject words are not enough on their own: plugs, templates and generated praise
    /// are full of them.
    /// </summary>
    internal static bool Engages(Finding finding) => finding.Leaning == Leaning.Genuine && finding.Id is not ("specific_detail" or "on_topic");

    /// <summary>
    /// One strong finding, or two independent ones lean this way: different heuristics that quote different
    /// words. Two heuristics quoting the same phrase ("add me" is both bait and a call to action) read one
    /// piece of evidence twice.
    /// </summary>
    internal static bool IsSupported(IReadOnlyList<Finding> findings, Leaning leaning)
    {
        var leaningThisWay = findings.Where(f => f.Leaning == leaning).ToList();
        return leaningThisWay.Any(f => f.Strong)
            || leaningThisWay.Any(a => leaningThisWay.Any(b => a.Id != b.Id && !string.Equals(a.Evidence, b.Evidence, StringComparison.OrdinalIgnoreCase)));
    }
}
