using Candor.Analysis.Reports;

namespace Candor.Analysis.Outreach;

/// <summary>Scores an outreach draft against the rubric; every issue quotes the phrase that causes it.</summary>
internal static partial class OutreachCoach
{
    private static readonly OutreachRule[] Rules =
    [
        new UnfilledPlaceholder(), new NoPersonalization(), new GenericOpener(), new PushyAsk(), new SelfFocused(),
        new Buzzwords(), new LinkInFirstMessage(), new Spammy(), new TooLong(),
    ];

    private const int StrongFrom = 75;
    private const int FairFrom = 45;

    public static Report Report(string text)
    {
        var draft = WithoutContextLines(text);
        var found = Rules.Select(r => (Rule: r, Issue: r.Inspect(draft))).Where(x => x.Issue is not null).ToArray();
        var score = Math.Clamp(100 - found.Sum(x => x.Rule.Weight), 0, 100);
        var verdict = score >= StrongFrom ? Verdict.Strong : score >= FairFrom ? Verdict.Fair : Verdict.Weak;
        return new Report(ReportKind.Outreach, verdict, score, [], [], found.Select(x => x.Issue!).ToArray(), null, null, []);
    }

    /// <summary>"To:" and "About:" lines describe the recipient; they are not part of the message.</summary>
    private static string WithoutContextLines(string text) =>
        string.Join('\n', text.Split('\n').SkipWhile(l => l.Trim().Length == 0 || ContextLine().IsMatch(l))).Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(to|about)\s*:", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ContextLine();
}
