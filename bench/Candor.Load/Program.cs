using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Candor.Load;

// Teams or Slack load on loopback: the bot runs as its own process in local mode; a fake of the channel's service
// (the Bot Connector, Slack's Web API) takes its replies. `concurrency` people each post a message and wait for
// its reply before posting the next, as people in a chat do. Each message's acknowledgement time (the POST) and
// end-to-end time (until its reply reaches the fake) are recorded, with errors, the bot's CPU time per message and
// its peak memory.
//
//   dotnet run -c Release --project bench/Candor.Load -- teams BOT_DLL [requests] [concurrency] [warm-up-seconds]
//   dotnet run -c Release --project bench/Candor.Load -- slack BOT_DLL [requests] [concurrency] [warm-up-seconds] [slack-delay-ms]
const string Usage = "Usage: Candor.Load teams|slack BOT_DLL [requests] [concurrency] [warm-up-seconds] [slack-delay-ms]";
var mode = args.Length > 1 ? args[0] : throw new ArgumentException(Usage);
var botDll = args[1];
var requests = Number(2, 2000);
var concurrency = Number(3, 200);
var warmUp = TimeSpan.FromSeconds(Number(4, 20));
var patience = TimeSpan.FromSeconds(30);

await using LoadChannel channel = mode switch
{
    "teams" => await TeamsLoad.StartAsync(),
    "slack" => await SlackLoad.StartAsync(delayMs: Number(5, 0)),
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

// Warm-up, not measured: a fresh process spends its first seconds under load compiling (tiered JIT recompiles the
// hot code), which times the runtime, not the bot. It runs for a fixed time at the same concurrency.
var warm = await RunAsync("w", int.MaxValue, Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency));
if (warm.Sent > 0 && warm.Answered == 0)
{
    throw new InvalidOperationException($"The bot answered none of {warm.Sent} warm-up messages ({warm.Errors} refused).");
}

channel.StartMeasuring();
var cpuBefore = bot.CpuTime();
var started = Stopwatch.GetTimestamp();
var run = await RunAsync("a", requests, long.MaxValue);
var cpu = bot.CpuTime() - cpuBefore;

// Until the last reply: a wait that gave up does not count as time spent answering.
var elapsed = Stopwatch.GetElapsedTime(started, run.LastReply == 0 ? Stopwatch.GetTimestamp() : run.LastReply);
var acks = run.Acks.Order().ToArray();
var endToEnd = run.EndToEnd.Order().ToArray();
Console.WriteLine($"requests {requests}, concurrency {concurrency}{channel.Setup}, after {warm.Sent} warm-up messages in {warmUp.TotalSeconds:0} s");
Console.WriteLine($"errors {run.Errors}, unanswered {requests - run.Errors - run.Answered}");
Console.WriteLine($"throughput {run.Answered / elapsed.TotalSeconds:0} answered messages/s ({elapsed.TotalSeconds:0.00} s)");
Console.WriteLine($"ack ms: p50 {Percentile(acks, 0.50):0.0}, p99 {Percentile(acks, 0.99):0.0}, max {acks[^1]:0.0}");
Console.WriteLine($"end-to-end ms: p50 {Percentile(endToEnd, 0.50):0.0}, p99 {Percentile(endToEnd, 0.99):0.0}, max {(endToEnd.Length > 0 ? endToEnd[^1] : double.NaN):0.0}");
Console.WriteLine($"bot CPU {cpu.TotalMilliseconds / Math.Max(1, run.Answered):0.00} ms per answered message");
Console.WriteLine($"bot peak RSS {bot.PeakRssMegabytes():0} MB");
return run.Errors == 0 && run.Answered == requests ? 0 : 1;

// `concurrency` people post messages numbered from 0 until `count` are sent or the clock passes `until`, each
// waiting for the reply to one before posting the next. A failure is a non-200 acknowledgement or no
// acknowledgement at all; a message acknowledged but not answered within the patience is unanswered.
async Task<Run> RunAsync(string prefix, int count, long until)
{
    var result = new Run();
    var next = -1;
    await Parallel.ForAsync(0, concurrency, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, cancel) =>
    {
        for (var i = Interlocked.Increment(ref next); i < count && Stopwatch.GetTimestamp() < until; i = Interlocked.Increment(ref next))
        {
            await OneAsync(prefix, i, result, cancel);
        }
    });
    return result;
}

async Task OneAsync(string prefix, int i, Run result, CancellationToken cancel)
{
    using var request = channel.Request(bot.Url, prefix, i, pastes[i % pastes.Length]);
    var start = Stopwatch.GetTimestamp();
    Interlocked.Increment(ref result.Sent);
    try
    {
        using var response = await http.SendAsync(request, cancel);
        result.Acks.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Interlocked.Increment(ref result.Errors);
            return;
        }
    }
    catch (HttpRequestException)
    {
        Interlocked.Increment(ref result.Errors);
        return;
    }

    if (await channel.ReplyAsync(channel.ReplyKey(prefix, i), patience) is { } replied)
    {
        result.EndToEnd.Add(Stopwatch.GetElapsedTime(start, replied).TotalMilliseconds);
        Interlocked.Increment(ref result.Answered);
        InterlockedMax(ref result.LastReply, replied);
    }
}

static void InterlockedMax(ref long target, long value)
{
    for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
    {
        if (Interlocked.CompareExchange(ref target, value, seen) == seen)
        {
            return;
        }
    }
}

int Number(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

/// <summary>What one batch of messages met, counted as it goes: acknowledgement and end-to-end times (ms) and the counts.</summary>
internal sealed class Run
{
    public ConcurrentBag<double> Acks { get; } = [];
    public ConcurrentBag<double> EndToEnd { get; } = [];

    public int Sent;
    public int Errors;
    public int Answered;
    public long LastReply;
}
