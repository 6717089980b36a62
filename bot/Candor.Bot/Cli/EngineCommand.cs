using Candor.Analysis;
using Candor.Cards.Json;
using Candor.Cards.Text;

namespace Candor.Bot.Cli;

/// <summary>
/// What <c>candor check</c> and <c>candor coach</c> share: parse the arguments, read the input, run the
/// engine, print the report as text or JSON, and answer unusable input with one line and exit code 2.
/// </summary>
internal abstract class EngineCommand(string name, string usage, TextWriter output, TextWriter error, bool color)
{
    protected abstract string[] ValueOptions { get; }

    /// <summary>The engine's answer for the input, or a one-line reason the options are unusable.</summary>
    protected abstract Task<(CheckResult? Result, string? Problem)> AnalyseAsync(CommandArguments arguments, string input, CancellationToken cancel);

    public async Task<int> RunAsync(IReadOnlyList<string> args, Stream standardInput, CancellationToken cancel)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync($"Usage: {usage}");
            return 0;
        }

        if (CommandArguments.Parse(args, ["--json"], ValueOptions, out var problem) is not { } arguments)
        {
            return await FailAsync($"{problem}. Usage: {usage}");
        }

        var input = await CliInput.FromAsync(arguments.Input, standardInput, cancel);
        if (input.Error is not null)
        {
            return await FailAsync(input.Error);
        }

        var (result, unusableOption) = await AnalyseAsync(arguments, input.Text!, cancel);
        if (unusableOption is not null || result!.Problem is not null)
        {
            return await FailAsync(unusableOption ?? $"{result!.Problem!.Message} {result.Problem.Suggestion}");
        }

        var report = result.Report!;
        await output.WriteAsync(arguments.Has("--json") ? ReportJson.Write(report) + Environment.NewLine : new TextRenderer(color).Render(report));
        return 0;
    }

    /// <summary>Unusable input: one line on standard error, exit 2 (design.md, the engine's contract).</summary>
    private async Task<int> FailAsync(string message)
    {
        await error.WriteLineAsync($"candor {name}: {message}");
        return CommandLine.UsageExit;
    }
}
