using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Threads;

public sealed class RelativeAgeTests
{
    [Theory]
    [InlineData(0, AgeUnit.Now, 0)]
    [InlineData(14, AgeUnit.Minute, 14)]
    [InlineData(3, AgeUnit.Hour, 180)]
    [InlineData(2, AgeUnit.Day, 2 * 1440)]
    [InlineData(1, AgeUnit.Week, 7 * 1440)]
    [InlineData(5, AgeUnit.Month, 150 * 1440)]
    [InlineData(1, AgeUnit.Year, 365 * 1440)]
    public void TryParse_ReadsBackWhatToIso8601Wrote(int amount, AgeUnit unit, int minutes)
    {
        var age = new RelativeAge(amount, unit);

        Assert.True(RelativeAge.TryParse(age.ToIso8601(), out var read));
        Assert.Equal(age, read);
        Assert.Equal(TimeSpan.FromMinutes(minutes), read.Approximate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3h")]
    [InlineData("PT")]
    [InlineData("P3H")]
    [InlineData("PT2D")]
    [InlineData("P-1D")]
    [InlineData("P1.5D")]
    public void TryParse_AnythingElse_IsRefused(string? iso) => Assert.False(RelativeAge.TryParse(iso, out _));
}
