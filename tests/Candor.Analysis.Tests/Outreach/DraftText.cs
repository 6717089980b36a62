using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Tests;

/// <summary>Rules read parsed drafts; tests write them as plain text.</summary>
internal static class DraftText
{
    public static OutreachIssue? Inspect(this OutreachRule rule, string draft, CoachOptions? options = null) =>
        rule.Inspect(Draft.Parse(draft, options));
}
