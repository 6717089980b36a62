using System.Text.Json;
using System.Text.Json.Nodes;
using Candor.Bot.Channels.Slack;

namespace Candor.Bot.Tests.Channels.Slack;

public sealed class SlackRequestsTests
{
    [Fact]
    public void MentionAndTheMessageCarryingIt_ShareOneDedupeKey_AndRetriesKeepIt()
    {
        var mention = Read(SignedSlack.Callback("Ev01", SignedSlack.Mention("look at this")));
        var message = Read(SignedSlack.Callback("Ev02", SignedSlack.ChannelMessage("look at this")));
        var retry = Read(SignedSlack.Callback("Ev01", SignedSlack.Mention("look at this")));
        var next = Read(SignedSlack.Callback("Ev03", SignedSlack.Mention("look at this", ts: "1763300000.000101")));

        Assert.Equal(mention.DedupeKey, message.DedupeKey);
        Assert.Equal(mention.DedupeKey, retry.DedupeKey);
        Assert.NotEqual(mention.DedupeKey, next.DedupeKey);
        Assert.False(mention.Passive);
        Assert.True(message.Passive);
    }

    [Theory]
    [InlineData("""{"type":"block_actions","response_url":"https://hooks.slack.com/x","actions":[{"value":"{}"}],"state":"oops"}""")]
    [InlineData("""{"type":"block_actions","response_url":"https://hooks.slack.com/x","actions":["nope"]}""")]
    [InlineData("""{"type":"view_submission","view":"nope"}""")]
    [InlineData("""{"type":"view_submission","view":{"callback_id":"candor_rewrite","private_metadata":"not json"}}""")]
    [InlineData("""{"type":"message_action","callback_id":"check_message","response_url":"https://hooks.slack.com/x","message":7}""")]
    public void MalformedInteraction_IsReadWithoutThrowing(string payload)
    {
        var read = Record.Exception(() => SlackRequests.Interaction(JsonSerializer.Deserialize<JsonElement>(payload)));

        Assert.Null(read);
    }

    private static SlackMessage Read(JsonObject callback) =>
        Assert.IsType<SlackMessage>(SlackRequests.Event(JsonSerializer.Deserialize<JsonElement>(callback.ToJsonString())));
}
