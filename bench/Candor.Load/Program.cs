using System.Diagnostics;
using System.Globalization;
using System.Net;
using Candor.Load;

// Teams or Slack load on loopback: the bot runs as its own process in local mode; a fake of the channel's service
// (the Bot Connector, Slack's Web API) takes its replies. Requests are posted at a fixed concurrency; each one's
// acknowledgement time (the POST) and end-to-end time (until its reply reaches the fake) are recorded, with errors
// and the bot's peak memory.
//
//   dotnet run -c Release --project bench/Candor.Load -- teams BOT_DLL [requests] [concurrency]
//   dotnet run -c Release --project bench/Candor.Load -- slack BOT_DLL [requests] [concurrency] [slack-delay-ms]
const string Usage = "Usage: Candor.Load teams|slack BOT_DLL [requests] [concurrency] [slack-delay-ms]";
var mode = args.Length > 1 ? args[0] : throw new ArgumentException(Usage);
var botDll = args[1];
var requests = Number(2, 2000);
var concurrency = Number(3, 200);

await using LoadChannel channel = mode switch
{
    "teams" => await TeamsLoad.StartAsync(),
    "slack" => await SlackLoad.StartAsync(delayMs: Number(4, 0)),
    _ => throw new ArgumentException(Usage),
};
using var bot = BotProcess.Start(botDll, port: 3990, channel.BotArguments);
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
var warmUpErrors = await RunAsync("w", warmUp, new double[warmUp], new long[warmUp]);
if (!await AnsweredAsync(warmUp - warmUpErrors))
{
    throw new InvalidOperationException($"The bot answered {channel.Replies.Count} of {warmUp} warm-up requests ({warmUpErrors} refused), then nothing for 30 s.");
}

channel.Replies.Clear();
channel.StartMeasuring();
var acks = new double[requests];
var sent = new long[requests];
var started = Stopwatch.GetTimestamp();
var errors = await RunAsync("a", requests, acks, sent);
await AnsweredAsync(requests - errors);

// Until the last reply, not the end of the wait: a wait that gave up does not count as time spent answering.
var replies = channel.Replies;
var elapsed = Stopwatch.GetElapsedTime(started, replies.IsEmpty ? Stopwatch.GetTimestamp() : replies.Values.Max());
var endToEnd = Enumerable.Range(0, requests).Where(i => replies.ContainsKey(channel.ReplyKey("a", i)))
    .Select(i => Stopwatch.GetElapsedTime(sent[i], replies[channel.ReplyKey("a", i)]).TotalMilliseconds).Order().ToArray();
var ordered = acks.Order().ToArray();
Console.WriteLine($"requests {requests}, concurrency {concurrency}{channel.Setup}, errors {errors}, unanswered {requests - errors - replies.Count}");
Console.WriteLine($"throughput {replies.Count / elapsed.TotalSeconds:0} answered messages/s ({elapsed.TotalSeconds:0.00} s)");
Console.WriteLine($"ack ms: p50 {Percentile(ordered, 0.50):0.0}, p99 {Percentile(ordered, 0.99):0.0}, max {ordered[^1]:0.0}");
Console.WriteLine($"end-to-end ms: p50 {Percentile(endToEnd, 0.50):0.0}, p99 {Percentile(endToEnd, 0.99):0.0}");
Console.WriteLine($"bot peak RSS {bot.PeakRssMegabytes():0} MB");
return errors == 0 && replies.Count == requests ? 0 : 1;

// Posts count requests at the concurrency; a failure is a non-200 acknowledgement or a request that got none.
async Task<int> RunAsync(string prefix, int count, double[] ackTimes, long[] sentAt)
{
    var failed = 0;
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, cancel) =>
    {
        using var request = channel.Request(bot.Url, prefix, i, pastes[i % pastes.Length]);
        var start = Stopwatch.GetTimestamp();
        sentAt[i] = start;
        try
        {
            using var response = await http.SendAsync(request, cancel);
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

// Waits for that many replies, giving up once none has come for 30 s (a slow service slows the answers, but they keep coming).
async Task<bool> AnsweredAsync(int count)
{
    var (seen, quietSince) = (-1, Stopwatch.GetTimestamp());
    while (channel.Replies.Count < count && Stopwatch.GetElapsedTime(quietSince) < TimeSpan.FromSeconds(30))
    {
        if (channel.Replies.Count != seen)
        {
            (seen, quietSince) = (channel.Replies.Count, Stopwatch.GetTimestamp());
        }

        await Task.Delay(20);
    }

    return channel.Replies.Count >= count;
}

int Number(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
