namespace Candor.Bot.Cli;

/// <summary>The <c>candor</c> command: <c>check</c> runs the engine once; no command (or <c>serve</c>) runs the bot.</summary>
internal static class CommandLine
{
    public const int UsageExit = 2;
    public const string CheckUsage = "candor check [--json] [--post FILE] [INPUT|-]";
    public const string CoachUsage = "candor coach [--json] [--to \"Name, role at Company\"] [--about \"one real detail\"] [--format note|inmail|message|reply] [INPUT|-]";

    public const string CardsUsage = "candor cards --out DIR";

    public const string TeamsPackageUsage = "candor teams-package --out FILE.zip [--domain HOST]";

    public const string SlackManifestUsage = "candor slack-manifest --domain HOST [--out FILE]";

    private const string Usage = """
        Candor: is this LinkedIn engagement real?

          candor check [--json] [--post FILE] [INPUT|-]   judge a comment, thread, link or draft
                                                          INPUT is a file, the text itself, or - (standard input, the default)
          candor coach [--json] [--to "Name, role at Company"] [--about "one real detail"]
                       [--format note|inmail|message|reply] [INPUT|-]
                                                          score an outreach draft and write a better one
          candor cards --out DIR                          write every card kind, for sample input, as Adaptive Card
                                                          and Slack Block Kit JSON and plain text
                                                          (NAME.adaptive.json, NAME.slack.json, NAME.txt)
          candor teams-package --out FILE.zip [--domain HOST]
                                                          build the Teams app package (manifest.json and icons) with
                                                          MicrosoftAppId from the settings; HOST replaces the valid domain
          candor slack-manifest --domain HOST [--out FILE]
                                                          write the Slack app manifest (YAML) with every URL on HOST,
                                                          to FILE or standard output
          candor serve                                    run the bot (the default with no command)
          candor help                                     this text
        """;

    /// <summary>
    /// The settings files and variables the bot reads, for one-shot commands: appsettings.json and
    /// appsettings.{environment}.json beside the program, then environment variables (<c>Outreach__NoteChars</c>).
    /// </summary>
    public static IConfiguration Settings()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary>Log lines for one-shot commands go to standard error, so <c>--json</c> output stays clean.</summary>
    public static ILoggerFactory Logging() => LoggerFactory.Create(logging => logging
        .SetMinimumLevel(LogLevel.Warning)
        .AddFilter("Candor", LogLevel.Information)
        .AddSimpleConsole(console => console.SingleLine = true)
        .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));

    /// <summary>True when the arguments ask for a one-shot command rather than the bot (host options start with "--").</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] != "serve" && !args[0].StartsWith("--", StringComparison.Ordinal)
        || args is ["--help" or "-h", ..];

    /// <param name="coaching">The optional model rewriter (it does nothing unless Rewriter:Provider is set) and the outreach limits.</param>
    public static async Task<int> RunAsync(string[] args, Stream standardInput, TextWriter output, TextWriter error, Coaching coaching, CancellationToken cancel)
    {
        if (args[0] is "help" or "--help" or "-h")
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }

        var color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null
            && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        switch (args[0])
        {
            case "check":
                return await new CheckCommand(output, error, TimeProvider.System, coaching, color).RunAsync(args[1..], standardInput, cancel);
            case "coach":
                return await new CoachCommand(output, error, coaching, color).RunAsync(args[1..], standardInput, cancel);
            case "cards":
                return await new CardsCommand(output, error).RunAsync(args[1..]);
            case "teams-package":
                return await new TeamsPackageCommand(output, error, Settings()).RunAsync(args[1..]);
            case "slack-manifest":
                return await new SlackManifestCommand(output, error).RunAsync(args[1..]);
            default:
                await error.WriteLineAsync($"candor: unknown command '{args[0]}'. Run 'candor help' for the commands.");
                return UsageExit;
        }
    }
}
