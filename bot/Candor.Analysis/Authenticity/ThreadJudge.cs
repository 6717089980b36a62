using Candor.Analysis.Authenticity.Comments;
using Candor.Analysis.Authenticity.Threads;
using Candor.Analysis.Reports;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Authenticity;

/// <summary>A judged thread: each comment with its verdict, and the thread's own verdict and evidence.</summary>
internal sealed record ThreadJudgement(Verdict Verdict, int Score, IReadOnlyList<Finding> Findings, IReadOnlyList<CommentReport> Comments);

/// <summary>
/// Judges every comment on its own, then across comments (duplicates, bursts), then the thread as a whole.
/// A thread is <c>suspicious</c> only on strong coordination evidence; a noticeable share of doubtful
/// comments makes it <c>mixed</c>.
/// </summary>
internal static class ThreadJudge
{
    private static readonly CrossCommentHeuristic[] CrossComment = [new NearDuplicate(), new Burst(), new AnswersCommenter()];

    // PodPattern combines the others, so it runs last.
    private static readonly ThreadHeuristic[] Whole =
    [
        new GenericMajority(), new ClusteredTiming(), new GrowthHeadlines(), new RealDiscussion(), new NoDiscussion(),
        new SpamComments(), new CoordinatedDuplicates(), new PodPattern(),
    ];

    // This share of doubtful comments turns an organic thread mixed.
    private const double MixedShare = 0.4;

    public static ThreadJudgement Judge(ParsedPaste paste, string? postText)
    {
        // Cross-comment findings come first: a reply that answers someone by name has engaged, which the
        // comment heuristics that look for the absence of engagement must know.
        var thread = new ThreadContext(paste, postText);
        foreach (var heuristic in CrossComment)
        {
            heuristic.Inspect(thread);
        }

        PerItem.Run(thread.Comments.Length, i => CommentHeuristics.Inspect(thread.Comments[i], thread.Findings[i]));
        var judged = thread.Findings.Select(CommentJudge.Judge).ToArray();
        var summary = new ThreadSummary(thread, judged.Select(j => j.Verdict).ToArray());
        var findings = new List<Finding>();
        foreach (var heuristic in Whole)
        {
            if (heuristic.Inspect(summary, findings) is { } finding)
            {
                findings.Add(finding);
            }
        }

        var verdict = VerdictOf(summary, findings);
        var raw = (int)Math.Round(judged.Average(j => j.Score)) + findings.Sum(f => f.Leaning == Leaning.Genuine ? f.Weight : -f.Weight);
        var comments = thread.Comments.Select((c, i) => ToReport(c.Comment, judged[i], thread.Findings[i])).ToArray();
        return new ThreadJudgement(verdict, Bands.Clamp(verdict, raw), findings, comments);
    }

    /// <summary>Judges one comment with no thread around it.</summary>
    public static CommentReport JudgeAlone(ParsedComment comment, string? postText)
    {
        var post = postText is null ? null : Text.TopicWords.Of(postText);
        var findings = CommentHeuristics.Inspect(new CommentContext(comment, post));
        return ToReport(comment, CommentJudge.Judge(findings), findings);
    }

    private static Verdict VerdictOf(ThreadSummary thread, List<Finding> findings)
    {
        // Bots that crash a real conversation make it mixed; coordination with nobody really talking is suspicious.
        if (findings.Any(f => f.Strong && f.Leaning != Leaning.Genuine))
        {
            return findings.Any(f => f.Leaning == Leaning.Genuine) ? Verdict.Mixed : Verdict.Suspicious;
        }

        var doubtful = thread.Count - thread.CountOf(Verdict.Authentic);
        return thread.CountOf(Verdict.Spam) > 0 || thread.CountOf(Verdict.Automated) > 0 || doubtful >= MixedShare * thread.Count
            ? Verdict.Mixed
            : Verdict.Organic;
    }

    private static CommentReport ToReport(ParsedComment comment, (Verdict Verdict, int Score) judged, List<Finding> findings) =>
        new(comment.Author, comment.Headline, comment.Age?.ToIso8601(), comment.Text, judged.Verdict, judged.Score,
            findings.Select(f => f.ToSignal()).ToArray());
}
