using Candor.Bot.Conversation;
using Candor.Bot.Digests;
using Candor.Bot.LinkFetch;
using Candor.Bot.Rewriting;
using Candor.Cards.Model;
using Candor.Cards.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Candor.Bot.Tests.LinkFetch;

/// <summary>
/// End to end through the answers: the bot's own services, with the fetcher pointed at the local www.linkedin.com
/// (the bot itself only ever uses the real network).
/// </summary>
public sealed class LinkFetchAnswerTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private FakeLinkedIn server = null!;
    private WebApplication bot = null!;

    public async Task InitializeAsync()
    {
        server = await FakeLinkedIn.StartAsync();
        bot = TestHost.Build(folder, "--LinkFetch:Enabled=true");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await server.DisposeAsync();
    }

    public void Dispose() => folder.Dispose();

    private Responder Responder(bool enabled = true)
    {
        var services = bot.Services;
        var links = new PostLinks(new LinkFetchSettings { Enabled = enabled }, server.Fetcher());
        return new Responder(TimeProvider.System, services.GetRequiredService<ModelRewriter>(), services.GetRequiredService<Candor.Analysis.Outreach.OutreachLimits>(),
            services.GetRequiredService<CheckHistory>(), services.GetRequiredService<DigestCommands>(), services.GetRequiredService<UsageLimits>(), links);
    }

    private static string Url(string path) => $"https://{FakeLinkedIn.Host}{path}";

    private static string TextOf(Card card) => PlainTextCardRenderer.Render(card);

    [Fact]
    public void Host_ReadsLinkFetchEnabled()
    {
        Assert.True(bot.Services.GetRequiredService<LinkFetchSettings>().Enabled);
        Assert.NotNull(bot.Services.GetRequiredService<Responder>());
    }

    [Fact]
    public async Task PostLink_Enabled_IsJudgedAsTheThreadOnItsPublicPage()
    {
        var card = await Responder().AnswerAsync(Url(PostPages.Post), CancellationToken.None);

        Assert.Equal("thread", card.Kind);
        var text = TextOf(card);
        Assert.Contains("The post and 4 comments were read from its public page on LinkedIn.", text, StringComparison.Ordinal);
        Assert.Contains(PostPages.PodComment, text, StringComparison.Ordinal);
        Assert.Contains("Priya Raman", text, StringComparison.Ordinal);
        Assert.Equal(PostPages.Post, Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task PostLinkAfterCheck_WithAFewWords_IsFetchedToo()
    {
        var card = await Responder().AnswerAsync($"check is this real? {Url(PostPages.Graph)}", CancellationToken.None);

        Assert.Equal("comment", card.Kind);
        Assert.Contains(PostPages.RealComment, TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostLink_Disabled_MakesNoRequest()
    {
        var card = await Responder(enabled: false).AnswerAsync(Url(PostPages.Post), CancellationToken.None);

        Assert.Equal("link", card.Kind);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/dana-ortiz/")]
    [InlineData("https://www.linkedin.com/pulse/spot-instances-dana-ortiz-abcde/")]
    [InlineData("https://example.com/posts/dana-ortiz_spot-activity-7243992047441870850-AbCd/")]
    [InlineData("Priya Raman: Great post! Thanks for sharing https://www.linkedin.com" + PostPages.Post + "\nTom Becker: Great post! Thanks for sharing\nLena Ortiz: So true")]
    [InlineData("https://www.linkedin.com" + PostPages.Post + " https://www.linkedin.com" + PostPages.Graph)]
    public async Task NotALonePostLink_MakesNoRequest(string paste)
    {
        await Responder().AnswerAsync(paste, CancellationToken.None);

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task PostLink_AnsweredWithinTheRequest_MakesNoRequest()
    {
        var card = await Responder().CheckAsync(Url(PostPages.Post), CancellationToken.None, inBackground: false);

        Assert.Equal("link", card.Kind);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(PostPages.LoginWall, "The post's public page showed no comments")]
    [InlineData(PostPages.Malformed, "The post's public page showed no comments")]
    [InlineData(PostPages.Json, "I could not read the post's public page (the answer was not a web page)")]
    public async Task PostLink_PageNotRead_GetsTheLinkCheck_WithAOneLineNote(string path, string note)
    {
        var linkOnly = await Responder(enabled: false).AnswerAsync(Url(path), CancellationToken.None);

        var card = await Responder().AnswerAsync(Url(path), CancellationToken.None);

        Assert.Equal("link", card.Kind);
        Assert.Equal(linkOnly.Banner, card.Banner);
        Assert.StartsWith(note, Assert.IsType<Paragraph>(card.Parts[1]).Text, StringComparison.Ordinal);
        Assert.Equal(TextOf(linkOnly), TextOf(card with { Parts = [.. card.Parts.Where((_, i) => i != 1)] }));
    }

    [Fact]
    public async Task PostLink_Analysed_IsCalledBeforeThePageIsFetched()
    {
        var requestsWhenAnalysed = -1;

        await Responder().CheckAsync(Url(PostPages.Post), CancellationToken.None, analysed: () => requestsWhenAnalysed = server.Requests.Count);

        Assert.Equal(0, requestsWhenAnalysed);
        Assert.Single(server.Requests);
    }
}
