using Candor.Cards.Gallery;
using Xunit.Abstractions;

namespace Candor.Cards.Tests.Rendering;

/// <summary>
/// Every gallery card through the official Adaptive Cards renderer (npm <c>adaptivecards</c> 3.x) in headless
/// Chromium: zero parse, validation or own-check events, and a PNG of each under the test output
/// (<c>cards-rendered/</c>). With CANDOR_UPDATE_PICTURES=1 the README's pictures in docs/cards are refreshed.
/// </summary>
public sealed class OfficialRendererTests(ITestOutputHelper output)
{
    // The cards the README shows.
    private static readonly string[] Pictured = ["thread-short", "comment-hostile", "outreach-short", "link-short", "digest", "welcome"];

    [Fact]
    public void EveryCard_RendersWithNoEventsInTheOfficialRenderer()
    {
        if (OfficialRenderer.Unavailable() is { } missing)
        {
            Assert.False(OfficialRenderer.Required, missing);
            output.WriteLine($"Skipped: {missing}");
            return;
        }

        var cards = Path.Combine(AppContext.BaseDirectory, "cards-json");
        var pictures = Path.Combine(AppContext.BaseDirectory, "cards-rendered");
        var names = CardGallery.Write(cards);

        var run = OfficialRenderer.Run(cards, pictures);

        Assert.Equal(names.Order(StringComparer.Ordinal), run.Cards.Select(c => c.Card).Order(StringComparer.Ordinal));
        var problems = run.Cards.SelectMany(c => c.Events.Select(e => $"{c.Card}: {e}")).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.All(run.Cards, c => Assert.True(new FileInfo(c.PngPath).Length > 1000, $"{c.Card}: no picture"));
        output.WriteLine($"{run.Cards.Count} cards rendered; pictures in {pictures}");

        if (Environment.GetEnvironmentVariable("CANDOR_UPDATE_PICTURES") == "1")
        {
            var docs = Candor.Analysis.Tests.RepositoryFiles.PathOf("docs/cards");
            Directory.CreateDirectory(docs);
            foreach (var name in Pictured)
            {
                File.Copy(Path.Combine(pictures, $"{name}.png"), Path.Combine(docs, $"{name}.png"), overwrite: true);
            }
        }
    }
}
