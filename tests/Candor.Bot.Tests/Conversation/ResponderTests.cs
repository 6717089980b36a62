using Candor.Analysis.Outreach;
using Candor.Bot.Conversation;
using Candor.Bot.Rewriting;
using Candor.Bot.Storage;
using Candor.Bot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.Conversation;

/// <summary>What Candor answers to the words people type, in every channel.</summary>
public sealed class ResponderTests : IAsyncLifetime
{
    private MigratedSqlite sqlite = null!;
    private Responder responder = null!;

    public async Task InitializeAsync()
    {
        sqlite = await MigratedSqlite.CreateAsync();
        var history = new CheckHistory(new SqlHistoryStore(sqlite.Database), TimeProvider.System, NullLogger<CheckHistory>.Instance);
        responder = new Responder(TimeProvider.System, new ModelRewriter(new RewriterOptions(), NullLogger<ModelRewriter>.Instance), OutreachLimits.Default, history);
    }

    public async Task DisposeAsync() => await sqlite.DisposeAsync();

    [Theory]
    [InlineData("coach", "There is no draft to coach.")]
    [InlineData("check   ", "There is nothing to check.")]
    [InlineData("digest weekly mon 09:00", "Team digests are not available")]
    [InlineData("forget", "Forget this conversation?")]
    [InlineData("hello", "Hi, I'm Candor")]
    public async Task CommandWords_AreAnsweredAsCommands_NotCheckedAsComments(string typed, string answer)
    {
        var card = await responder.AnswerAsync(typed, CancellationToken.None);

        Assert.Contains(answer, card.Fallback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckOnItsOwnLine_IsNotPartOfThePastedThread()
    {
        const string Thread = "Priya Raman: Great post! Thanks for sharing\nTom Becker: Great post! Thanks for sharing\nLena Ortiz: Great post! Thanks for sharing";

        var withWord = await responder.AnswerAsync("check\n" + Thread, CancellationToken.None);
        var without = await responder.AnswerAsync(Thread, CancellationToken.None);

        Assert.Equal(without.Fallback, withWord.Fallback);
    }

    [Theory]
    [InlineData("forget")]
    [InlineData("help")]
    public async Task SomeoneElsesMessage_IsCheckedAsText_EvenWhenItLooksLikeACommand(string message)
    {
        var card = await responder.CheckAsync(message, CancellationToken.None);

        Assert.NotEqual("forget", card.Kind);
        Assert.NotEqual("welcome", card.Kind);
    }
}
