using Candor.Bot.Cli;
using Candor.Bot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args is ["serve", .. var hostArgs] ? hostArgs : args);
builder.AddBotFrameworkSettings();
builder.AddLocalMode();

var app = builder.Build();
app.MapHealth();
app.LogChannelStatus();
await app.RunAsync();
return 0;
