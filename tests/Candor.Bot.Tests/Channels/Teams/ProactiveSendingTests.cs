using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Candor.Bot.Channels.Teams;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Cards.Building;
using Candor.Cards.Model;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>
/// Conversation references kept from real activities in SQLite, and cards posted into them later through a fake
/// Connector (real HTTP on loopback), as digests will.
/// </summary>
public sealed class ProactiveSendingTests : IAsyncLifetime, IDisposable
{
    private const string Chat = "a:1pXq7Zr-personal";
    private const string Channel = "19:4f2a9c0b@thread.tacv2";
    private const string Thread = Channel + ";messageid=1763283600000";

    private static readonly HttpClient Http = new();

    private readonly TempFolder folder = new();
    private FakeConnector connector = null!;
    private WebApplication bot = null!;

    private ProactiveSender Sender => bot.Services.GetRequiredService<ProactiveSender>();

    private IConversationStore Store => bot.Services.GetRequiredService<IConversationStore>();

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await StartBotAsync();
    }

    public async Task DisposeAsync()
    {
        await StopBotAsync();
        await connector.DisposeAsync();
    }

    // xUnit disposes after DisposeAsync, once the bot has let go of its database.
    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task PersonalChat_RememberedFromAMessage_GetsACardLater()
    {
        await PostAsync(Message("Great post!", Chat, "personal"));
        await RememberedAsync(Chat);

        var delivery = await Sender.SendAsync(new ConversationKey("teams", Chat), StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        var call = connector.Calls.Last();
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Chat)}/activities", call.Path);
        Assert.Equal($"reply-{connector.Calls.Count}", delivery.MessageId);
        Assert.Equal("28:candor", (string?)call.Body["from"]!["id"]);
        Assert.Equal(Chat, (string?)call.Body["conversation"]!["id"]);
        Assert.Null(call.Body["replyToId"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)call.Body["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task ChannelThread_IsRememberedAsItsChannel_AndALaterCardStartsANewThread()
    {
        await PostAsync(Message("Great post!", Thread, "channel"));
        await RememberedAsync(Channel);

        var reference = await Store.FindAsync(new ConversationKey("teams", Channel), CancellationToken.None);
        var delivery = await Sender.SendAsync(new ConversationKey("teams", Channel), StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal("Growth › Outreach", reference!.Title);
        Assert.Equal("tenant-1", reference.TenantId);
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        var call = connector.Calls.Last();
        Assert.Equal("/v3/conversations", call.Path);
        Assert.Equal(true, (bool?)call.Body["isGroup"]);
        Assert.Equal(Channel, (string?)call.Body["channelData"]!["channel"]!["id"]);
        Assert.Equal("tenant-1", (string?)call.Body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("message", (string?)call.Body["activity"]!["type"]);
        Assert.Equal($"reply-{connector.Calls.Count}", delivery.MessageId);
    }

    [Fact]
    public async Task Install_IsRemembered_AndRemovalForgetsTheConversation()
    {
        var added = Message(null, Chat, "personal");
        added["type"] = "conversationUpdate";
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:candor" });
        await PostAsync(added);
        await connector.WaitForCardAsync();
        await RememberedAsync(Chat);

        var removed = Message(null, Chat, "personal");
        removed["type"] = "installationUpdate";
        removed["action"] = "remove";
        await PostAsync(removed);
        await UntilAsync(async () => await Store.FindAsync(new ConversationKey("teams", Chat), CancellationToken.None) is null);
        var calls = connector.Calls.Count;

        var delivery = await Sender.SendAsync(new ConversationKey("teams", Chat), StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Unknown, delivery.Status);
        Assert.Equal(calls, connector.Calls.Count);
    }

    [Fact]
    public async Task ChannelThread_WithoutChannelData_IsRememberedAsTheChannelItsIdNames()
    {
        var message = Message("Great post!", Thread, "channel");
        message.Remove("channelData");
        await PostAsync(message);
        await RememberedAsync(Channel);

        Assert.Null(await Store.FindAsync(new ConversationKey("teams", Thread), CancellationToken.None));
    }

    [Fact]
    public async Task RemovedFromAGroupChat_ForgetsIt()
    {
        await PostAsync(Message("Great post!", "19:group@thread.v2", "groupChat"));
        await RememberedAsync("19:group@thread.v2");

        var removed = Message(null, "19:group@thread.v2", "groupChat");
        removed["type"] = "conversationUpdate";
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "28:candor" });
        await PostAsync(removed);

        await UntilAsync(async () => await Store.FindAsync(new ConversationKey("teams", "19:group@thread.v2"), CancellationToken.None) is null);
    }

    [Fact]
    public async Task RemovedFromATeam_ForgetsEveryChannelOfIt()
    {
        const string Other = "19:77aa01@thread.tacv2";
        await PostAsync(Message("Great post!", Thread, "channel"));
        var inOther = Message("Great post!", Other + ";messageid=1763283600001", "channel");
        inOther["channelData"]!["channel"] = new JsonObject { ["id"] = Other, ["name"] = "Hiring" };
        await PostAsync(inOther);
        await RememberedAsync(Channel);
        await RememberedAsync(Other);

        // Uninstalling from a team arrives from its General channel.
        var removed = Message(null, "19:team@thread.tacv2", "channel");
        removed["type"] = "installationUpdate";
        removed["action"] = "remove";
        removed["channelData"]!["channel"] = new JsonObject { ["id"] = "19:team@thread.tacv2" };
        await PostAsync(removed);

        await UntilAsync(async () => await Store.FindAsync(new ConversationKey("teams", Other), CancellationToken.None) is null);
        Assert.Null(await Store.FindAsync(new ConversationKey("teams", Channel), CancellationToken.None));
    }

    [Fact]
    public async Task DeletedChannel_IsForgotten()
    {
        await PostAsync(Message("Great post!", Thread, "channel"));
        await RememberedAsync(Channel);

        var deleted = Message(null, "19:team@thread.tacv2", "channel");
        deleted["type"] = "conversationUpdate";
        deleted["channelData"]!["eventType"] = "channelDeleted";
        await PostAsync(deleted);

        await UntilAsync(async () => await Store.FindAsync(new ConversationKey("teams", Channel), CancellationToken.None) is null);
    }

    [Fact]
    public async Task WithCredentials_AStoredPlainHttpConnector_NeverGetsTheToken()
    {
        using var http = new HttpClient();
        var cloud = new ConnectorClient(http, new NoConnectorTokens(), NullLogger<ConnectorClient>.Instance, loopbackOnly: false);
        var leftOver = new ConversationReference(
            new ConversationKey("teams", Chat), "personal", connector.ServiceUrl, "tenant-1", null, "28:candor", "Candor", null, DateTimeOffset.UnixEpoch);

        var delivery = await new TeamsProactiveSender(cloud).SendAsync(leftOver, StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("only sent over https", delivery.Reason, StringComparison.Ordinal);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task ForgetCard_AsksFirst_ThenTheButtonErasesTheChannelsHistoryAndReference()
    {
        await PostAsync(Message("Great post!", Thread, "channel"));
        await RememberedAsync(Channel);
        await PostAsync(Message("forget", Thread, "channel"));
        var asked = await connector.WaitForCardAsync(2);
        var confirm = Message(null, Thread, "channel");
        confirm["type"] = "invoke";
        confirm["name"] = "adaptiveCard/action";
        confirm["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "forget", ["data"] = new CardPayload("forget", "forget", Variant: "confirm").ToData() },
        };

        using var answered = await PostAsync(confirm);
        var card = JsonNode.Parse(await answered.Content.ReadAsStringAsync())!;

        Assert.StartsWith("⚠ Forget this conversation?", (string?)asked["text"], StringComparison.Ordinal);
        Assert.Contains("Forgotten: 1 check", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(await Store.FindAsync(new ConversationKey("teams", Channel), CancellationToken.None));
        Assert.Empty(await bot.Services.GetRequiredService<IHistoryStore>().ReadAsync(
            new ConversationKey("teams", Channel), DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task ConversationThatBlockedCandor_IsForgotten()
    {
        await PostAsync(Message("Great post!", Chat, "personal"));
        await RememberedAsync(Chat);
        connector.Plan(403);

        var blocked = await Sender.SendAsync(new ConversationKey("teams", Chat), StaticCards.Welcome(), CancellationToken.None);
        var again = await Sender.SendAsync(new ConversationKey("teams", Chat), StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Gone, blocked.Status);
        Assert.Contains("403", blocked.Reason, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Unknown, again.Status);
    }

    [Fact]
    public async Task ThrottledConnector_IsRetried_AndTheCardPostedOnce()
    {
        await PostAsync(Message("Great post!", Chat, "personal"));
        await RememberedAsync(Chat);
        connector.Plan(429, "0");
        connector.Plan(502);

        var delivery = await Sender.SendAsync(new ConversationKey("teams", Chat), StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal(2, connector.Cards().Count());
        Assert.Equal(2, connector.Cards(429).Count() + connector.Cards(502).Count());
    }

    [Fact]
    public async Task Reference_SurvivesARestart()
    {
        await PostAsync(Message("Great post!", Chat, "personal"));
        await RememberedAsync(Chat);

        await StopBotAsync();
        bot = await StartBotAsync();
        var delivery = await Sender.SendAsync(new ConversationKey("teams", Chat), StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
    }

    [Fact]
    public async Task LocalMode_ConversationOnAnotherMachine_IsNotPostedTo()
    {
        var elsewhere = Message("Great post!", Chat, "personal");
        elsewhere["serviceUrl"] = "https://smba.trafficmanager.net/emea/";
        await PostAsync(elsewhere);
        await RememberedAsync(Chat);

        var delivery = await Sender.SendAsync(new ConversationKey("teams", Chat), StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("Local mode only posts to this machine", delivery.Reason, StringComparison.Ordinal);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task StorageFailure_CostsTheReference_NotTheAnswer()
    {
        await bot.Services.GetRequiredService<Database>().RunAsync(c => c.ExecuteAsync("DROP TABLE conversations"), CancellationToken.None);

        using var response = await PostAsync(Message("Great post!", Chat, "personal"));
        var card = await connector.WaitForCardAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("~ Low effort · comment", (string?)card["text"], StringComparison.Ordinal);
    }

    private async Task<WebApplication> StartBotAsync()
    {
        var started = TestHost.Build(folder, "--Logging:LogLevel:Default=Critical");
        await started.StartAsync();
        return started;
    }

    private async Task StopBotAsync()
    {
        await bot.StopAsync();
        await bot.DisposeAsync();
    }

    // As Teams sends it: the tenant always, and in a channel the team and the channel.
    private JsonObject Message(string? text, string conversation, string kind)
    {
        if (kind == "channel")
        {
            return TestActivities.ChannelMessage(connector.ServiceUrl, conversation, Channel, text);
        }

        var message = TestActivities.Message(connector.ServiceUrl, conversation, kind, text);
        message["conversation"]!["tenantId"] = "tenant-1";
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        return message;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => TestActivities.PostAsync(Http, $"{bot.Urls.First()}/api/messages", activity);

    // The reference is kept after the answer is sent, so the tests wait for it, not for the card.
    private Task RememberedAsync(string conversation) =>
        UntilAsync(async () => await Store.FindAsync(new ConversationKey("teams", conversation), CancellationToken.None) is not null);

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
