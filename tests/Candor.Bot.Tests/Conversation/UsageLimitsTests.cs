using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Bot.Tests.Channels.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Tests.Conversation;

/// <summary>The per-person and per-tenant allowances of analyses, alone and through the Teams endpoint.</summary>
public sealed class UsageLimitsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void APerson_GetsAMinutesWorthAtOnce_ThenOneEveryFewSeconds()
    {
        var clock = new TestClock(Now);
        var limits = Limits(clock, perUser: 20, perTenant: 0);
        var ana = new Asker("teams", "tenant-1", "29:ana");

        var burst = Enumerable.Range(0, 20).Select(_ => limits.TryTake(ana)).ToList();
        var refused = limits.TryTake(ana);
        clock.Now = Now.AddSeconds(3);
        var afterThreeSeconds = limits.TryTake(ana);
        var againAtOnce = limits.TryTake(ana);

        Assert.All(burst, wait => Assert.Null(wait));
        Assert.Equal(TimeSpan.FromSeconds(3), refused);
        Assert.Null(afterThreeSeconds);
        Assert.NotNull(againAtOnce);
    }

    [Fact]
    public void ATenant_SharesItsAllowance_AndARefusalTakesNothingFromThePerson()
    {
        var clock = new TestClock(Now);
        var limits = Limits(clock, perUser: 3, perTenant: 4);
        var (ana, ben, other) = (new Asker("slack", "T1", "U0ANA"), new Asker("slack", "T1", "U0BEN"), new Asker("slack", "T2", "U0ANA"));

        Assert.Null(limits.TryTake(ana));
        Assert.Null(limits.TryTake(ana));
        Assert.Null(limits.TryTake(ben));
        Assert.Null(limits.TryTake(ben));
        Assert.NotNull(limits.TryTake(ana)); // the tenant's four are gone, though Ana has one left
        Assert.Null(limits.TryTake(other)); // another workspace, and the same id there is another person
        clock.Now = Now.AddSeconds(15); // one of the tenant's four back
        Assert.Null(limits.TryTake(ana)); // Ana's refused try did not cost her the one she had left
        Assert.NotNull(limits.TryTake(ana));
    }

    [Fact]
    public void ZeroTurnsALimitOff_AndMissingIdsAreNotLimited()
    {
        var limits = Limits(new TestClock(Now), perUser: 0, perTenant: 1);

        Assert.All(Enumerable.Range(0, 50).Select(_ => limits.TryTake(new Asker("teams", null, "29:ana"))), wait => Assert.Null(wait));
        Assert.Null(limits.TryTake(new Asker("teams", "tenant-1", "29:ana")));
        Assert.NotNull(limits.TryTake(new Asker("teams", "tenant-1", "29:ben")));
    }

    [Fact]
    public void AFloodOfOneOffIds_DoesNotGrowWithoutBound()
    {
        var clock = new TestClock(Now);
        var limits = Limits(clock, perUser: 5, perTenant: 0);
        var mostTracked = 0;
        for (var i = 0; i < 30_000; i++)
        {
            limits.TryTake(new Asker("teams", null, $"29:user-{i}"));
            mostTracked = Math.Max(mostTracked, limits.Tracked);
            clock.Now = clock.Now.AddMilliseconds(100);
        }

        // Each id took one of five; 12 s later its bucket is full again and is forgotten once over 10,000 are
        // counted (30,000 would be kept otherwise). An id seen again starts with a full bucket.
        Assert.InRange(mostTracked, 9_000, 10_001);
        Assert.InRange(limits.Tracked, 120, 10_001);
        Assert.Null(limits.TryTake(new Asker("teams", null, "29:user-0")));
    }

    [Theory]
    [InlineData("PerUserPerMinute", "-1")]
    [InlineData("PerTenantPerMinute", "1000000")]
    [InlineData("PerUserPerMinute", "many")]
    public void BadSettings_StopStartUpNamingTheKey(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new($"Limits:{key}", value)]).Build();

        var error = Assert.Throws<OptionsValidationException>(() => UsageLimitSettings.Read(configuration));

        Assert.Contains($"Limits:{key}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTeams_APersonOverTheLimit_GetsANote_AndOthersAreStillAnswered()
    {
        using var folder = new TempFolder();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = TestHost.Build(folder, "--Limits:PerUserPerMinute=2");
        await bot.StartAsync();
        using var http = new HttpClient();
        var answers = new List<string>();
        foreach (var from in new[] { "29:ana", "29:ana", "29:ana", "29:ben" })
        {
            var message = TestActivities.Message(connector.ServiceUrl, "a:personal-chat", "personal", "Great post! Thanks for sharing");
            message["from"] = new JsonObject { ["id"] = from, ["name"] = from };
            message["conversation"]!["tenantId"] = "tenant-1";
            using var response = await TestActivities.PostAsync(http, $"{bot.Urls.First()}/api/messages", message);
            response.EnsureSuccessStatusCode();
            answers.Add((await connector.WaitForCardAsync(answers.Count + 1)).ToJsonString());
        }

        Assert.All(answers.Take(2).Append(answers[3]), answer => Assert.DoesNotContain("a lot at once", answer, StringComparison.Ordinal));
        Assert.Contains("a lot at once", answers[2], StringComparison.Ordinal);
        Assert.Contains("up to 2 items a minute per person", answers[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InSlack_AWorkspaceOverItsLimit_IsToldToSlowDown()
    {
        await using var slack = await Channels.Slack.SlackTestBot.StartAsync("--Limits:PerTenantPerMinute=2");

        for (var i = 1; i <= 3; i++)
        {
            await slack.Signed.CommandAsync("check Great post! Thanks for sharing", slack.Slack.ResponseUrl());
            await slack.Slack.WaitForAsync("response_url", i);
        }

        var answers = slack.Slack.CallsTo("response_url").Select(c => (string?)c.Body["text"] ?? string.Empty).ToList();
        Assert.DoesNotContain("a lot at once", answers[0], StringComparison.Ordinal);
        Assert.DoesNotContain("a lot at once", answers[1], StringComparison.Ordinal);
        Assert.Contains("a lot at once", answers[2], StringComparison.Ordinal);
    }

    [Fact]
    public void SlowDown_WithThePerPersonLimitOff_NamesTheTeamsAllowance()
    {
        var card = Limits(new TestClock(Now), perUser: 0, perTenant: 300).SlowDown(TimeSpan.FromSeconds(2.2));

        Assert.Contains("your team shares 300 checks a minute. Try again in 3 s.", card.Fallback, StringComparison.Ordinal);
        Assert.DoesNotContain("up to 0", card.Fallback, StringComparison.Ordinal);
    }

    private static UsageLimits Limits(TimeProvider clock, int perUser, int perTenant) =>
        new(new UsageLimitSettings { PerUserPerMinute = perUser, PerTenantPerMinute = perTenant }, clock);
}
