using Candor.Bot.Cli;
using Candor.Bot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, CancellationToken.None);
}

await using var app = CandorHost.Build(args is ["serve", .. var hostArgs] ? hostArgs : args);
await app.RunAsync();
return 0;
