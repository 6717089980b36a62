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
            return await FailAsync($"{problem}. Usage: {CommandLine.CheckUsage}");
        }

        var input = await CliInput.FromAsync(parsed.Input, standardInput, cancel);
        if (input.Error is not null)
        {
            return await FailAsync(input.Error);
        }

        var post = parsed.PostFile is { } postFile ? await CliInput.FileAsync(postFile, "--post", cancel) : null;
        if (post?.Error is not null)
        {
            return await FailAsync(post.Error);
        }

        var result = CandorEngine.Check(input.Text!, new CheckOptions(clock.GetUtcNow(), post?.Text));
        if (result.Problem is { } unusable)
        {
            return await FailAsync($"{unusable.Message} {unusable.Suggestion}");
        }

        await output.WriteLineAsync(parsed.Json ? ReportJson.Write(result.Report!) : new TextRenderer(color).Render(result.Report!));
        return 0;
    }

    /// <summary>Unusable input: one line on standard error, exit 2 (design.md, the engine's contract).</summary>
    private async Task<int> FailAsync(string message)
    {
        await error.WriteLineAsync($"candor check: {message}");
        return CommandLine.UsageExit;
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
