namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Every comment heuristic, in the order they run.</summary>
internal static class CommentHeuristics
{
    /// <summary>
    /// Genuine-engagement heuristics run first because no_specifics and polished_generic fire only
    /// when none of them did.
    /// </summary>
    public static IReadOnlyList<CommentHeuristic> All { get; } =
    [
        new SpecificDetail(), new ReferencesPost(), new AsksQuestion(), new PersonalExperience(), new Disagreement(), new OnTopic(),
        new GenericPraise(), new SmartReply(), new EmojiOnly(), new TemplateShape(), new OffTopic(), new NoSpecifics(), new PolishedGeneric(),
        new TemplateToken(),
        new OffPlatformLure(), new Scam(), new SelfPromotion(), new EngagementBait(), new RiskyLink(), new LinkDrop(), new CallToAction(),
    ];

    /// <param name="findings">What is already known about the comment from its thread (an answer to someone,
    /// a near-duplicate); heuristics that look for the absence of engagement see it.</param>
    public static List<Finding> Inspect(CommentContext comment, List<Finding>? findings = null)
    {
        findings ??= new List<Finding>(4);
        foreach (var heuristic in All)
        {
            if (heuristic.Inspect(comment, findings) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }
}
