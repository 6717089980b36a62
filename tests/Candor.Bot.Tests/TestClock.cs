namespace Candor.Bot.Tests;

/// <summary>A clock that says what the test says: fixed, or moved on by setting <see cref="Now"/>.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
