using Candor.Bot.LinkFetch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Tests.LinkFetch;

/// <summary><c>LinkFetch:*</c>: off by default, and a bad value stops start-up naming its key.</summary>
public sealed class LinkFetchSettingsTests
{
    private static LinkFetchSettings Read(params (string Key, string Value)[] values) =>
        LinkFetchSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());

    [Fact]
    public void Read_Nothing_IsOffWithTheDefaultCaps()
    {
        var settings = Read();

        Assert.Equal((false, 5, 2 * 1024 * 1024), (settings.Enabled, settings.TimeoutSeconds, settings.MaxBytes));
    }

    [Theory]
    [InlineData("LinkFetch:TimeoutSeconds", "0")]
    [InlineData("LinkFetch:TimeoutSeconds", "31")]
    [InlineData("LinkFetch:MaxBytes", "1000")]
    [InlineData("LinkFetch:MaxBytes", "100000000")]
    [InlineData("LinkFetch:Enabled", "maybe")]
    [InlineData("LinkFetch:TimeoutSeconds", "five")]
    public void Read_BadValue_NamesTheKey(string key, string value)
    {
        var bad = Assert.Throws<OptionsValidationException>(() => Read((key, value)));

        Assert.Contains(key, bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_BadValue_StopsStartUp()
    {
        using var folder = new TempFolder();

        var bad = Assert.Throws<OptionsValidationException>(() => TestHost.Build(folder, "--LinkFetch:TimeoutSeconds=60"));

        Assert.Contains("LinkFetch:TimeoutSeconds", bad.Message, StringComparison.Ordinal);
    }
}
