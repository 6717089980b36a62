using Candor.Analysis.Lockstep;

namespace Candor.Analysis.Tests.Lockstep;

public class CommentIndexTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CommentIndex.MaxNeighbours + 1, false)]
    [InlineData(CommentIndex.MaxNeighbours + 2, true)]
    public void Crowded_NeighboursWithinTheWindow_MarkedOnlyPastTheLimit(int comments, bool crowded)
    {
        var thread = Enumerable.Range(0, comments).Select(i => new LockstepComment("t", $"a{i}", Noon.AddSeconds(i), true, "Great post!"));
        var quietLater = new LockstepComment("t", "late", Noon.AddHours(2), true, "Great post!");

        var index = new CommentIndex([.. thread, quietLater], TimeSpan.FromMinutes(30));

        Assert.All(index.ByThread[..^1], c => Assert.Equal(crowded, c.Crowded));
        Assert.False(index.ByThread[^1].Crowded);
    }

    [Fact]
    public void ByThread_CommentsInAnyOrder_ByThreadThenTimeWithAccountsNumberedInOrder()
    {
        LockstepComment[] comments =
        [
            new("t2", "Cy", Noon.AddMinutes(5), false, "c"),
            new("t1", "Bo", Noon.AddMinutes(9), true, "b"),
            new("t2", "Al", Noon, true, "a"),
            new("t1", "Cy", Noon.AddMinutes(1), true, "d"),
        ];

        var index = new CommentIndex(comments, TimeSpan.FromMinutes(30));

        Assert.Equal(["Al", "Bo", "Cy"], index.AccountNames);
        Assert.Equal([3, 1, 2, 0], index.ByThread.Select(c => c.Source));
        Assert.Equal([0, 3], index.Of(2).ToArray());
        Assert.Equal((0, 2), index.Around(1));
    }
}
