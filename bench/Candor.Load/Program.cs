using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Candor.Load;

// Teams load on loopback: the bot runs as its own process in local mode; a fake Bot Connector takes its
// replies. Activities are posted at a fixed concurrency; each one's acknowledgement time (the POST) and
// end-to-end time (until its reply reaches the Connector) are recorded, with errors and the bot's peak memory.
//
//   dotnet run -c Release --project bench/Candor.Load -- BOT_DLL [requests] [concurrency]
var botDll = args.Length > 0 ? args[0] : throw new ArgumentException("Usage: Candor.Load BOT_DLL [requests] [concurrency]");
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;

var replies = new ConcurrentDictionary<string, long>();
await using var connector = await Connector.StartAsync(replies);
using var bot = BotProcess.Start(botDll, port: 3990);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
await bot.WaitUntilHealthyAsync(http);

var pastes = new[]
{
    "Great post! Thanks for sharing 🙌",
    "We tried weekly pricing reviews in 2024 and churn fell from 6% to 4%. Did annual plans help you?",
    "Hi Aisha, I came across your profile and would love to connect. Do you have 15 minutes this week for a quick demo?",
    "DM me on WhatsApp +44 7700 900123 to earn $500 a day from home",
};
// Warm-up, not measured: the first requests of a fresh process time the JIT, not the bot.
var warmUp = Math.Min(1000, requests);
await RunAsync("w", warmUp, new double[warmUp], new long[warmUp]);
while (replies.Count < warmUp)
{
    await Task.Delay(20);
}

replies.Clear();
var acks = new double[requests];
var sent = new long[requests];
var clock = Stopwatch.StartNew();
var errors = await RunAsync("a", requests, acks, sent);

async Task<int> RunAsync(string prefix, int count, double[] ackTimes, long[] sentAt)
{
    var failed = 0;
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, cancel) =>
    {
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = $"{prefix}{i}", ["channelId"] = "msteams", ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user" }, ["recipient"] = new JsonObject { ["id"] = "28:candor" },
            ["conversation"] = new JsonObject { ["id"] = $"19:load{i % 50}@thread.tacv2" }, ["text"] = pastes[i % pastes.Length],
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        var start = Stopwatch.GetTimestamp();
        sentAt[i] = start;
        try
        {
            using var response = await http.PostAsync($"{bot.Url}/api/messages", content, cancel);
            ackTimes[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref failed);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref failed);
        }
    });
    return failed;
}

var deadline = DateTime.UtcNow.AddSeconds(60);
while (replies.Count < requests - errors && DateTime.UtcNow < deadline)
{
    await Task.Delay(20);
}

var elapsed = clock.Elapsed;
var endToEnd = Enumerable.Range(0, requests).Where(i => replies.ContainsKey($"a{i}"))
    .Select(i => Stopwatch.GetElapsedTime(sent[i], replies[$"a{i}"]).TotalMilliseconds).Order().ToArray();
var ordered = acks.Order().ToArray();
Console.WriteLine($"requests {requests}, concurrency {concurrency}, errors {errors}, unanswered {requests - errors - replies.Count}");
Console.WriteLine($"throughput {replies.Count / elapsed.TotalSeconds:0} answered messages/s ({elapsed.TotalSeconds:0.00} s)");
Console.WriteLine($"ack ms: p50 {Percentile(ordered, 0.50):0.0}, p99 {Percentile(ordered, 0.99):0.0}, max {ordered[^1]:0.0}");
Console.WriteLine($"end-to-end ms: p50 {Percentile(endToEnd, 0.50):0.0}, p99 {Percentile(endToEnd, 0.99):0.0}");
Console.WriteLine($"bot peak RSS {bot.PeakRssMegabytes():0} MB");
return errors == 0 && replies.Count == requests ? 0 : 1;

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
