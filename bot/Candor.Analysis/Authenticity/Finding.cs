using Candor.Analysis.Reports;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity;

/// <summary>Which verdict a finding argues for.</summary>
internal enum Leaning { Genuine, LowEffort, Automated, Spam }

/// <summary>
/// A heuristic that fired on a comment or a thread. <see cref="Strong"/> findings are enough on their own
/// for a verdict (design.md principle 2); weak ones need a second, independent finding.
/// </summary>
internal sealed record Finding(string Id, Leaning Leaning, bool Strong, int Weight, string Evidence, string Explanation)
{
    public Signal ToSignal() => new(Id, Evidence, Explanation);
}

/// <summary>Identity and rationale of a heuristic, shared by comment and thread heuristics.</summary>
internal abstract class Heuristic(string id, Leaning leaning, int weight, string rationale)
{
    public string Id => id;

    public Leaning Leaning => leaning;

    /// <summary>How many score points a finding moves (down for doubts, up for genuine engagement).</summary>
    public int Weight => weight;

    /// <summary>One line on why this is evidence at all, for the README and reviewers.</summary>
    public string Rationale => rationale;

    /// <param name="weightOverride">For a weaker form of the same evidence (a suspicious rather than a dangerous link).</param>
    protected Finding Found(string evidence, string explanation, bool strong = false, int? weightOverride = null) =>
        new(id, leaning, strong, weightOverride ?? weight, evidence, explanation);

    protected Finding Found(string text, TextSpan span, string explanation, bool strong = false) =>
        Found(span.Of(text), explanation, strong);
}
