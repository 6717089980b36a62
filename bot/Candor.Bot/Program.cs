using Microsoft.Extensions.Options;
using Candor.Bot.Cli;
using Candor.Bot.Hosting;
using Candor.Bot.Rewriting;
using Candor.Bot.Storage;

try
{
    if (CommandLine.IsCommand(args))
    {
        using var logging = CommandLine.Logging();
        var settings = CommandLine.Settings();
        var coaching = new Coaching(RewritingExtensions.ForCommandLine(settings, logging), OutreachSettings.Read(settings));
        return await CommandLine.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, coaching, CancellationToken.None);
    }

    await using var app = CandorHost.Build(args is ["serve", .. var hostArgs] ? hostArgs : args);

    // Before the host starts, so an unusable database is the one line below rather than a failed start's stack trace.
    await app.Services.GetRequiredService<Migrator>().EnsureMigratedAsync(CancellationToken.None);
    await app.RunAsync();
    return 0;
}
catch (StorageException unusable)
{
    // An unreachable or too new database is the operator's to fix too; the message says which database and why.
    await Console.Error.WriteLineAsync($"candor: the bot cannot start: {unusable.Message}");
    return 1;
}
catch (OptionsValidationException invalid)
{
    // Bad settings are the operator's to fix: say which, without a stack trace.
    await Console.Error.WriteLineAsync($"candor: {(CommandLine.IsCommand(args) ? "the command" : "the bot")} cannot start: {string.Join(" ", invalid.Failures)}");
    return 1;
}
