using Candor.Analysis.Reports;

namespace Candor.Analysis.Outreach;

/// <summary>
/// Coaches an outreach draft: scores it against the rubric (every issue quotes the phrase that causes it),
/// composes a better message from the user's own facts, and scores that rewrite with the same rubric.
/// </summary>
internal static class OutreachCoach
{
    internal static readonly OutreachRule[] Rules =
    [
        new UnfilledPlaceholder(), new NoPersonalization(), new GenericOpener(), new NoReason(), new NoValue(), new PushyAsk(),
        new SelfFocused(), new TooLong(), new HardToRead(), new Buzzwords(), new LinkInFirstMessage(), new Spammy(), new LowEffortReply(),
    ];

    private const int StrongFrom = 75;
    private const int FairFrom = 45;

    public static Report Report(string text, CoachOptions? options = null) => Report(Draft.Parse(text, options));

    public static Report Report(Draft draft)
    {
        var (score, issues) = Score(draft);
        var rewrite = RewriteComposer.Compose(draft, issues);
        return new Report(ReportKind.Outreach, VerdictOf(score), score, [], [], issues, rewrite, null, []);
    }

    /// <summary>The draft's quality out of 100 and what is wrong with it.</summary>
    internal static (int Score, IReadOnlyList<OutreachIssue> Issues) Score(Draft draft)
    {
        var issues = new List<OutreachIssue>();
        var penalty = 0;
        foreach (var rule in Rules)
        {
            if (rule.Inspect(draft) is { } issue)
            {
                issues.Add(issue);
                penalty += rule.Weight;
            }
        }

        return (Math.Clamp(100 - penalty, 0, 100), issues);
    }

    internal static Verdict VerdictOf(int score) => score >= StrongFrom ? Verdict.Strong : score >= FairFrom ? Verdict.Fair : Verdict.Weak;
}
