using Candor.Analysis;
using Candor.Cards.Json;
using Candor.Cards.Text;

namespace Candor.Bot.Cli;

/// <summary><c>candor check [--json] [--post FILE] [INPUT|-]</c>: judges a paste and prints the report.</summary>
internal sealed class CheckCommand(TextWriter output, TextWriter error, TimeProvider clock, bool color)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, Stream standardInput, CancellationToken cancel)
    {
        if (!CheckArguments.TryParse(args, out var parsed, out var problem))
        {
            await error.WriteLineAsync($"candor check: {problem}. Usage: {CommandLine.CheckUsage}");
            return CommandLine.UsageExit;
        }

        var input = await CliInput.FromAsync(parsed.Input, standardInput, cancel);
        if (input.Error is not null)
        {
            await error.WriteLineAsync($"candor check: {input.Error}");
            return CommandLine.UsageExit;
        }

        string? post = null;
        if (parsed.PostFile is { } postFile)
        {
            var read = await CliInput.FileAsync(postFile, "--post", cancel);
            if (read.Error is not null)
            {
                await error.WriteLineAsync($"candor check: {read.Error}");
                return CommandLine.UsageExit;
            }

            post = read.Text;
        }

        var result = CandorEngine.Check(input.Text!, new CheckOptions(clock.GetUtcNow(), post));
        if (result.Problem is { } unusable)
        {
            await error.WriteLineAsync($"candor check: {unusable.Message} {unusable.Suggestion}");
            return CommandLine.UsageExit;
        }

        await output.WriteLineAsync(parsed.Json ? ReportJson.Write(result.Report!) : new TextRenderer(color).Render(result.Report!));
        return 0;
    }
}

internal sealed record CheckArguments(bool Json, string? PostFile, string? Input)
{
    public static bool TryParse(IReadOnlyList<string> args, out CheckArguments parsed, out string problem)
    {
        parsed = new CheckArguments(false, null, null);
        problem = "";
        var json = false;
        string? post = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--post" when i + 1 < args.Count:
                    post = args[++i];
                    break;
                case "--post":
                    problem = "--post needs a file";
                    return false;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option {flag}";
                    return false;
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (inputs.Count > 1)
        {
            problem = "give one input (a file, the text in quotes, or - for standard input)";
            return false;
        }

        parsed = new CheckArguments(json, post, inputs.Count == 1 ? inputs[0] : null);
        return true;
    }
}
