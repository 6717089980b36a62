using Candor.Analysis.Input;

namespace Candor.Analysis.Tests.Input;

/// <summary><see cref="InputGuard.Problem"/>: refuses empty, oversized and binary input; lets real pastes through.</summary>
public class InputGuardTests
{
    private const int Limit = 200 * 1024;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\t  \n")]
    [InlineData("\u200B\u200B\uFEFF")]
    [InlineData(" \u200D \u2060 ")]
    public void Problem_EmptyOrInvisibleOnly_ReportsEmpty(string input)
    {
        var problem = InputGuard.Problem(input);

        Assert.NotNull(problem);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Suggestion));
    }

    [Fact]
    public void Problem_OneCharacterOverLimit_ReportsTooLong()
    {
        var problem = InputGuard.Problem(new string('a', Limit + 1));

        Assert.NotNull(problem);
        Assert.Contains("too long", problem.Message, StringComparison.Ordinal);
        Assert.Contains("200 KB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_HugeThreadPaste_ReportsTooLong()
    {
        var comment = "Anna Berg: Great post, thanks for sharing the numbers from the Lisbon pilot!\n";
        var input = string.Concat(Enumerable.Repeat(comment, (Limit / comment.Length) + 10));

        Assert.Contains("too long", InputGuard.Problem(input)?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Great post\0 thanks")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000")]
    [InlineData("\u0001\u0002\u0003\u0004 JFIF \u0005\u0006\u0007\u0008")]
    public void Problem_BinaryBytes_ReportsBinary(string input)
    {
        var problem = InputGuard.Problem(input);

        Assert.NotNull(problem);
        Assert.Contains("binary", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Great post, Tom! Thanks for sharing 🙌")]
    [InlineData("🔥")]
    [InlineData("Anna Berg\n2nd\nHead of People\n3h\nWe tried this in 2022.\r\n\r\nTom Lee\t1h\tSame here.")]
    [InlineData("感谢分享，我们也遇到过同样的问题。")]
    [InlineData("Danke für den Beitrag! Schönes Wochenende 😊")]
    public void Problem_OrdinaryPaste_ReturnsNull(string input) =>
        Assert.Null(InputGuard.Problem(input));

    [Fact]
    public void Problem_ExactlyAtLimit_ReturnsNull() =>
        Assert.Null(InputGuard.Problem(new string('a', Limit)));

    [Fact]
    public void Problem_OneStrayControlCharacterInLongText_ReturnsNull()
    {
        var input = "We tried the buddy system in 2022 and first-month attrition dropped noticeably, " +
            "which surprised the whole leadership team.\u001B The written plan mattered even more for us.";

        Assert.Null(InputGuard.Problem(input));
    }
}
