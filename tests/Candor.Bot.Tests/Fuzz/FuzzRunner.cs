using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Bot.Channels.Slack;
using Candor.Bot.Tests.Channels.Slack;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>What one input got: an HTTP status (0 for the engine), how long the answer took, and what was wrong with it.</summary>
internal sealed record FuzzOutcome(FuzzInput Input, int Status, double Milliseconds, string? Failure);

/// <summary>
/// Sends the generated inputs: engine inputs to <see cref="CandorEngine.Check"/> and <see cref="CandorEngine.Coach"/>
/// in this process, HTTP inputs to the bot's endpoints over loopback, and checks each answer. Every
/// <see cref="PaceEvery"/> inputs it waits for the background answers to drain, so fuzz traffic never fills the
/// bot's queues (5,000 each): a 503 "busy" would then mean answers stalled, and counts as a failure.
/// </summary>
internal sealed class FuzzRunner(FuzzBot bot, FuzzGenerator generator, int concurrency)
{
    public const int PaceEvery = 250;

    private const int WarmUp = 200;

    // A message may quote a field, but never the bot's insides.
    private static readonly string[] Leaks = ["Exception", "   at ", "System.", "Microsoft.", "Candor.Bot"];

    private static readonly HttpClient Http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 16, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    private static readonly SlackSignature WrongSigner = new("not-the-apps-secret", TimeProvider.System);
    private readonly SlackSignature signer = new(SignedSlack.Secret, TimeProvider.System);

    public async Task<FuzzReport> RunAsync(int count, int seed)
    {
        // Not measured: the first request of each kind times the JIT (half a second and more on two cores), not the bot.
        // The inputs after the run's own are used, so every family is warmed with inputs the run does not repeat.
        for (var i = count; i < count + WarmUp; i++)
        {
            await SendAsync(generator.Input(i));
        }

        await bot.SettleAsync(TimeSpan.FromMilliseconds(150));
        var outcomes = new FuzzOutcome[count];
        var started = Stopwatch.GetTimestamp();
        for (var from = 0; from < count; from += PaceEvery)
        {
            var batch = Math.Min(PaceEvery, count - from);
            await Parallel.ForAsync(from, from + batch, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
            {
                var outcome = await SendAsync(generator.Input(i));

                // Kept without its body: a long run would otherwise hold gigabytes of huge pastes until the report.
                outcomes[i] = outcome with { Input = outcome.Input with { Body = [], Engine = null } };
            });
            await bot.SettleAsync(TimeSpan.FromMilliseconds(150));
        }

        await bot.SettleAsync(TimeSpan.FromMilliseconds(500));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await bot.StopAsync();
        return FuzzReport.Of(seed, outcomes, bot, elapsed);
    }

    private async Task<FuzzOutcome> SendAsync(FuzzInput input)
    {
        if (input.Engine is { } engine)
        {
            // On a thread of its own: a huge paste keeps the engine busy for a second or more, and on one of the
            // thread pool's two threads it would leave the bot (in this process) none to acknowledge requests with
            // until the pool grows, which timed the harness rather than the bot. The bot runs analyses on its own
            // threads too.
            return await Task.Factory.StartNew(() => Judge(input, engine), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Url + input.Path) { Content = new ByteArrayContent(input.Body) };
        if (input.ContentType is { } type)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        if (input.Target != FuzzTarget.Teams)
        {
            Sign(request, input);
        }

        // As a client sending a large body should: the bot can refuse it (413) before it is uploaded, instead of
        // closing the connection under a client still writing (which the client sees as no answer).
        request.Headers.ExpectContinue = input.Body.Length > 64 * 1024;

        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return new FuzzOutcome(input, (int)response.StatusCode, ms, Problem(input, (int)response.StatusCode, response.Content.Headers.ContentType, body));
        }
        catch (HttpRequestException failed)
        {
            return new FuzzOutcome(input, -1, Stopwatch.GetElapsedTime(start).TotalMilliseconds, $"no answer: {failed.Message}");
        }
    }

    /// <summary>What is wrong with an answer, or null: a 5xx, a refusal without a clear message, or the bot's insides in the body.</summary>
    private static string? Problem(FuzzInput input, int status, MediaTypeHeaderValue? type, string body)
    {
        if (status >= 500 && !(status == 501 && input.MayBeUnimplemented))
        {
            return $"{status}: {Excerpt(body)}";
        }

        if (status >= 400 && (body.Trim().Length == 0 || !body.Any(char.IsLetter)))
        {
            return $"{status} without a message";
        }

        if (status >= 400 && type?.MediaType is not ("application/json" or "text/plain"))
        {
            return $"{status} as {type?.MediaType ?? "no content type"}";
        }

        return Leaks.FirstOrDefault(leak => body.Contains(leak, StringComparison.Ordinal)) is { } leaked ? $"{status} shows '{leaked}': {Excerpt(body)}" : null;
    }

    private void Sign(HttpRequestMessage request, FuzzInput input)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var timestamp = input.Signing switch
        {
            SlackSigning.Stale => (now - 3600).ToString(System.Globalization.CultureInfo.InvariantCulture),
            SlackSigning.JunkTimestamp => "17633e5",
            _ => now.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var signature = input.Signing switch
        {
            SlackSigning.WrongSecret => WrongSigner.Sign(timestamp, input.Body),
            SlackSigning.Tampered => signer.Sign(timestamp, [.. input.Body, (byte)' ']),
            _ => signer.Sign(timestamp, input.Body),
        };
        if (input.Signing != SlackSigning.Missing)
        {
            request.Headers.TryAddWithoutValidation(SlackSignature.TimestampHeader, timestamp);
            request.Headers.TryAddWithoutValidation(SlackSignature.SignatureHeader, signature);
        }
    }

    /// <summary>The engine must return a report or a problem, never throw; each call is timed.</summary>
    private static FuzzOutcome Judge(FuzzInput input, EngineInput engine)
    {
        var start = Stopwatch.GetTimestamp();
        var slowest = 0.0;
        try
        {
            var check = CandorEngine.Check(engine.Text, new CheckOptions(new DateTimeOffset(2025, 11, 16, 12, 0, 0, TimeSpan.Zero), engine.PostText));
            slowest = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            var coach = CandorEngine.Coach(engine.Text, new CoachOptions(Recipient.Parse(engine.To), engine.About, DraftFormats.Parse(engine.Format)));
            slowest = Math.Max(slowest, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var wrong = Unanswered(check, "check") ?? Unanswered(coach, "coach");
            return new FuzzOutcome(input, 0, slowest, wrong);
        }
#pragma warning disable CA1031 // Any exception at all is the finding.
        catch (Exception thrown)
#pragma warning restore CA1031
        {
            return new FuzzOutcome(input, 0, Math.Max(slowest, Stopwatch.GetElapsedTime(start).TotalMilliseconds), $"threw {thrown.GetType().Name}: {thrown.Message} {thrown.StackTrace?.Split('\n')[0].Trim()}");
        }
    }

    private static string? Unanswered(CheckResult result, string call) =>
        (result.Report is null) == (result.Problem is null) ? $"{call} gave {(result.Report is null ? "neither a report nor a problem" : "both a report and a problem")}"
        : result.Problem is { Message.Length: 0 } ? $"{call} gave a problem without a message"
        : null;

    private static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
