using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Candor.Bot.Channels.Slack;

namespace Candor.Bot.Tests.Channels.Slack;

/// <summary>Every Slack endpoint refuses what Slack did not sign, just now, over exactly these bytes: 401, nothing processed.</summary>
public sealed class SlackSignatureTests : IAsyncLifetime
{
    private SlackTestBot test = null!;

    private FakeSlack Slack => test.Slack;

    private SignedSlack Signed => test.Signed;

    public async Task InitializeAsync() => test = await SlackTestBot.StartAsync();

    public async Task DisposeAsync() => await test.DisposeAsync();

    [Fact]
    public void SlacksPublishedTestVector_Verifies()
    {
        const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        var then = new TestClock(DateTimeOffset.FromUnixTimeSeconds(1531420618).AddSeconds(30));
        var signature = new SlackSignature(SignedSlack.Secret, then);

        Assert.Equal(SignatureCheck.Valid, signature.Check("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Encoding.UTF8.GetBytes(Body)));
        Assert.Equal(SignatureCheck.Wrong, signature.Check("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    public void Timestamp_MoreThanFiveMinutesOffEitherWay_IsRefused(int offsetSeconds, bool accepted)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1763300000);
        var signature = new SlackSignature(SignedSlack.Secret, new TestClock(now));
        var timestamp = (1763300000 + offsetSeconds).ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes("{}");

        Assert.Equal(accepted ? SignatureCheck.Valid : SignatureCheck.Stale, signature.Check(timestamp, signature.Sign(timestamp, body), body));
    }

    [Theory]
    [InlineData("bad signature")]
    [InlineData("no timestamp")]
    [InlineData("no signature")]
    [InlineData("no headers")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("replayed with a new timestamp")]
    [InlineData("one byte altered")]
    [InlineData("timestamp not a number")]
    public async Task UnsignedOrAltered_Gets401_AndNothingIsAnswered(string how)
    {
        var body = Encoding.UTF8.GetBytes(SignedSlack.Callback("EvSig", SignedSlack.ChannelMessage("Great post!", "im", channel: "D0ANA")).ToJsonString());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string Seconds(long at) => at.ToString(CultureInfo.InvariantCulture);
        var (timestamp, signature) = how switch
        {
            "bad signature" => (Seconds(now), "v0=" + new string('0', 64)),
            "no timestamp" => (null, Signed.Sign(Seconds(now), body)),
            "no signature" => (Seconds(now), null),
            "no headers" => ((string?)null, (string?)null),
            "stale" => (Seconds(now - 360), Signed.Sign(Seconds(now - 360), body)),
            "future" => (Seconds(now + 360), Signed.Sign(Seconds(now + 360), body)),
            "replayed with a new timestamp" => (Seconds(now), Signed.Sign(Seconds(now - 120), body)),
            "timestamp not a number" => ("soon", Signed.Sign("soon", body)),
            _ => (Seconds(now), Signed.Sign(Seconds(now), body)),
        };
        if (how == "one byte altered")
        {
            body[^3] ^= 0x01;
        }

        using var events = await Signed.RawAsync("/slack/events", body, timestamp, signature);
        using var commands = await Signed.RawAsync("/slack/commands", body, timestamp, signature);
        // A refusal is decided before anything is queued, so there is nothing to wait for.
        using var interactions = await Signed.RawAsync("/slack/interactions", body, timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, events.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, commands.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, interactions.StatusCode);
        Assert.NotNull(JsonNode.Parse(await events.Content.ReadAsStringAsync())!["error"]);
        Assert.Empty(Slack.Calls);
    }

    [Fact]
    public async Task SignedJustNow_IsAccepted()
    {
        var body = Encoding.UTF8.GetBytes(SignedSlack.Callback("EvOk", SignedSlack.ChannelMessage("Great post!", "im", channel: "D0ANA")).ToJsonString());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await Signed.RawAsync("/slack/events", body, now, Signed.Sign(now, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Slack.WaitForAsync("chat.postMessage");
    }
}
