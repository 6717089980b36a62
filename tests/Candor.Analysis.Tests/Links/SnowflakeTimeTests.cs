using Candor.Analysis.Links;

namespace Candor.Analysis.Tests.Links;

public class SnowflakeTimeTests
{
    [Fact]
    public void FromId_VerifiedActivityId_DecodesToDocumentedMillisecond()
    {
        Assert.Equal(DateTimeOffset.Parse("2024-09-23T14:38:10.974Z", System.Globalization.CultureInfo.InvariantCulture),
            SnowflakeTime.FromId("7243992047441870850"));
    }

    [Fact]
    public void FromId_VerifiedUgcPostId_DecodesToItsPostDate()
    {
        var time = SnowflakeTime.FromId("7244689377652617216");

        Assert.Equal(new DateOnly(2024, 9, 25), DateOnly.FromDateTime(time!.Value.UtcDateTime));
    }

    [Fact]
    public void FromId_AnyId_IsUtc()
    {
        Assert.Equal(TimeSpan.Zero, SnowflakeTime.FromId("7243992047441870850")!.Value.Offset);
    }

    [Theory]
    [InlineData("4611686018427387904", "2004-11-03T19:53:47.776Z")]
    [InlineData("9223372036854775807", "2039-09-07T15:47:35.551Z")]
    public void FromId_EdgesOfSanityRange_AreAccepted(string id, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SnowflakeTime.FromId(id));
    }

    [Theory]
    [InlineData("4611686018427387903")]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551615")]
    [InlineData("12345")]
    [InlineData("0")]
    public void FromId_OutsideSanityRange_ReturnsNull(string id)
    {
        Assert.Null(SnowflakeTime.FromId(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-7243992047441870850")]
    [InlineData(" 7243992047441870850")]
    [InlineData("72439920474418708501234")]
    public void FromId_NotANumber_ReturnsNull(string? id)
    {
        Assert.Null(SnowflakeTime.FromId(id));
    }
}
