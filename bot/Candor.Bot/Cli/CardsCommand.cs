using Candor.Cards.Gallery;

namespace Candor.Bot.Cli;

/// <summary>
/// <c>candor cards --out DIR</c>: writes every card kind, for short, long and hostile sample input, as
/// <c>NAME.adaptive.json</c> (the Adaptive Card), <c>NAME.slack.json</c> (Block Kit blocks and text) and <c>NAME.txt</c>
/// (plain text), for review and tests.
/// </summary>
internal sealed class CardsCommand(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync($"Usage: {CommandLine.CardsUsage}");
            return 0;
        }

        if (CommandArguments.Parse(args, [], ["--out"], out var problem) is not { } arguments || arguments.Value("--out") is not { Length: > 0 } folder
            || arguments.Input is not null)
        {
            await error.WriteLineAsync($"candor cards: {(problem.Length > 0 ? problem : "say where to write the cards with --out DIR")}. Usage: {CommandLine.CardsUsage}");
            return CommandLine.UsageExit;
        }

        try
        {
            var names = CardGallery.Write(folder);
            await output.WriteLineAsync($"Wrote {names.Count} cards ({names.Count * 3} files) to {Path.GetFullPath(folder)}: {string.Join(", ", names)}");
            return 0;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"candor cards: cannot write to {folder}: {failure.Message}");
            return 1;
        }
    }
}
