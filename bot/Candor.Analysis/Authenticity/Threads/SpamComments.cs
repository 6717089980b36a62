using Candor.Analysis.Reports;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>Spam, scam or phishing comments in the thread.</summary>
internal sealed class SpamComments() : ThreadHeuristic(
    "spam_comments", Leaning.Spam, 15, "Scams and promotions ride on busy threads; readers should know they are there.")
{
    public override Finding? Inspect(ThreadSummary thread, IReadOnlyList<Finding> earlier)
    {
        var spam = thread.CountOf(Verdict.Spam);
        return spam == 0 ? null : Found(thread.Quote(thread.FirstWith(Verdict.Spam)), $"{spam} comment(s) are spam, scams or phishing.");
    }
}
