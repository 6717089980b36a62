using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Cards.Json;
using Candor.Cards.Text;

namespace Candor.Bot.Cli;

/// <summary>
/// <c>candor coach [--json] [--to …] [--about …] [--format note|inmail|message|reply] [INPUT|-]</c>: scores an
/// outreach draft and prints a better message built from the user's own facts.
/// </summary>
internal sealed class CoachCommand(TextWriter output, TextWriter error, bool color)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, Stream standardInput, CancellationToken cancel)
    {
        if (!CoachArguments.TryParse(args, out var parsed, out var problem))
        {
            return await FailAsync($"{problem}. Usage: {CommandLine.CoachUsage}");
        }

        var input = await CliInput.FromAsync(parsed.Input, standardInput, cancel);
        if (input.Error is not null)
        {
            return await FailAsync(input.Error);
        }

        var result = CandorEngine.Coach(input.Text!, parsed.Options);
        if (result.Problem is { } unusable)
        {
            return await FailAsync($"{unusable.Message} {unusable.Suggestion}");
        }

        await output.WriteLineAsync(parsed.Json ? ReportJson.Write(result.Report!) : new TextRenderer(color).Render(result.Report!));
        return 0;
    }

    private async Task<int> FailAsync(string message)
    {
        await error.WriteLineAsync($"candor coach: {message}");
        return CommandLine.UsageExit;
    }
}

internal sealed record CoachArguments(bool Json, CoachOptions Options, string? Input)
{
    public static bool TryParse(IReadOnlyList<string> args, out CoachArguments parsed, out string problem)
    {
        parsed = new CoachArguments(false, CoachOptions.None, null);
        problem = "";
        var json = false;
        var options = CoachOptions.None;
        var inputs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--json":
                    json = true;
                    continue;
                case "--to" or "--about" or "--format" when value is null:
                    problem = $"{args[i]} needs a value";
                    return false;
                case "--to":
                    options = options with { To = Recipient.Parse(value) };
                    break;
                case "--about":
                    options = options with { About = value };
                    break;
                case "--format" when DraftFormats.Parse(value) is { } format:
                    options = options with { Format = format };
                    break;
                case "--format":
                    problem = $"--format is note, inmail, message or reply, not '{value}'";
                    return false;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option {flag}";
                    return false;
                default:
                    inputs.Add(args[i]);
                    continue;
            }

            i++; // the option's value
        }

        if (inputs.Count > 1)
        {
            problem = "give one input (a file, the draft in quotes, or - for standard input)";
            return false;
        }

        parsed = new CoachArguments(json, options, inputs.Count == 1 ? inputs[0] : null);
        return true;
    }
}
