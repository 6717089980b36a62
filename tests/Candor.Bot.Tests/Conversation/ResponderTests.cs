using Candor.Bot.Conversation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Candor.Bot.Tests.Conversation;

/// <summary>What Candor answers to the words people type, in every channel.</summary>
public sealed class ResponderTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private WebApplication bot = null!;
    private Responder responder = null!;

    public async Task InitializeAsync()
    {
        bot = TestHost.Build(folder);
        await bot.StartAsync();
        responder = bot.Services.GetRequiredService<Responder>();
    }

    public async Task DisposeAsync()
    {
        await bot.StopAsync();
        await bot.DisposeAsync();
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("coach", "There is no draft to coach.")]
    [InlineData("check   ", "There is nothing to check.")]
    [InlineData("digest weekly mon 09:00", "Digests belong to a channel or chat.")]
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
