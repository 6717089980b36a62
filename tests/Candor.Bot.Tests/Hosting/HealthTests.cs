using System.Net;
using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Bot.Hosting;
using Candor.Bot.Tests.Channels.Teams;
using Candor.Bot.Storage;
using Candor.Bot.Tests.Storage;
using Candor.Cards.Building;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Hosting;

/// <summary>/healthz says which dependency is in trouble: the database, the Bot Connector, the queues.</summary>
public sealed class HealthTests(ITestOutputHelper output)
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task AllWell_IsOk_WithEachCheckNamed()
    {
        using var folder = new TempFolder();
        await using var bot = TestHost.Build(folder);
        await bot.StartAsync();

        var (status, health) = await HealthAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal(["database", "scheduler", "queues", "services"], health["checks"]!.AsObject().Select(c => c.Key));
        Assert.Equal("reachable", (string?)health["checks"]!["database"]!["detail"]);
    }

    [Fact]
    public async Task DatabaseGone_IsDegraded_WithoutSayingWhereItIs()
    {
        var database = await TestDatabases.CreateAsync("postgres", output);
        if (database is null)
        {
            return;
        }

        using var folder = new TempFolder();
        await using var bot = TestHost.Build(folder, "--Storage:Provider=postgres", $"--ConnectionStrings:Candor={database.Settings.ConnectionString}");
        await bot.StartAsync();
        await database.DisposeAsync(); // dropped under the running bot

        var (status, health) = await HealthAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Equal("degraded", (string?)health["checks"]!["database"]!["status"]);
        Assert.DoesNotContain("127.0.0.1", health.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("candor_test", health.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectorFailing_IsDegraded_UntilItAnswersAgain()
    {
        using var folder = new TempFolder();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = TestHost.Build(folder);
        await bot.StartAsync();
        await SayAsync(bot, connector, "Great post! Thanks for sharing");
        await connector.WaitForCardAsync(1);
        var sender = bot.Services.GetRequiredService<ProactiveSender>();
        var chat = new ConversationKey("teams", "a:chat");
        await UntilAsync(async () => await bot.Services.GetRequiredService<IConversationStore>().FindAsync(chat, CancellationToken.None) is not null);

        // Proactive posts have no typing indicator in between, so the Connector's failures come in a row.
        for (var i = 0; i < DependencyHealth.FailuresInARow; i++)
        {
            connector.Plan(500);
            Assert.Equal(DeliveryStatus.Failed, (await sender.SendAsync(chat, StaticCards.Note("Digest"), CancellationToken.None)).Status);
        }

        var (failingStatus, failing) = await HealthAsync(bot);
        Assert.Equal(DeliveryStatus.Sent, (await sender.SendAsync(chat, StaticCards.Note("Digest"), CancellationToken.None)).Status);
        var (_, recovered) = await HealthAsync(bot);

        Assert.Equal(HttpStatusCode.OK, failingStatus);
        Assert.Equal("degraded", (string?)failing["checks"]!["services"]!["status"]);
        Assert.Contains("connector: 3 failures in a row, the last: HTTP 500", (string?)failing["checks"]!["services"]!["detail"], StringComparison.Ordinal);
        Assert.Equal("ok", (string?)recovered["status"]);
    }

    [Theory]
    [InlineData(10, HealthStatus.Healthy)]
    [InlineData(4_000, HealthStatus.Degraded)]
    [InlineData(5_000, HealthStatus.Unhealthy)]
    public async Task Queues_NearlyFullIsDegraded_FullIsUnhealthy(int waiting, HealthStatus expected)
    {
        var check = new QueuesHealthCheck([new Depth("teams", 0), new Depth("slack", waiting)]);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(expected, result.Status);
        Assert.Contains($"slack {waiting}/5000 waiting", result.Description, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> HealthAsync(WebApplication bot)
    {
        using var response = await Http.GetAsync($"{bot.Urls.First()}/healthz");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task SayAsync(WebApplication bot, FakeConnector connector, string text)
    {
        using var response = await TestActivities.PostAsync(Http, $"{bot.Urls.First()}/api/messages", TestActivities.Message(connector.ServiceUrl, "a:chat", "personal", text));
        response.EnsureSuccessStatusCode();
    }

    private static async Task UntilAsync(Func<Task<bool>> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await done())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private sealed record Depth(string Name, int Waiting) : IQueueDepth
    {
        public int Bound => 5_000;
    }
}
