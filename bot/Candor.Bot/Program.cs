using Microsoft.Extensions.Options;
using Candor.Bot.Cli;
using Candor.Bot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, CancellationToken.None);
}

try
{
    await using var app = CandorHost.Build(args is ["serve", .. var hostArgs] ? hostArgs : args);
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // Bad settings are the operator's to fix: say which, without a stack trace.
    await Console.Error.WriteLineAsync($"candor: the bot cannot start: {string.Join(" ", invalid.Failures)}");
    return 1;
}
