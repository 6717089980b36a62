using Candor.Analysis.Outreach;
using Candor.Bot.Rewriting;

namespace Candor.Bot.Cli;

/// <summary>What the commands need from the settings to coach a draft: the optional model rewriter and the limits.</summary>
internal sealed record Coaching(ModelRewriter Rewriter, OutreachLimits Limits);
