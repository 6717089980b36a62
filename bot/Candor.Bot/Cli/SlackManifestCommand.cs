namespace Candor.Bot.Cli;

/// <summary>
/// <c>candor slack-manifest --domain HOST [--out FILE]</c>: writes the Slack app manifest from
/// <c>manifest/slack/manifest.yaml</c> (copied beside the program) with every URL pointing at the bot's host,
/// ready to paste into "Create an app → From a manifest".
/// </summary>
internal sealed class SlackManifestCommand(TextWriter output, TextWriter error)
{
    /// <summary>manifest/slack/manifest.yaml beside the program (the project copies the repository's file there).</summary>
    private static string ManifestFile => Path.Combine(AppContext.BaseDirectory, "manifest", "slack", "manifest.yaml");

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync($"Usage: {CommandLine.SlackManifestUsage}");
            return 0;
        }

        if (CommandArguments.Parse(args, [], ["--domain", "--out"], out var problem) is not { } arguments
            || arguments.Value("--domain") is not { } domain || arguments.Input is not null || arguments.Value("--out") is "")
        {
            await error.WriteLineAsync($"candor slack-manifest: {(problem.Length > 0 ? problem : "say where the bot is reached with --domain HOST")}. Usage: {CommandLine.SlackManifestUsage}");
            return CommandLine.UsageExit;
        }

        if (!BotDomain.IsHost(domain))
        {
            await error.WriteLineAsync(BotDomain.Problem("slack-manifest", domain));
            return CommandLine.UsageExit;
        }

        var file = arguments.Value("--out");
        try
        {
            var manifest = Manifest(await File.ReadAllTextAsync(ManifestFile), domain);
            if (file is null)
            {
                await output.WriteAsync(manifest);
                return 0;
            }

            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            await File.WriteAllTextAsync(file, manifest);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"candor slack-manifest: cannot write {file ?? "the manifest"} from {ManifestFile}: {failure.Message}");
            return 1;
        }

        await output.WriteLineAsync(Path.GetFullPath(file));
        return 0;
    }

    /// <summary>
    /// The manifest with the placeholder host replaced in every URL. Done on the text, so the bot needs no YAML
    /// library and the file keeps its comments and layout.
    /// </summary>
    private static string Manifest(string yaml, string domain) =>
        yaml.Replace($"https://{BotDomain.Placeholder}/", $"https://{domain}/", StringComparison.Ordinal);
}
