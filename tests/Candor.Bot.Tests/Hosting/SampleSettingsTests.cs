using Candor.Analysis.Outreach;
using Candor.Analysis.Tests;
using Candor.Bot.Hosting;
using Candor.Bot.Rewriting;
using Microsoft.Extensions.Configuration;

namespace Candor.Bot.Tests.Hosting;

/// <summary>appsettings.sample.json lists every key (design.md, "Configuration") and its values are usable as they stand.</summary>
public class SampleSettingsTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder().AddJsonFile(RepositoryFiles.PathOf("appsettings.sample.json")).Build();

    [Theory]
    [InlineData(typeof(OutreachLimits), OutreachSettings.Section)]
    [InlineData(typeof(RewriterOptions), RewriterOptions.Section)]
    [InlineData(typeof(Candor.Bot.Digests.DigestSettings), Candor.Bot.Digests.DigestSettings.Section)]
    [InlineData(typeof(Candor.Bot.Conversation.UsageLimitSettings), Candor.Bot.Conversation.UsageLimitSettings.Section)]
    [InlineData(typeof(Candor.Bot.Conversation.OutboxSettings), Candor.Bot.Conversation.OutboxSettings.Section)]
    [InlineData(typeof(Candor.Analysis.Lockstep.LockstepOptions), "Lockstep")]
    [InlineData(typeof(Candor.Bot.LinkFetch.LinkFetchSettings), Candor.Bot.LinkFetch.LinkFetchSettings.Section)]
    public void Sample_ListsEverySetting(Type settings, string section)
    {
        var keys = Sample.GetSection(section).GetChildren().Select(c => c.Key).ToHashSet();

        Assert.All(settings.GetProperties().Where(p => p.CanWrite).Select(p => p.Name), name => Assert.Contains(name, keys));
    }

    [Fact]
    public void Sample_DigestAndLockstepSettings_AreTheDefaults()
    {
        Assert.Equal("UTC", Candor.Bot.Digests.DigestSettings.Read(Sample).Zone.Id);
        Assert.Equal(Candor.Analysis.Lockstep.LockstepOptions.Default, Settings.Read<Candor.Analysis.Lockstep.LockstepOptions>(Sample, "Lockstep", o => o.Problems()));
    }

    [Fact]
    public void Sample_OutboxLease_IsTheDefault_AndAnAbsurdOneIsRefusedByName()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), Candor.Bot.Conversation.OutboxSettings.Read(Sample).Lease);
        var absurd = new ConfigurationBuilder().AddInMemoryCollection([new("Outbox:LeaseSeconds", "1")]).Build();
        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => Candor.Bot.Conversation.OutboxSettings.Read(absurd));
        Assert.Contains("Outbox:LeaseSeconds is 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_OutreachLimits_AreLinkedInsDefaults() => Assert.Equal(OutreachLimits.Default, OutreachSettings.Read(Sample));
}
