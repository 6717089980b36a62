using Candor.Analysis.Lockstep;

namespace Candor.Analysis.Tests.Lockstep;

public class ChanceMeetingsTests
{
    [Theory]
    [InlineData(3, 0.1, 1.547e-4)]
    [InlineData(1, 0.5, 0.3935)]
    [InlineData(10, 0.01, 2.73e-27)]
    [InlineData(2, 5.0, 1.0)] // fewer than expected: not unusual at all
    [InlineData(3, 0.0, 0.0)]
    public void Tail_PoissonTail_MatchesTheClosedForm(int observed, double expected, double tail)
    {
        Assert.Equal(tail, ChanceMeetings.Tail(observed, expected), tail * 1e-3);
    }
}
