namespace Candor.Bot.Cli;

/// <summary>
/// A command's arguments: switches (<c>--json</c>), options with a value (<c>--to "Aisha"</c>) and at most one
/// input. <c>--</c> ends the options, so text starting with a dash can still be given; <c>-</c> is standard input.
/// </summary>
internal sealed record CommandArguments(IReadOnlySet<string> Switches, IReadOnlyDictionary<string, string> Values, string? Input)
{
    public bool Has(string @switch) => Switches.Contains(@switch);

    public string? Value(string option) => Values.GetValueOrDefault(option);

    /// <returns>The arguments, or null with <paramref name="problem"/> saying what is wrong in one phrase.</returns>
    public static CommandArguments? Parse(IReadOnlyList<string> args, string[] switches, string[] valueOptions, out string problem)
    {
        problem = "";
        var on = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var inputs = new List<string>();
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                inputs.Add(arg);
            }
            else if (arg == "--")
            {
                optionsEnded = true;
            }
            else if (switches.Contains(arg))
            {
                on.Add(arg);
            }
            else if (!valueOptions.Contains(arg))
            {
                problem = $"unknown option {arg}";
                return null;
            }
            else if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                // "--to --json" is a forgotten value, not a recipient called "--json".
                problem = $"{arg} needs a value";
                return null;
            }
            else
            {
                values[arg] = args[++i];
            }
        }

        if (inputs.Count > 1)
        {
            problem = "give one input (a file, the text in quotes, or - for standard input)";
            return null;
        }

        return new CommandArguments(on, values, inputs.SingleOrDefault());
    }
}
