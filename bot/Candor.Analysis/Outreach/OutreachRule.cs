using System.Text.RegularExpressions;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Outreach;

/// <summary>One check of an outreach draft: a stable issue id (design.md), a weight, and the phrase that causes it.</summary>
internal abstract class OutreachRule(string id, int weight, string rationale)
{
    public string Id => id;

    public int Weight => weight;

    public string Rationale => rationale;

    public abstract OutreachIssue? Inspect(string draft);

    protected OutreachIssue? FirstMatch(Regex pattern, string draft, Func<Match, string> advise)
    {
        var match = pattern.Match(draft);
        return match.Success ? new OutreachIssue(id, match.Value.Trim(), advise(match)) : null;
    }
}
