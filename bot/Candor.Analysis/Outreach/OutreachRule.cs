using System.Text.RegularExpressions;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Outreach;

/// <summary>One check of an outreach draft: a stable issue id (design.md), a weight, and the phrase that causes it.</summary>
internal abstract class OutreachRule(string id, int weight, string rationale)
{
    public string Id => id;

    /// <summary>Points taken off the draft's quality score (out of 100) when the issue is found.</summary>
    public int Weight => weight;

    public string Rationale => rationale;

    public abstract OutreachIssue? Inspect(Draft draft);

    protected OutreachIssue Issue(string evidence, string advice) => new(id, evidence.Trim(), advice);

    protected OutreachIssue? FirstMatch(Regex pattern, Draft draft, Func<Match, string> advise)
    {
        var match = pattern.Match(draft.Body);
        return match.Success ? Issue(match.Value, advise(match)) : null;
    }

    /// <summary>The draft's first line, quoted when an issue is about the whole message rather than one phrase.</summary>
    protected static string FirstLine(Draft draft) => draft.Sentences.Count == 0 ? draft.Body : draft.SentenceText(draft.Sentences[0]);
}
