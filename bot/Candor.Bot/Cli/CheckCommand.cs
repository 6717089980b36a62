using Candor.Analysis;

namespace Candor.Bot.Cli;

/// <summary><c>candor check [--json] [--post FILE] [INPUT|-]</c>: judges a paste and prints the report.</summary>
internal sealed class CheckCommand(TextWriter output, TextWriter error, TimeProvider clock, bool color)
    : EngineCommand("check", CommandLine.CheckUsage, output, error, color)
{
    protected override string[] ValueOptions => ["--post"];

    protected override async Task<(CheckResult? Result, string? Problem)> AnalyseAsync(CommandArguments arguments, string input, CancellationToken cancel)
    {
        var post = arguments.Value("--post") is { } postFile ? await CliInput.FileAsync(postFile, "--post", cancel) : null;
        return post?.Error is { } unreadable
            ? (null, unreadable)
            : (CandorEngine.Check(input, new CheckOptions(clock.GetUtcNow(), post?.Text)), null);
    }
}
