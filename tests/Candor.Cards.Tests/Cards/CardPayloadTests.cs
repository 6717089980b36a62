using Candor.Cards.Model;

namespace Candor.Cards.Tests.Cards;

/// <summary>Button payloads: compact, versioned, and read back whole or not at all.</summary>
public class CardPayloadTests
{
    [Fact]
    public void Encode_Short_IsPlainJsonWithTheVersion()
    {
        var encoded = new CardPayload("feedback", "thread", Vote: "up", Ref: "3fa94c0d1e2b").Encode(2000)!;

        Assert.StartsWith("{", encoded, StringComparison.Ordinal);
        Assert.Contains("\"v\":1", encoded, StringComparison.Ordinal);
        Assert.Equal(new CardPayload("feedback", "thread", Vote: "up", Ref: "3fa94c0d1e2b"), CardPayload.Decode(encoded));
    }

    [Fact]
    public void Encode_LongDraft_IsCompressedAndReadBackWhole()
    {
        var draft = string.Join(' ', Enumerable.Repeat("We cut onboarding from nine days to three by removing the sales call.", 40));
        var payload = new CardPayload("rewrite", "outreach", Draft: draft, To: "Aisha Rahman, Head of Growth", Format: "message");

        var encoded = payload.Encode(2000)!;

        Assert.StartsWith("z1.", encoded, StringComparison.Ordinal);
        Assert.True(encoded.Length <= 2000);
        Assert.Equal(payload, CardPayload.Decode(encoded));
    }

    [Fact]
    public void Encode_TooBigEvenCompressed_IsNull()
    {
        var random = new Random(7);
        var noise = string.Concat(Enumerable.Range(0, 6000).Select(_ => (char)('a' + random.Next(26))));
        Assert.Null(new CardPayload("rewrite", "outreach", Draft: noise).Encode(2000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"a\":\"feedback\",\"k\":\"thread\"}")]
    [InlineData("{\"v\":2,\"a\":\"feedback\",\"k\":\"thread\"}")]
    [InlineData("{\"v\":1,\"k\":\"thread\"}")]
    [InlineData("z1.!!!not-base64")]
    [InlineData("z1.AAAA")]
    [InlineData("[1,2,3]")]
    public void Decode_AnythingElse_IsNull(string encoded) => Assert.Null(CardPayload.Decode(encoded));
}
