using System.Net;
using System.Text.Json.Nodes;
using Candor.Bot.Channels.Slack;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.Channels.Slack;

/// <summary>The Web API client against a fake Slack on loopback: Slack's errors surfaced, throttling honoured, no post shown twice.</summary>
public sealed class SlackApiTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private FakeSlack slack = null!;
    private SlackApi api = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlack.StartAsync();
        api = new SlackApi(Http, new SlackSettings("xoxb-test-token", SignedSlack.Secret, new Uri(slack.ApiBaseUrl)), NullLogger<SlackApi>.Instance);
    }

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task OkFalse_IsAnExceptionCarryingSlacksCode()
    {
        slack.Plan("chat.postMessage", error: "channel_not_found");

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => api.CallAsync("chat.postMessage", Message(), CancellationToken.None));

        Assert.Equal("channel_not_found", refused.Error);
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Throttled_IsRetriedAfterRetryAfter_AndPostedOnce()
    {
        slack.Plan("chat.postMessage", 429, "ratelimited", retryAfter: "1");

        var started = DateTimeOffset.UtcNow;
        var posted = await api.CallAsync("chat.postMessage", Message(), CancellationToken.None);

        Assert.Equal(true, (bool?)posted["ok"]);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After was not honoured");
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
        Assert.Single(slack.CallsTo("chat.postMessage"), c => c.Status == 200);
    }

    [Fact]
    public async Task ServerErrorOnAPost_IsNotRetried_SoNothingShowsTwice()
    {
        slack.Plan("chat.postMessage", 500);

        var failed = await Assert.ThrowsAsync<HttpRequestException>(() => api.CallAsync("chat.postMessage", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ServerErrorOnAnUnfurl_IsRetried()
    {
        slack.Plan("chat.unfurl", 502);

        await api.CallAsync("chat.unfurl", new JsonObject { ["unfurl_id"] = "u1", ["source"] = "composer", ["unfurls"] = new JsonObject() }, CancellationToken.None);

        Assert.Equal(2, slack.CallsTo("chat.unfurl").Count);
    }

    [Fact]
    public async Task SlackUnreachable_IsRetried_ThenReported()
    {
        var closed = new SlackApi(Http, new SlackSettings("xoxb-test-token", SignedSlack.Secret, new Uri("http://127.0.0.1:1/api/")), NullLogger<SlackApi>.Instance);

        var failed = await Assert.ThrowsAsync<HttpRequestException>(() => closed.CallAsync("chat.postMessage", Message(), CancellationToken.None));

        Assert.Equal(HttpRequestError.ConnectionError, failed.HttpRequestError);
    }

    [Theory]
    [InlineData("https://evil.example.com/hooks/T1/1/abc")]
    [InlineData("http://hooks.slack.com/commands/T1/1/abc")]
    [InlineData("not a url")]
    public async Task ResponseUrlNotSlacks_IsNeverPostedTo(string url)
    {
        var refused = await Assert.ThrowsAsync<SlackApiException>(() => api.RespondAsync(url, Message(), CancellationToken.None));

        Assert.Equal("not_a_slack_url", refused.Error);
        Assert.Empty(slack.Calls);
    }

    private static JsonObject Message() => new() { ["channel"] = "C0GROWTH", ["text"] = "✓ Organic · comment thread" };
}
