namespace Candor.Analysis.Links;

/// <summary>One thing wrong with a link, in words the reader understands.</summary>
internal readonly record struct RiskFinding(LinkRisk Risk, string Reason);
