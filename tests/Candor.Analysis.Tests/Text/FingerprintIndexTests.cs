using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

public class FingerprintIndexTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(300)] // enough texts to be worked in parallel
    public void SimilarLater_AgreesWithComparingEveryPair(int count)
    {
        // Small fingerprint alphabet so random texts overlap at every degree, including exact copies.
        var random = new Random(7);
        var texts = Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, random.Next(0, 12)).Select(_ => (ulong)random.Next(0, 25)).Distinct().Order().ToArray())
            .ToArray();
        texts[3] = texts[count - 1] = [1, 5, 9, 13, 17];
        var index = new FingerprintIndex(texts, minimum: 3);

        foreach (var threshold in new[] { 0.2, 0.5, 0.7, 1.0 })
        {
            var similar = index.SimilarLater(threshold);
            for (var a = 0; a < texts.Length; a++)
            {
                var expected = Enumerable.Range(a + 1, texts.Length - a - 1)
                    .Where(b => texts[a].Length >= 3 && texts[b].Length >= 3 && ShinglesTests.Similarity(texts[a], texts[b]) >= threshold);
                Assert.Equal(expected, similar[a]);
            }
        }

        Assert.Contains(count - 1, index.SimilarLater(1.0)[3]);
    }

    [Fact]
    public void SimilarLater_LeavesOutTextsBelowTheMinimum()
    {
        ulong[][] texts = [[1, 2], [1, 2], [1, 2, 3], [1, 2, 3]];
        var similar = new FingerprintIndex(texts, minimum: 3).SimilarLater(0.1);

        Assert.Empty(similar[0]);
        Assert.Equal([3], similar[2]);
    }

    [Fact]
    public void SimilarLater_AskedTwice_GivesTheSameAnswer()
    {
        ulong[][] texts = [[1, 2, 3], [2, 3, 4], [1, 2, 3]];
        var index = new FingerprintIndex(texts, minimum: 1);

        Assert.Equal(index.SimilarLater(0.5), index.SimilarLater(0.5));
        Assert.Equal([1, 2], index.SimilarLater(0.5)[0]);
    }
}
