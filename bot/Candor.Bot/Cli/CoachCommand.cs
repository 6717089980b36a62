using Candor.Analysis;
using Candor.Analysis.Outreach;

namespace Candor.Bot.Cli;

/// <summary>
/// <c>candor coach [--json] [--to …] [--about …] [--format note|inmail|message|reply] [INPUT|-]</c>: scores an
/// outreach draft and prints a better message built from the user's own facts.
/// </summary>
internal sealed class CoachCommand(TextWriter output, TextWriter error, Coaching coaching, bool color)
    : EngineCommand("coach", CommandLine.CoachUsage, output, error, color)
{
    protected override string[] ValueOptions => ["--to", "--about", "--format"];

    protected override async Task<(CheckResult? Result, string? Problem)> AnalyseAsync(CommandArguments arguments, string input, CancellationToken cancel)
    {
        DraftFormat? format = null;
        if (arguments.Value("--format") is { } name && (format = DraftFormats.Parse(name)) is null)
        {
            return (null, $"--format is note, inmail, message or reply, not '{name}'. Usage: {CommandLine.CoachUsage}");
        }

        var options = new CoachOptions(Recipient.Parse(arguments.Value("--to")), arguments.Value("--about"), format, coaching.Limits);
        return (await coaching.Rewriter.ImproveAsync(CandorEngine.Coach(input, options), input, options, cancel), null);
    }
}
