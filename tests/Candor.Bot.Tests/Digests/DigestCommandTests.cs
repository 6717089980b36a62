using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Bot.Digests;
using Candor.Bot.Storage;
using Candor.Bot.Tests.Channels.Teams;
using Candor.Bot.Tests.Storage;
using Candor.Cards.Model;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Digests;

/// <summary>
/// The digest commands as people type them in a Teams channel (real HTTP to the bot, cards back through a fake
/// Connector), schedules kept in Quartz's store in the real database, and a digest missed while the bot was down.
/// </summary>
public sealed class DigestCommandTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Channel = "19:digest-commands@thread.tacv2";
    private static readonly ConversationKey Key = new("teams", Channel);
    private static readonly HttpClient Http = new();

    // Apostrophes and quotes as they are, so the tests can look for the card's words.
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TempFolder folder = new();
    private FakeConnector connector = null!;
    private WebApplication bot = null!;
    private int answers;

    private DigestScheduler Scheduler => bot.Services.GetRequiredService<DigestScheduler>();

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync(bot);
        await connector.DisposeAsync();
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task SetShowAndStop_AreAnsweredAndKept()
    {
        var set = await SayAsync("digest weekly mon 09:00 Europe/Berlin");
        var kept = await Scheduler.FindAsync(Key, CancellationToken.None);
        var shown = await SayAsync("digest");
        var stopped = await SayAsync("digest off");
        var none = await SayAsync("digest");

        Assert.Contains("Digest set: every Monday at 09:00 (Europe/Berlin).", set, StringComparison.Ordinal);
        Assert.Contains("The first one comes Mon ", set, StringComparison.Ordinal);
        Assert.Equal(DigestCadence.Weekly, kept!.Schedule.Cadence);
        Assert.Equal("Europe/Berlin", kept.Schedule.Zone.Id);
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(kept.Next!.Value, kept.Schedule.Zone).DayOfWeek);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(kept.Next.Value, kept.Schedule.Zone).DateTime));
        Assert.Contains("Digest: every Monday at 09:00 (Europe/Berlin).", shown, StringComparison.Ordinal);
        Assert.Contains("Digests are off for this conversation.", stopped, StringComparison.Ordinal);
        Assert.Contains("No digest is scheduled here.", none, StringComparison.Ordinal);
        Assert.Null(await Scheduler.FindAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task NoZoneTyped_TheTeamsClientsZoneIsUsed()
    {
        var message = TestActivities.ChannelMessage(connector.ServiceUrl, Channel, Channel, "digest daily 08:30");
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["timezone"] = "America/New_York" });

        var answer = await SendAsync(message);

        Assert.Contains("every day at 08:30 (America/New_York)", answer, StringComparison.Ordinal);
        Assert.Equal("America/New_York", (await Scheduler.FindAsync(Key, CancellationToken.None))!.Schedule.Zone.Id);
    }

    [Fact]
    public async Task AMistake_IsExplained_AndNothingIsScheduled()
    {
        var answer = await SayAsync("digest fortnightly 09:00");

        Assert.Contains("I couldn't read that", answer, StringComparison.Ordinal);
        Assert.Contains("fortnightly", answer, StringComparison.Ordinal);
        Assert.Null(await Scheduler.FindAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task Now_AnswersWithTheDigestOfWhatWasChecked()
    {
        await SayAsync(SampleThreads.Pod);

        var digest = await SayAsync("digest now");

        Assert.Contains("Candor digest", digest, StringComparison.Ordinal);
        Assert.Contains("1 checked", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_AlsoStopsTheDigest()
    {
        await SayAsync("digest daily 07:00 UTC");
        var message = TestActivities.ChannelMessage(connector.ServiceUrl, Channel, Channel, null);
        message["value"] = new CardPayload("forget", "forget", Variant: "confirm").ToData();

        var answer = await SendAsync(message);

        Assert.Contains("Forgotten", answer, StringComparison.Ordinal);
        Assert.Null(await Scheduler.FindAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task FeedbackOnACard_IsCountedForTheDigest()
    {
        var invoke = TestActivities.ChannelMessage(connector.ServiceUrl, Channel, Channel, null);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "feedback", ["data"] = new CardPayload("feedback", "thread", Vote: "down", Ref: "abc123abc123", Verdict: "mixed").ToData() },
        };

        using var response = await TestActivities.PostAsync(Http, $"{bot.Urls.First()}/api/messages", invoke);
        var now = DateTimeOffset.UtcNow;
        var tally = await bot.Services.GetRequiredService<IFeedbackStore>().TallyAsync(Key, now.AddHours(-1), now.AddHours(1), CancellationToken.None);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FeedbackTally(0, 1), tally);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DigestsMissedWhileDown_AreSentOnce_ThenTheScheduleGoesOn(string provider)
    {
        await using var database = provider == "sqlite" ? null : await TestDatabases.CreateAsync(provider, output);
        if (provider != "sqlite" && database is null)
        {
            return;
        }

        var settings = database is null ? [] : new[] { "--Storage:Provider=postgres", $"--ConnectionStrings:Candor={database.Settings.ConnectionString}" };
        await StopAsync(bot);
        bot = await StartAsync(settings);
        await SayAsync(SampleThreads.Pod);
        await SayAsync("digest daily 06:00 UTC");
        await StopAsync(bot);

        // Down for three days: the trigger's next firing is three days behind when the bot comes back.
        var storage = database?.Settings ?? StorageSettings.Read(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), folder.Path) with
        {
            ConnectionString = $"Data Source={folder.File("candor.db")}",
        };
        await using (var direct = new Database(storage))
        {
            await direct.RunAsync(c => c.ExecuteAsync("UPDATE qrtz_triggers SET next_fire_time = next_fire_time - @Back", new { Back = ThreeDaysIn(c) }), CancellationToken.None);
        }

        bot = await StartAsync(settings);
        await connector.WaitForNewThreadsAsync(1, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var next = (await Scheduler.FindAsync(Key, CancellationToken.None))!.Next;

        var digest = Assert.Single(connector.NewThreads);
        Assert.Contains("Candor digest", digest.ToJsonString(), StringComparison.Ordinal);
        Assert.True(next > DateTimeOffset.UtcNow, $"the next digest is due {next}, in the past");
    }

    // Quartz.NET keeps fire times as .NET ticks; the unit is read from the stored value rather than assumed.
    private static long ThreeDaysIn(System.Data.Common.DbConnection connection)
    {
        var stored = connection.ExecuteScalar<long>("SELECT next_fire_time FROM qrtz_triggers");
        return stored > 100_000_000_000_000 ? TimeSpan.FromDays(3).Ticks : (long)TimeSpan.FromDays(3).TotalMilliseconds;
    }

    private Task<WebApplication> StartAsync(params string[] settings) => StartBotAsync(TestHost.Build(folder, settings));

    private static async Task<WebApplication> StartBotAsync(WebApplication app)
    {
        await app.StartAsync();
        return app;
    }

    private static async Task StopAsync(WebApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task<string> SayAsync(string text) => SendAsync(TestActivities.ChannelMessage(connector.ServiceUrl, Channel, Channel, text));

    // The card Candor answered with, as JSON text.
    private async Task<string> SendAsync(JsonObject activity)
    {
        using var response = await TestActivities.PostAsync(Http, $"{bot.Urls.First()}/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return (await connector.WaitForCardAsync(++answers)).ToJsonString(Readable);
    }
}
