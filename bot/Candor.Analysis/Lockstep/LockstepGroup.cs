namespace Candor.Analysis.Lockstep;

/// <summary>How sure a pod suspicion is, in words for a digest.</summary>
public enum LockstepStrength { Possible, Likely, Strong }

/// <summary>Accounts that keep commenting together, generically, within minutes of each other: a pod suspect.</summary>
/// <param name="Accounts">The group's accounts, in ordinal order.</param>
/// <param name="Score">0 to 100: more shared threads, tighter windows and more generic comments score higher.</param>
/// <param name="GenericShare">The share of the group's comments in its co-occurrences that were judged generic.</param>
/// <param name="Occurrences">Each thread where the group came together, earliest first.</param>
public sealed record LockstepGroup(
    IReadOnlyList<string> Accounts, int Score, LockstepStrength Strength, double GenericShare, IReadOnlyList<LockstepOccurrence> Occurrences);

/// <summary>One time a group came together: the thread, the time from its first to its last comment, and what each wrote.</summary>
/// <param name="From">The first comment's time, in UTC.</param>
/// <param name="To">The last comment's time, in UTC.</param>
/// <param name="Comments">The members' comments in that window, in time order.</param>
public sealed record LockstepOccurrence(string ThreadId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<LockstepQuote> Comments);

/// <summary>What one member wrote in a co-occurrence, clipped to quote.</summary>
public sealed record LockstepQuote(string Account, DateTimeOffset At, bool Generic, string Text);
