using Candor.Analysis.Text;

namespace Candor.Analysis.Tests.Text;

public class ShinglesTests
{
    private const string Original = "The renewal risk score only worked once customer success managers could see why an account was flagged";
    private const string Reworded = "The renewal risk score only helped once customer success managers could see why each account was flagged";
    private const string Unrelated = "Congrats on the new office in Lisbon, the photos from the opening party look amazing";

    [Fact]
    public void Jaccard_IdenticalTexts_IsOne() =>
        Assert.Equal(1.0, Similarity(Of(Original), Of(Original)));

    [Fact]
    public void Jaccard_SameWordsDifferentCaseAndPunctuation_IsOne() =>
        Assert.Equal(1.0, Similarity(Of("Great point, Tom!"), Of("great POINT tom")));

    [Fact]
    public void Jaccard_DisjointTexts_IsZero() =>
        Assert.Equal(0.0, Similarity(Of("renewal risk scoring needs reasons"), Of("congrats on the new office")));

    [Fact]
    public void Jaccard_RewordedSentence_IsStrictlyBetweenZeroAndOne()
    {
        var similarity = Similarity(Of(Original), Of(Reworded));

        Assert.InRange(similarity, 0.3, 0.9);
        Assert.True(similarity > Similarity(Of(Original), Of(Unrelated)));
    }

    [Theory]
    [InlineData(Original, Reworded)]
    [InlineData(Original, Unrelated)]
    [InlineData("a b c d", "c d e f g")]
    [InlineData("Great post", "Great post, thanks for sharing")]
    public void Jaccard_IsSymmetric(string a, string b) =>
        Assert.Equal(Similarity(Of(a), Of(b)), Similarity(Of(b), Of(a)));

    [Fact]
    public void Jaccard_SameWordsInOtherOrder_IsBelowOne() =>
        Assert.True(Similarity(Of("legal joined the first call"), Of("the first call joined legal")) < 1.0);

    [Fact]
    public void Jaccard_EmptySet_IsZero()
    {
        Assert.Equal(0.0, Similarity([], Of(Original)));
        Assert.Equal(0.0, Similarity(Of(Original), []));
        Assert.Equal(0.0, Similarity([], []));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Wow")]
    [InlineData("🚀🙌")]
    public void Of_FewerThanTwoWords_IsEmpty(string text) => Assert.Empty(Of(text));

    [Fact]
    public void Of_Text_GivesOnePairPerAdjacentWordPairSortedAndDistinct()
    {
        var shingles = Of("a b a b a b");

        Assert.Equal(2, shingles.Length);
        Assert.Equal(shingles.Order(), shingles);
        Assert.Equal(shingles.Distinct(), shingles);
        Assert.Equal(4, Of("one two three four five").Length);
    }

    [Fact]
    public void Of_SameText_IsStableAcrossCalls() => Assert.Equal(Of(Original), Of(Original));

    [Fact]
    public void Of_CjkText_PairsCharacters() =>
        Assert.Equal(1.0, Similarity(Of("这个观点很有启发"), Of("这个观点很有启发")));

    private static ulong[] Of(string text) => Shingles.Of(Words.Of(text));

    /// <summary>Jaccard similarity of two fingerprint sets, worked out the slow, obvious way.</summary>
    internal static double Similarity(ulong[] a, ulong[] b) =>
        a.Length == 0 && b.Length == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
