using System.Globalization;
using Candor.Bot.Tests.Fuzz;

// The long fuzz run: the suite's generator and checks (tests/Candor.Bot.Tests/Fuzz) over many more inputs, against
// the bot on loopback in this process, with its fakes of the Bot Connector and Slack.
//
//   dotnet run -c Release --project bench/Candor.Fuzz -- [inputs] [seed] [concurrency]
var inputs = Number(0, 100_000);
var seed = Number(1, 20251116);
var concurrency = Number(2, 2);

await using var bot = await FuzzBot.StartAsync();
var report = await new FuzzRunner(bot, new FuzzGenerator(seed, bot.Endpoints), concurrency).RunAsync(inputs, seed);
Console.WriteLine(report);
return report.Failures.Count == 0 ? 0 : 1;

int Number(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
