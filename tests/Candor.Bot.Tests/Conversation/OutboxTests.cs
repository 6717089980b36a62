using System.Net;
using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Bot.Tests.Channels.Slack;
using Candor.Bot.Tests.Channels.Teams;
using Candor.Bot.Tests.Digests;
using Candor.Bot.Tests.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Conversation;

/// <summary>
/// The durable outbox: accepted work survives a killed process and is answered once by the next run, an answer that
/// may already have left is never repeated, take-overs are won by one run, and unavailable storage never costs an
/// answer.
/// </summary>
public sealed class OutboxTests(ITestOutputHelper output)
{
    private static readonly HttpClient Http = new();
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>
    /// 70 messages are acknowledged; the Connector holds every reply, so 64 answers (the most under way) are left
    /// sending and 6 wait in the queue when the process is SIGKILLed. The next run answers the 6, and only them.
    /// </summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task KilledMidWork_NextRunAnswersWhatWasQueued_AndNeverRepeatsWhatWasBeingSent(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, output);
        if (database is null)
        {
            return;
        }

        const int Messages = 70;
        await using var connector = await FakeConnector.StartAsync();
        connector.HoldReplies();
        await using (var doomed = await BotProcess.StartAsync("doomed", Settings(database)))
        {
            for (var i = 0; i < Messages; i++)
            {
                var activity = TestActivities.Message(connector.ServiceUrl, $"a:chat-{i % 7}", "personal", $"Great post! Thanks for sharing, number {i}");
                activity["id"] = $"act-{i}";
                using var response = await TestActivities.PostAsync(Http, doomed.Endpoint, activity);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            await UntilAsync(() => Replies(connector).Count >= 64, Patience);
            await Task.Delay(500); // nothing more leaves: the rest wait for a turn
            await doomed.KillAsync();
        }

        var sendingWhenKilled = Replies(connector);
        connector.Release();
        await using var restarted = await BotProcess.StartAsync("restarted", Settings(database));
        await UntilAsync(() => Replies(connector).Count >= Messages, Patience);
        await restarted.WaitForLineAsync(line => line.Contains("not sent again", StringComparison.Ordinal), Patience);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var replies = Replies(connector);
        output.WriteLine($"{sendingWhenKilled.Count} sending when killed; {replies.Count - sendingWhenKilled.Count} answered by the next run");
        Assert.Equal(64, sendingWhenKilled.Count);
        Assert.Equal(Messages, replies.Count);
        Assert.Equal(Messages, replies.Distinct().Count()); // each message answered exactly once
        Assert.True(restarted.Logged($"answering teams work"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TakeOver_IsWonByOneRun_AndTheLoserCanNeitherSendNorFinish(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        var instances = Enumerable.Range(0, 4).Select(_ => new Database(test.Settings)).ToList();
        await new Migrator(instances[0], TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        var commits = instances.Select(database => new GroupCommit(database)).ToList();
        var stores = instances.Select((database, d) => new SqlOutboxStore(database, commits[d], TimeProvider.System)).ToList();
        var now = DateTimeOffset.UtcNow;
        await stores[0].AddAsync("w1", "teams", "{}", "gone", now.AddSeconds(-1), CancellationToken.None);

        var takers = await Task.WhenAll(stores.SelectMany((store, s) => Enumerable.Range(0, 5).Select(i =>
            Task.Run(() => store.TakeOverAsync($"run-{s}-{i}", now, now.AddMinutes(2), 10, CancellationToken.None)))));
        var won = takers.Where(taken => taken.Count == 1).Select(taken => taken[0]).ToList();

        Assert.Single(won);
        Assert.Equal(2, won[0].Token);
        Assert.False(await stores[1].MarkSendingAsync("w1", 1, CancellationToken.None)); // the run that was thought gone
        await stores[1].FinishAsync("w1", 1, CancellationToken.None);
        Assert.True(await stores[2].MarkSendingAsync("w1", 2, CancellationToken.None));
        var again = await stores[3].TakeOverAsync("later", DateTimeOffset.MaxValue, now.AddMinutes(2), 10, CancellationToken.None);
        Assert.True(Assert.Single(again).Sending);
        await stores[3].FinishAsync("w1", 3, CancellationToken.None);
        Assert.Empty(await stores[3].TakeOverAsync("last", DateTimeOffset.MaxValue, now.AddMinutes(2), 10, CancellationToken.None));
        foreach (var commit in commits)
        {
            await commit.DisposeAsync();
        }

        foreach (var database in instances)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>
    /// What a crashed run left: a Slack mention arrived twice (the app_mention and message pair Slack sends), and the
    /// first delivery had claimed the message before the crash; a command; and a message whose answer was being sent.
    /// The next run answers the mention once, the command once, and the one being sent not at all.
    /// </summary>
    [Fact]
    public async Task SlackWorkLeftByACrash_IsAnsweredOnce_EvenWhenTheMessageCameTwice()
    {
        await using var slack = await SlackTestBot.StartAsync();
        var store = slack.Bot.Services.GetRequiredService<IOutboxStore>();
        var dedupe = slack.Bot.Services.GetRequiredService<IDedupeStore>();
        // Held for a while yet: only the restarted run's start-up, which takes everything a SQLite database holds, takes them.
        var held = DateTimeOffset.UtcNow.AddMinutes(10);
        const string Mention = """{"work":"message","team":"T1","channel":"C1","channelType":"channel","ts":"1763300000.000100","text":"Great post! Thanks for sharing","passive":false,"dedupeKey":"slack:message:C1:1763300000.000100","user":"U1"}""";
        await dedupe.TryClaimAsync("slack:message:C1:1763300000.000100", "mention-first", CancellationToken.None);
        await store.AddAsync("mention-first", "slack", Mention, "crashed", held, CancellationToken.None);
        await store.AddAsync("mention-again", "slack", Mention, "crashed", held, CancellationToken.None);
        var command = new JsonObject { ["work"] = "command", ["channel"] = "C1", ["team"] = "T1", ["user"] = "U1", ["text"] = "coach Hi Aisha, quick call?", ["responseUrl"] = slack.Slack.ResponseUrl() };
        await store.AddAsync("command", "slack", command.ToJsonString(), "crashed", held, CancellationToken.None);
        await store.AddAsync("sending", "slack", Mention.Replace("000100", "000200", StringComparison.Ordinal), "crashed", held, CancellationToken.None);
        Assert.True(await store.MarkSendingAsync("sending", 1, CancellationToken.None));

        // The recovery runs at start-up: a restart stands for the crashed run's successor.
        await slack.RestartAsync();
        await slack.Slack.WaitForAsync("chat.postMessage");
        await slack.Slack.WaitForAsync("response_url");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("1763300000.000100", (string?)post.Body["thread_ts"]);
        Assert.Single(slack.Slack.CallsTo("response_url"));
        var left = await slack.Bot.Services.GetRequiredService<IOutboxStore>().TakeOverAsync("check", DateTimeOffset.MaxValue, DateTimeOffset.UtcNow, 10, CancellationToken.None);
        Assert.Empty(left); // each answered (or given up) piece of work is deleted
    }

    /// <summary>
    /// A 429 storm longer than the Connector client's own retries: the answer was certainly not taken, so it goes back
    /// to the outbox and is answered once the Connector takes messages again, and its check is kept once.
    /// </summary>
    [Fact]
    public async Task ConnectorThrottlingPastItsRetries_TheAnswerComesLater_Once()
    {
        using var folder = new TempFolder();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = TestHost.Build(folder, "--Outbox:LeaseSeconds=5");
        await bot.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            connector.Plan(429, retryAfter: "0");
        }

        using var response = await TestActivities.PostAsync(Http, $"{bot.Urls.First()}/api/messages", TestActivities.Message(connector.ServiceUrl, "a:chat", "personal", "Great post! Thanks for sharing"));
        await connector.WaitForCardAsync(1);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, connector.Calls.Count(c => c.Status == 429));
        Assert.Single(connector.Cards());
        var history = bot.Services.GetRequiredService<IHistoryStore>();
        Assert.Single(await history.ReadAsync(new ConversationKey("teams", "a:chat"), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task SlackRateLimitingPastItsRetries_TheAnswerComesLater_Once()
    {
        await using var slack = await SlackTestBot.StartAsync("--Outbox:LeaseSeconds=5");
        for (var i = 0; i < 4; i++)
        {
            slack.Slack.Plan("chat.postMessage", 429, retryAfter: "0");
        }

        using var response = await slack.Signed.EventAsync(SignedSlack.Callback("EvThrottled", SignedSlack.Mention("Great post! Thanks for sharing", ts: "1763300000.000300")));
        var post = await slack.Slack.WaitForAsync("chat.postMessage");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, slack.Slack.CallsTo("chat.postMessage").Count(c => c.Status == 429));
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c.Status == 200);
        Assert.Equal("1763300000.000300", (string?)post.Body["thread_ts"]);
    }

    [Fact]
    public async Task StorageGone_WorkIsStillAcceptedAndAnswered()
    {
        var database = await TestDatabases.CreateAsync("postgres", output);
        if (database is null)
        {
            return;
        }

        using var folder = new TempFolder();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = TestHost.Build(folder, "--Storage:Provider=postgres", $"--ConnectionStrings:Candor={database.Settings.ConnectionString}");
        await bot.StartAsync();
        await database.DisposeAsync(); // dropped under the running bot

        using var response = await TestActivities.PostAsync(Http, $"{bot.Urls.First()}/api/messages", TestActivities.Message(connector.ServiceUrl, "a:chat", "personal", "Great post! Thanks for sharing"));
        var card = await connector.WaitForCardAsync(1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Generic", card.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Settings(TestDatabase database) =>
    [
        $"--Storage:Provider={database.Settings.Provider.ToString().ToLowerInvariant()}",
        $"--ConnectionStrings:Candor={database.Settings.ConnectionString}",
        // On PostgreSQL the next run takes over work once its lease has run out: short here, so the test is too.
        "--Outbox:LeaseSeconds=5",
    ];

    // The activity ids the Connector was sent a reply to, one entry per reply.
    private static List<string> Replies(FakeConnector connector) =>
        [.. connector.Calls.Where(c => c.Body["type"]?.GetValue<string>() == "message" && c.Path.Contains("/activities/", StringComparison.Ordinal))
            .Select(c => c.Path[(c.Path.LastIndexOf('/') + 1)..])];

    private static async Task UntilAsync(Func<bool> done, TimeSpan timeout)
    {
        using var until = new CancellationTokenSource(timeout);
        while (!done())
        {
            await Task.Delay(50, until.Token);
        }
    }
}
