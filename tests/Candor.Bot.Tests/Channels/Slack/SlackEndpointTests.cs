using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Candor.Cards.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Candor.Bot.Tests.Channels.Slack;

/// <summary>The Slack endpoints over real HTTP, signed as Slack signs, answered through a fake Slack Web API on loopback.</summary>
public sealed class SlackEndpointTests : IAsyncLifetime
{
    private const string Thread = """
        Priya Raman: Great post! Thanks for sharing
        Tom Becker: Great post! Thanks for sharing
        Lena Ortiz: Great post! Thanks for sharing
        Sam Okafor: We tried a weekly pricing review in 2024 and churn fell from 6% to 4%. Did you test annual plans?
        """;

    private static readonly HttpClient Http = new();

    private SlackTestBot test = null!;

    private FakeSlack Slack => test.Slack;

    private WebApplication Bot => test.Bot;

    private SignedSlack Signed => test.Signed;

    public async Task InitializeAsync() => test = await SlackTestBot.StartAsync();

    public async Task DisposeAsync() => await test.DisposeAsync();

    // Found by fuzzing: the parser accepts these inside strings and only reading the string failed, with a 500.
    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0x5C, 0x75, 0x64, 0x63, 0x31, 0x38 })] // the escape \udc18, a lone low surrogate
    public async Task Event_UnreadableTextInJson_Gets400(byte[] unreadable)
    {
        byte[] body = [.. "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\",\"text\":\"hi "u8, .. unreadable, .. "\",\"channel\":\"C1\",\"ts\":\"1.2\"}}"u8];
        var timestamp = SignedSlack.Now;

        using var response = await Signed.RawAsync("/slack/events", body, timestamp, Signed.Sign(timestamp, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interaction_LoneSurrogateEscapeInPayload_Gets400()
    {
        var payload = """{"type":"message_action","callback_id":"check_message","response_url":"x","message":{"text":"\udc18"}}""";
        var body = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload));
        var timestamp = SignedSlack.Now;

        using var response = await Signed.RawAsync("/slack/interactions", body, timestamp, Signed.Sign(timestamp, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        using var response = await Signed.EventAsync(new JsonObject { ["type"] = "url_verification", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]);
    }

    [Fact]
    public async Task MentionWithAPastedThread_IsAnsweredOnceInItsThread_WithinBlockKitLimits()
    {
        using var response = await Signed.EventAsync(SignedSlack.Callback("Ev01", SignedSlack.Mention(Thread)));
        var post = await Slack.WaitForAsync("chat.postMessage");
        await SettledAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(PostsTo("C0GROWTH"));
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        Assert.Equal("C0GROWTH", (string?)post.Body["channel"]);
        Assert.Equal("1763300000.000100", (string?)post.Body["thread_ts"]);
        Assert.StartsWith("~ Mixed · comment thread", (string?)post.Body["text"], StringComparison.Ordinal);
        Assert.Empty(BlockKitLimits.Breaches(post.Body));
        var kept = Assert.Single(await History("C0GROWTH"));
        Assert.Equal(("thread", 4), (kept.Kind, kept.Comments.Count));
    }

    [Fact]
    public async Task SlowSlack_NeverDelaysTheAcknowledgement()
    {
        Slack.Delay = TimeSpan.FromSeconds(3);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Signed.EventAsync(SignedSlack.Callback($"EvSlow{i}", SignedSlack.Mention(Thread, ts: $"1763300001.{i:000000}")))));
        var acknowledged = watch.Elapsed;

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(acknowledged < TimeSpan.FromSeconds(2), $"20 events acknowledged after {acknowledged}");
        await Slack.WaitForAsync("chat.postMessage", 20);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(3));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task HugePaste_IsAcknowledgedBeforeItIsAnalysed()
    {
        string[] names = ["Priya Raman", "Tom Becker", "Lena Ortiz", "Sam Okafor", "Mia Novak", "Omar Haddad", "Eva Lind", "Raj Patel"];
        var huge = string.Join('\n', Enumerable.Range(0, 2_000).Select(i => $"{names[i % names.Length]}: Great post! Thanks for sharing, comment {i}"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        using var response = await Signed.EventAsync(SignedSlack.Callback("EvHuge", SignedSlack.Mention(huge)));
        var acknowledged = watch.Elapsed;
        var post = await Slack.WaitForAsync("chat.postMessage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(acknowledged < TimeSpan.FromSeconds(1), $"a {huge.Length / 1024} KB paste was acknowledged after {acknowledged}");
        Assert.Contains("comment thread", (string?)post.Body["text"], StringComparison.Ordinal);
        Assert.Empty(BlockKitLimits.Breaches(post.Body));
    }

    [Fact]
    public async Task SameEvent_DeliveredThreeTimesAcrossARestart_IsAnsweredOnce()
    {
        var callback = SignedSlack.Callback("Ev02", SignedSlack.Mention("Great post! Thanks for sharing 🙌"));
        await Signed.EventAsync(callback);
        await Slack.WaitForAsync("chat.postMessage");
        await Signed.EventAsync(callback, retryNum: "1");
        await SettledAsync();

        await test.RestartAsync();
        using var afterRestart = await Signed.EventAsync(callback, retryNum: "2");
        await SettledAsync();

        Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
        Assert.Single(PostsTo("C0GROWTH"));
    }

    [Fact]
    public async Task MentionInAListeningChannel_DeliveredAsMentionAndMessage_IsAnsweredOnce()
    {
        await Bot.Services.GetRequiredService<IChannelSettingsStore>().SetListeningAsync(new ConversationKey("slack", "C0GROWTH"), true, CancellationToken.None);
        var message = SignedSlack.ChannelMessage($"<@{SignedSlack.BotUser}> {Thread}");

        await Signed.EventAsync(SignedSlack.Callback("Ev03", message));
        await Signed.EventAsync(SignedSlack.Callback("Ev04", SignedSlack.Mention(Thread)));
        await Slack.WaitForAsync("chat.postMessage");
        await SettledAsync();

        Assert.Single(PostsTo("C0GROWTH"));
    }

    [Fact]
    public async Task ListeningChannel_AnswersPastedThreads_AndIgnoresChatterAndLinks()
    {
        await Signed.EventAsync(SignedSlack.Callback("Ev05", SignedSlack.ChannelMessage(Thread, ts: "1763300000.000200")));
        await SettledAsync();
        Assert.Empty(PostsTo("C0GROWTH"));
        // A channel that is not listening leaves no trace of its messages.
        Assert.Equal(0, await Bot.Services.GetRequiredService<Database>().RunAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<int>(c, "SELECT COUNT(*) FROM dedupe_keys WHERE dedupe_key LIKE 'slack:message:C0GROWTH:%'"), CancellationToken.None));

        await Bot.Services.GetRequiredService<IChannelSettingsStore>().SetListeningAsync(new ConversationKey("slack", "C0GROWTH"), true, CancellationToken.None);
        await Signed.EventAsync(SignedSlack.Callback("Ev06", SignedSlack.ChannelMessage("lunch at 12?", ts: "1763300000.000300")));
        await Signed.EventAsync(SignedSlack.Callback("Ev06b", SignedSlack.ChannelMessage("https://www.linkedin.com/posts/ana-lima_pricing-activity-7396173142515294208-AbCd", ts: "1763300000.000350")));
        await Signed.EventAsync(SignedSlack.Callback("Ev07", SignedSlack.ChannelMessage(Thread, ts: "1763300000.000400")));
        await Until(() => Task.FromResult(PostsTo("C0GROWTH").Count > 0));
        await SettledAsync();

        var post = Assert.Single(PostsTo("C0GROWTH"));
        Assert.Equal("1763300000.000400", (string?)post.Body["thread_ts"]);
        Assert.Equal(["thread"], (await History("C0GROWTH")).Select(c => c.Kind));
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInTheChat_AndTheChatRemembered()
    {
        await Signed.EventAsync(SignedSlack.Callback("Ev08", SignedSlack.ChannelMessage("Great post! Thanks for sharing", "im", channel: "D0ANA")));
        var post = await Slack.WaitForAsync("chat.postMessage");

        Assert.Equal("D0ANA", (string?)post.Body["channel"]);
        Assert.Null(post.Body["thread_ts"]);
        await Until(async () => await Bot.Services.GetRequiredService<IConversationStore>().FindAsync(new ConversationKey("slack", "D0ANA"), CancellationToken.None) is not null);
    }

    [Fact]
    public async Task RememberedChat_GetsCardsLater_UntilSlackSaysCandorIsNotThere()
    {
        await Signed.EventAsync(SignedSlack.Callback("Ev12", SignedSlack.ChannelMessage("Great post! Thanks for sharing", "im", channel: "D0ANA")));
        await Slack.WaitForAsync("chat.postMessage");
        var chat = new ConversationKey("slack", "D0ANA");
        await Until(async () => await Bot.Services.GetRequiredService<IConversationStore>().FindAsync(chat, CancellationToken.None) is not null);
        var sender = Bot.Services.GetRequiredService<ProactiveSender>();

        var sent = await sender.SendAsync(chat, Cards.Building.StaticCards.Welcome(), CancellationToken.None);
        Slack.Plan("chat.postMessage", error: "not_in_channel");
        var gone = await sender.SendAsync(chat, Cards.Building.StaticCards.Welcome(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Sent, sent.Status);
        Assert.Equal("D0ANA", (string?)Slack.CallsTo("chat.postMessage")[1].Body["channel"]);
        Assert.Equal(DeliveryStatus.Gone, gone.Status);
        Assert.Null(await Bot.Services.GetRequiredService<IConversationStore>().FindAsync(chat, CancellationToken.None));
    }

    [Fact]
    public async Task Health_ListsSlack()
    {
        var health = JsonNode.Parse(await Http.GetStringAsync($"{Bot.Urls.First()}/healthz"))!;

        Assert.Contains("slack", health["channels"]!.AsArray().Select(c => (string?)c));
    }

    [Theory]
    [InlineData("bot_id")]
    [InlineData("subtype")]
    [InlineData("own")]
    public async Task BotsOwnAndEditedMessages_AreNeverAnswered(string which)
    {
        var message = SignedSlack.ChannelMessage("Great post!", "im", channel: "D0ANA");
        switch (which)
        {
            case "bot_id":
                message["bot_id"] = "B0OTHER";
                break;
            case "subtype":
                message["subtype"] = "message_changed";
                break;
            default:
                message["user"] = SignedSlack.BotUser;
                break;
        }

        using var response = await Signed.EventAsync(SignedSlack.Callback("Ev09", message));
        await SettledAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(PostsTo("D0ANA"));
    }

    [Fact]
    public async Task SharedLinkedInLink_IsUnfurledWithItsPostTime()
    {
        const string Url = "https://www.linkedin.com/posts/ana-lima_pricing-activity-7396173142515294208-AbCd";
        var shared = new JsonObject
        {
            ["type"] = "link_shared", ["channel"] = "C0GROWTH", ["user"] = "U0ANA", ["message_ts"] = "1763300000.000500",
            ["unfurl_id"] = "C0GROWTH.1763300000.000500.abc", ["source"] = "conversations_history",
            ["links"] = new JsonArray(new JsonObject { ["domain"] = "linkedin.com", ["url"] = Url }),
        };

        await Signed.EventAsync(SignedSlack.Callback("Ev10", shared));
        var unfurl = await Slack.WaitForAsync("chat.unfurl");

        Assert.Equal("C0GROWTH.1763300000.000500.abc", (string?)unfurl.Body["unfurl_id"]);
        Assert.Equal("conversations_history", (string?)unfurl.Body["source"]);
        var preview = unfurl.Body["unfurls"]![Url]!.AsObject();
        Assert.Empty(BlockKitLimits.Breaches(new JsonObject { ["text"] = "preview", ["blocks"] = preview["blocks"]!.DeepClone() }));
        var blocks = preview["blocks"]!.ToJsonString();
        Assert.Contains("Posted", blocks, StringComparison.Ordinal);
        Assert.Contains("UTC", blocks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpCommand_IsAnsweredInTheAcknowledgement()
    {
        using var response = await Signed.CommandAsync("help", Slack.ResponseUrl());
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        Assert.StartsWith("👋 Hi, I'm Candor", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Empty(BlockKitLimits.Breaches(answer));
    }

    [Fact]
    public async Task CheckCommand_IsAnsweredPrivatelyThroughTheResponseUrl()
    {
        using var response = await Signed.CommandAsync("check Great post! Thanks for sharing 🙌", Slack.ResponseUrl());
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ephemeral", (string?)answer.Body["response_type"]);
        Assert.Equal(false, (bool?)answer.Body["replace_original"]);
        Assert.StartsWith("~ Low effort · comment", (string?)answer.Body["text"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, answer.Authorization);
    }

    [Fact]
    public async Task ListenCommand_TurnsListeningOnForTheChannel()
    {
        await Signed.CommandAsync("listen on", Slack.ResponseUrl());
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Contains("Listening is on", (string?)answer.Body["text"], StringComparison.Ordinal);
        Assert.True(await Bot.Services.GetRequiredService<IChannelSettingsStore>().IsListeningAsync(new ConversationKey("slack", "C0GROWTH"), CancellationToken.None));
    }

    [Fact]
    public async Task DigestCommand_SchedulesTheChannelsDigest_AndRemembersWhereToPostIt()
    {
        await Signed.CommandAsync("digest weekly fri 16:00 Europe/London", Slack.ResponseUrl());
        var answer = await Slack.WaitForAsync("response_url");
        var key = new ConversationKey("slack", "C0GROWTH");
        await Until(async () => await Bot.Services.GetRequiredService<IConversationStore>().FindAsync(key, CancellationToken.None) is not null);

        Assert.Contains("Digest set: every Friday at 16:00 (Europe/London).", (string?)answer.Body["text"], StringComparison.Ordinal);
        var kept = await Bot.Services.GetRequiredService<Candor.Bot.Digests.DigestScheduler>().FindAsync(key, CancellationToken.None);
        Assert.Equal("0 0 16 ? * FRI", kept!.Schedule.Cron);
        Assert.Equal("channel", (await Bot.Services.GetRequiredService<IConversationStore>().FindAsync(key, CancellationToken.None))!.Kind);
    }

    [Fact]
    public async Task Forget_AsksFirst_ThenErasesEverythingKeptForTheChannel()
    {
        var store = Bot.Services.GetRequiredService<IChannelSettingsStore>();
        await store.SetListeningAsync(new ConversationKey("slack", "C0GROWTH"), true, CancellationToken.None);
        await Signed.EventAsync(SignedSlack.Callback("EvF1", SignedSlack.Mention(Thread)));
        await Until(async () => (await History("C0GROWTH")).Count == 1);
        await Until(async () => await Bot.Services.GetRequiredService<IConversationStore>().FindAsync(new ConversationKey("slack", "C0GROWTH"), CancellationToken.None) is not null);

        await Signed.CommandAsync("forget", Slack.ResponseUrl());
        var asked = await Slack.WaitForAsync("response_url");
        var confirm = asked.Body["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).First(e => (string?)e!["action_id"] == "forget:forget:confirm")!;
        await Signed.InteractionAsync(Button(CardPayload.Decode((string?)confirm["value"])!));
        var answer = await Slack.WaitForAsync("response_url", 2);

        Assert.StartsWith("⚠ Forget this conversation?", (string?)asked.Body["text"], StringComparison.Ordinal);
        Assert.Equal(true, (bool?)answer.Body["replace_original"]);
        Assert.Contains("Forgotten: 1 check", (string?)answer.Body["text"], StringComparison.Ordinal);
        Assert.Empty(await History("C0GROWTH"));
        Assert.False(await store.IsListeningAsync(new ConversationKey("slack", "C0GROWTH"), CancellationToken.None));
        Assert.Null(await Bot.Services.GetRequiredService<IConversationStore>().FindAsync(new ConversationKey("slack", "C0GROWTH"), CancellationToken.None));
        Assert.Equal(0, await Bot.Services.GetRequiredService<Database>().RunAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<int>(c, "SELECT COUNT(*) FROM dedupe_keys WHERE dedupe_key LIKE 'slack:message:C0GROWTH:%'"), CancellationToken.None));
    }

    [Fact]
    public async Task Forget_Cancelled_KeepsEverything()
    {
        await Signed.EventAsync(SignedSlack.Callback("EvF2", SignedSlack.Mention(Thread)));
        await Until(async () => (await History("C0GROWTH")).Count == 1);

        await Signed.InteractionAsync(Button(new CardPayload("forget", "forget", Variant: "cancel")));
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Contains("Kept: nothing was deleted.", (string?)answer.Body["text"], StringComparison.Ordinal);
        Assert.Single(await History("C0GROWTH"));
    }

    [Fact]
    public async Task MessageShortcut_ChecksTheMessagePrivately()
    {
        await Signed.InteractionAsync(new JsonObject
        {
            ["type"] = "message_action", ["callback_id"] = "check_message", ["trigger_id"] = "1337.42.abc", ["response_url"] = Slack.ResponseUrl(),
            ["channel"] = new JsonObject { ["id"] = "C0GROWTH" }, ["user"] = new JsonObject { ["id"] = "U0ANA" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = "1763300000.000600", ["text"] = "DM me on WhatsApp +44 7700 900123 to earn $500 a day from home" },
        });
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Equal("ephemeral", (string?)answer.Body["response_type"]);
        Assert.StartsWith("✗ Spam · comment", (string?)answer.Body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackButton_IsThankedPrivately_AndTheCardKept()
    {
        await Signed.InteractionAsync(Button(new CardPayload("feedback", "comment", Vote: "up", Ref: "0123456789ab", Verdict: "low_effort")));
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Equal(false, (bool?)answer.Body["replace_original"]);
        Assert.Contains("Thanks", (string?)answer.Body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteButtonWithADetail_ReplacesTheCardWithTheRewrite()
    {
        var payload = new CardPayload("rewrite", "outreach", Draft: "Hi Aisha, I'd love to connect and pick your brain. Do you have 15 minutes this week?", Format: "message");
        var button = Button(payload);
        button["state"] = new JsonObject { ["values"] = new JsonObject { ["input:detail"] = new JsonObject { ["detail"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "your talk on pricing experiments at SaaStr" } } } };

        await Signed.InteractionAsync(button);
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Equal(true, (bool?)answer.Body["replace_original"]);
        Assert.Contains("pricing experiments", answer.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(BlockKitLimits.Breaches(answer.Body));
    }

    [Fact]
    public async Task RewriteButtonWithoutADetail_OpensTheDialog_WhoseSubmitRewrites()
    {
        var payload = new CardPayload("rewrite", "outreach", Draft: "Hi Aisha, I'd love to connect and pick your brain. Do you have 15 minutes this week?", Format: "message");
        await Signed.InteractionAsync(Button(payload));
        var opened = await Slack.WaitForAsync("views.open");

        Assert.Equal("1337.42.abc", (string?)opened.Body["trigger_id"]);
        var view = opened.Body["view"]!.AsObject();
        using var submitted = await Signed.InteractionAsync(new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = "U0ANA" },
            ["view"] = new JsonObject
            {
                ["callback_id"] = (string?)view["callback_id"],
                ["private_metadata"] = (string?)view["private_metadata"],
                ["state"] = new JsonObject { ["values"] = new JsonObject { ["detail"] = new JsonObject { ["detail"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "your talk on pricing experiments at SaaStr" } } } },
            },
        });
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(string.Empty, await submitted.Content.ReadAsStringAsync());
        Assert.Equal(true, (bool?)answer.Body["replace_original"]);
        Assert.Contains("pricing experiments", answer.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowMoreButton_ShowsTheDetailsOfACardItPosted()
    {
        string[] names = ["Priya Raman", "Tom Becker", "Lena Ortiz", "Sam Okafor", "Mia Novak", "Omar Haddad", "Eva Lind", "Raj Patel", "Noor Aziz", "Ben Carter", "Ida Berg", "Yuki Tanaka"];
        var longThread = string.Join('\n', names.Select(name => $"{name}: Great post! Thanks for sharing"));
        await Signed.EventAsync(SignedSlack.Callback("Ev11", SignedSlack.Mention(longThread)));
        var post = await Slack.WaitForAsync("chat.postMessage");
        var showMore = post.Body["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).First(e => (string?)e!["action_id"] == "thread:details:go")!;

        await Signed.InteractionAsync(Button(CardPayload.Decode((string?)showMore["value"])!));
        var answer = await Slack.WaitForAsync("response_url");

        Assert.Equal(true, (bool?)answer.Body["replace_original"]);
        Assert.Contains("Yuki Tanaka", answer.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Yuki Tanaka", post.Body.ToJsonString(), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<CheckRecord>> History(string channel) =>
        Bot.Services.GetRequiredService<IHistoryStore>().ReadAsync(new ConversationKey("slack", channel), DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);

    private List<SlackCall> PostsTo(string channel) =>
        [.. Slack.CallsTo("chat.postMessage").Where(c => c.Status == 200 && (string?)c.Body["channel"] == channel)];

    // Work is answered in the background: a direct message sent after the request under test, and answered, shows
    // the bot has caught up with it, where a fixed wait would only hope so.
    private async Task SettledAsync()
    {
        var marker = $"D0MARK{Guid.NewGuid():N}"[..16];
        await Signed.EventAsync(SignedSlack.Callback($"Ev{marker}", SignedSlack.ChannelMessage("Great post!", "im", ts: "1763300009.000001", channel: marker)));
        await Until(() => Task.FromResult(PostsTo(marker).Count == 1));
    }

    private JsonObject Button(CardPayload payload) => new()
    {
        ["type"] = "block_actions",
        ["trigger_id"] = "1337.42.abc",
        ["response_url"] = Slack.ResponseUrl(),
        ["user"] = new JsonObject { ["id"] = "U0ANA" },
        ["channel"] = new JsonObject { ["id"] = "C0GROWTH" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1763300000.000700" },
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = $"{payload.Kind}:{payload.Verb}", ["value"] = payload.Encode(2000) }),
    };

    private static async Task Until(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
