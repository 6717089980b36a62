using Candor.Analysis;
using Candor.Analysis.Outreach;

namespace Candor.Bot.Cli;

/// <summary><c>candor check [--json] [--post FILE] [INPUT|-]</c>: judges a paste and prints the report; a draft is coached.</summary>
internal sealed class CheckCommand(TextWriter output, TextWriter error, TimeProvider clock, Coaching coaching, bool color)
    : EngineCommand("check", CommandLine.CheckUsage, output, error, color)
{
    protected override string[] ValueOptions => ["--post"];

    protected override async Task<(CheckResult? Result, string? Problem)> AnalyseAsync(CommandArguments arguments, string input, CancellationToken cancel)
    {
        var post = arguments.Value("--post") is { } postFile ? await CliInput.FileAsync(postFile, "--post", cancel) : null;
        if (post?.Error is { } unreadable)
        {
            return (null, unreadable);
        }

        var result = CandorEngine.Check(input, new CheckOptions(clock.GetUtcNow(), post?.Text, coaching.Limits));
        return (await coaching.Rewriter.ImproveAsync(result, input, new CoachOptions(Limits: coaching.Limits), cancel), null);
    }
}
