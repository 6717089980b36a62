using System.Globalization;
using Candor.Bot.Storage;
using Candor.Bot.Tests.Channels.Teams;
using Candor.Bot.Tests.Storage;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Digests;

/// <summary>
/// Scheduled digests across real bot processes on one database: a digest fires on one instance only, and an
/// instance killed while posting one leaves exactly one post once it is back. Each test sets a digest for the next
/// whole minute through the Teams endpoint, so it waits up to about 80 s for Quartz's cron trigger.
/// </summary>
public sealed class DigestFiringTests(ITestOutputHelper output)
{
    private const string Channel = "19:digest-firing@thread.tacv2";
    private static readonly TimeSpan FireTimeout = TimeSpan.FromSeconds(120);
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task TwoInstancesOnOnePostgres_FireEachDigestOnce()
    {
        await using var database = await TestDatabases.CreateAsync("postgres", output);
        if (database is null)
        {
            return;
        }

        await using var connector = await FakeConnector.StartAsync();
        await using var first = await BotProcess.StartAsync("first", Settings(database));
        await using var second = await BotProcess.StartAsync("second", Settings(database));

        await ScheduleNextMinuteAsync(first, connector);
        await connector.WaitForNewThreadsAsync(1, FireTimeout);
        // Long enough for the other instance to have fired too, were the store not clustered (both poll it).
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Single(connector.NewThreads);
        Assert.Equal(1, new[] { first, second }.Count(bot => bot.Logged("Digest sent to teams conversation")));
        // The job itself ran once: neither instance found the firing already claimed.
        Assert.False(first.Logged("not sent by this run") || second.Logged("not sent by this run"));
        output.WriteLine($"sent by {(first.Logged("Digest sent to teams conversation") ? first.Name : second.Name)}");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task InstanceKilledWhilePostingADigest_LeavesExactlyOnePostAfterItsRestart(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, output);
        if (database is null)
        {
            return;
        }

        await using var connector = await FakeConnector.StartAsync();
        await using (var doomed = await BotProcess.StartAsync("doomed", Settings(database)))
        {
            await ScheduleNextMinuteAsync(doomed, connector);
            connector.HoldNewThreads();
            await connector.WaitForNewThreadsAsync(1, FireTimeout);
            await doomed.KillAsync();
        }

        // The Connector took the post; the instance never heard back.
        connector.Release();
        await using var restarted = await BotProcess.StartAsync("restarted", Settings(database));
        // Quartz runs the firing the dead instance was in the middle of again (on PostgreSQL once the cluster sees it
        // missed its check-ins); the claim says it was being posted, so it is not posted again.
        var recovered = await restarted.WaitForLineAsync(line => line.Contains("not sent by this run", StringComparison.Ordinal), FireTimeout);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Single(connector.NewThreads);
        Assert.Contains("Sending", recovered, StringComparison.Ordinal);
        Assert.False(restarted.Logged("Digest sent to teams conversation"));
    }

    private static string[] Settings(TestDatabase database) =>
    [
        $"--Storage:Provider={database.Settings.Provider.ToString().ToLowerInvariant()}",
        $"--ConnectionStrings:Candor={database.Settings.ConnectionString}",
    ];

    // A thread pasted in the channel (so the digest has something to say), then a daily digest at the next whole
    // minute at least 15 s away, in UTC.
    private static async Task ScheduleNextMinuteAsync(BotProcess bot, FakeConnector connector)
    {
        var thread = ";messageid=" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        await PostAsync(bot, TestActivities.ChannelMessage(connector.ServiceUrl, Channel + thread, Channel, SampleThreads.Pod));
        await connector.WaitForCardAsync(1);
        var at = DateTimeOffset.UtcNow.AddSeconds(15);
        var minute = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        await PostAsync(bot, TestActivities.ChannelMessage(connector.ServiceUrl, Channel + thread, Channel, $"digest daily {minute:HH:mm} UTC"));
        var answer = await connector.WaitForCardAsync(2);
        Assert.Contains($"every day at {minute:HH:mm} (UTC)", answer.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task PostAsync(BotProcess bot, System.Text.Json.Nodes.JsonObject activity)
    {
        using var response = await TestActivities.PostAsync(Http, bot.Endpoint, activity);
        response.EnsureSuccessStatusCode();
    }
}
