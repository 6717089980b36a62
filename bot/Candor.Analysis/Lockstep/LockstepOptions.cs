namespace Candor.Analysis.Lockstep;

/// <summary>What counts as acting together (configuration <c>Lockstep:*</c> when the bot binds it).</summary>
public sealed record LockstepOptions
{
    /// <summary>How close in time a group's comments on one thread must be, first to last.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The smallest group worth reporting; two people who often agree are not a pod.</summary>
    public int MinAccounts { get; init; } = 3;

    /// <summary>On how many different threads a group must have come together; once or twice is chance.</summary>
    public int MinThreads { get; init; } = 3;

    public static LockstepOptions Default { get; } = new();

    /// <summary>What is wrong with these options, named by their configuration keys; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Window <= TimeSpan.Zero)
        {
            problems.Add($"Lockstep:{nameof(Window)} must be above 0, not {Window}.");
        }

        if (MinAccounts < 2)
        {
            problems.Add($"Lockstep:{nameof(MinAccounts)} must be at least 2, not {MinAccounts}.");
        }

        if (MinThreads < 2)
        {
            problems.Add($"Lockstep:{nameof(MinThreads)} must be at least 2, not {MinThreads}.");
        }

        return problems;
    }
}
