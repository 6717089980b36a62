using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Candor.Bot.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>POST /api/messages end to end in local mode: acknowledged at once, answered with a card through a fake Connector.</summary>
public sealed class ActivityEndpointTests : IAsyncLifetime, IDisposable
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1700000000000";

    private static readonly HttpClient Http = new();

    private readonly TempFolder folder = new();
    private FakeConnector connector = null!;
    private WebApplication bot = null!;

    private string Endpoint => $"{bot.Urls.First()}/api/messages";

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = TestHost.Build(folder, "--Logging:LogLevel:Default=Warning");
        await bot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await bot.StopAsync();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    // xUnit disposes after DisposeAsync, once the bot has let go of its database.
    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Message_IsAcknowledgedAtOnce_ThenAnsweredWithACardReply()
    {
        var watch = Stopwatch.StartNew();
        using var response = await PostAsync(Message("Great post! Thanks for sharing 🙌"));
        var acknowledged = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await connector.WaitForCardAsync();
        var call = connector.Calls.Single(c => (string?)c.Body["type"] == "message");
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/act-1", call.Path);
        Assert.Equal("act-1", (string?)card["replyToId"]);
        Assert.Equal("28:candor", (string?)card["from"]!["id"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["attachments"]![0]!["contentType"]);
        Assert.StartsWith("~ Low effort · comment", (string?)card["text"], StringComparison.Ordinal);
        Assert.Contains(connector.Calls, c => (string?)c.Body["type"] == "typing");
        Assert.True(acknowledged < TimeSpan.FromSeconds(2), $"acknowledged after {acknowledged}");
    }

    [Fact]
    public async Task ThrottledAndFailingConnector_IsRetried_AndTheCardPostedOnce()
    {
        connector.Plan(429, "1");
        connector.Plan(502);

        using var response = await PostAsync(Message("We tried weekly pricing reviews and churn fell from 6% to 4%. Did annual plans help you?"));
        await connector.WaitForCardAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(connector.Cards());
        Assert.Equal(3, connector.Calls.Count(c => (string?)c.Body["type"] == "message"));
    }

    [Fact]
    public async Task MentionInAChannel_IsRemovedBeforeTheCheck()
    {
        var activity = Message("<at>Candor</at> help");
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>Candor</at>", ["mentioned"] = new JsonObject { ["id"] = "28:candor" } });

        using var response = await PostAsync(activity);
        var card = await connector.WaitForCardAsync();

        Assert.StartsWith("👋 Hi, I'm Candor", (string?)card["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAddedToAConversation_SaysWelcome()
    {
        var update = Message("");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:candor" });

        using var response = await PostAsync(update);

        Assert.StartsWith("👋", (string?)(await connector.WaitForCardAsync())["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationUpdate_IsAcknowledged_AndTheWelcomeWaitsForTheConversationUpdate()
    {
        var install = Message("");
        install["type"] = "installationUpdate";
        install["action"] = "add";

        using var response = await PostAsync(install);
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Cards());
    }

    [Fact]
    public async Task FeedbackButton_InvokeIsAnsweredInTheResponse()
    {
        var invoke = Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "feedback", ["data"] = new JsonObject { ["v"] = 1, ["a"] = "feedback", ["k"] = "thread", ["x"] = "up", ["r"] = "abc123abc123" } } };

        using var response = await PostAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains("right", (string?)body["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteButton_WithADetail_RefreshesTheCardWithANewRewrite()
    {
        var invoke = Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "rewrite", ["data"] = new JsonObject
        {
            ["v"] = 1, ["a"] = "rewrite", ["k"] = "outreach", ["d"] = "Hi Aisha, I came across your profile. Quick call this week?",
            ["t"] = "Aisha Rahman, Head of Growth at Fourth Coffee", ["detail"] = "spoke at SaaStr about pricing page experiments",
        } } };

        using var response = await PostAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("SaaStr", body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckWithCandor_MessageAction_ShowsTheVerdictAndPostsItOnSubmit()
    {
        var fetch = Message("");
        fetch["type"] = "invoke";
        fetch["name"] = "composeExtension/fetchTask";
        fetch["value"] = new JsonObject
        {
            ["commandId"] = "checkMessage",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject { ["body"] = new JsonObject
            {
                ["contentType"] = "html",
                ["content"] = "<p>Congrats, you won a gift card!</p><p>Claim it now at <a href=\"http://bit.ly/claim-prize-now\">this page</a> and confirm your bank details.</p>",
            } },
        };

        using var dialog = await PostAsync(fetch);
        var task = JsonNode.Parse(await dialog.Content.ReadAsStringAsync())!["task"]!;
        var card = task["value"]!["card"]!["content"]!;
        var post = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Post to the conversation")!;

        Assert.Equal("continue", (string?)task["type"]);
        Assert.StartsWith("✗ Spam", (string?)card["fallbackText"], StringComparison.Ordinal);
        Assert.Contains("bit.ly/claim-prize-now", (string?)post["data"]!["d"], StringComparison.Ordinal);

        var submit = Message("");
        submit["type"] = "invoke";
        submit["name"] = "composeExtension/submitAction";
        submit["value"] = new JsonObject { ["commandId"] = "checkMessage", ["data"] = post["data"]!.DeepClone() };
        using var submitted = await PostAsync(submit);
        var posted = await connector.WaitForCardAsync();

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Null(posted["replyToId"]);
        Assert.StartsWith("✗ Spam", (string?)posted["text"], StringComparison.Ordinal);
        Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities", connector.Calls.Single(c => (string?)c.Body["type"] == "message").Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitFromAnOlderClient_RefreshesTheClickedCardInPlace()
    {
        var submit = Message("");
        submit["replyToId"] = "card-7";
        submit["value"] = new JsonObject
        {
            ["v"] = 1, ["a"] = "variant", ["k"] = "outreach", ["va"] = "shorter", ["d"] = "Hi Aisha, I came across your profile. Quick call this week?",
            ["t"] = "Aisha Rahman, Head of Growth at Fourth Coffee",
        };

        using var response = await PostAsync(submit);
        await connector.WaitForCardAsync();
        var call = connector.Calls.Single(c => (string?)c.Body["type"] == "message");

        Assert.Equal("PUT", call.Method);
        Assert.EndsWith("/activities/card-7", call.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain", "{}", 415)]
    [InlineData("application/json", "{not json", 400)]
    [InlineData("application/json", "{\"type\":\"message\"}", 400)]
    [InlineData("application/json", "[]", 400)]
    public async Task BadRequest_GetsAClearAnswerNot500(string contentType, string body, int status)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await Http.PostAsync(Endpoint, content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalMode_RequestUnderAnotherHostName_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(Message("help").ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Host = "rebind.attacker.example";

        using var response = await Http.SendAsync(request);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task TeamsHtml_KeepsLinesAndLinkAddresses_AndDropsOnlyTheMention()
    {
        var activity = Message("ignored");
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>Candor</at>", ["mentioned"] = new JsonObject { ["id"] = "28:candor" } });
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "text/html",
            ["content"] = "<p><at>Candor</at> is this real?</p><p>Claim your prize at <a href='http://bit.ly/claim-prize-now'><b>this page</b></a> and confirm your bank details</p>",
        });

        using var response = await PostAsync(activity);
        var card = await connector.WaitForCardAsync();

        Assert.StartsWith("✗ Spam", (string?)card["text"], StringComparison.Ordinal);
        Assert.Contains("bit.ly", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeBody_IsRefusedUnread()
    {
        var activity = Message(new string('a', 600 * 1024));

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownInvoke_Gets501_UnknownActivityType_Gets200()
    {
        var invoke = Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "something/new";
        var reaction = Message("");
        reaction["type"] = "messageReaction";

        using var invoked = await PostAsync(invoke);
        using var reacted = await PostAsync(reaction);

        Assert.Equal(HttpStatusCode.NotImplemented, invoked.StatusCode);
        Assert.Contains("does not handle the invoke 'something/new'", await invoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reacted.StatusCode);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public async Task ServiceUrlNotHttp_Gets400_AndNothingIsQueued(string serviceUrl)
    {
        // Found by fuzzing: an ftp:// loopback serviceUrl was accepted, then its answer failed in the background.
        var activity = Message("Great post!");
        activity["serviceUrl"] = serviceUrl;

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl must be an absolute http(s) URL", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueWithLoneSurrogate_Gets400()
    {
        // Found by fuzzing: accepted, then the card button's value could not be read while answering in the background.
        var json = Message("").ToJsonString().Replace("\"text\":\"\"", "\"text\":\"\",\"value\":{\"a\":\"rewrite\",\"d\":\"\\udc18\"}", StringComparison.Ordinal);
        using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        using var response = await Http.PostAsync(Endpoint, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private JsonObject Message(string text) => TestActivities.Message(connector.ServiceUrl, ConversationId, "channel", text);

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => TestActivities.PostAsync(Http, Endpoint, activity);
}
