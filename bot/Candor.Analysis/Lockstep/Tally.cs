namespace Candor.Analysis.Lockstep;

/// <summary>
/// Counts, per account, the distinct places (threads, gatherings) it was seen at, in arrays sized to the
/// accounts: no dictionary per question, and only the accounts seen are visited to clear them. Places must be
/// reported together (all of one place before the next).
/// </summary>
internal sealed class Tally
{
    private readonly int[] counts;
    private readonly int[] lastPlace;
    private readonly List<int> seen = [];

    public Tally(int accounts)
    {
        counts = new int[accounts];
        lastPlace = new int[accounts];
        Array.Fill(lastPlace, -1);
    }

    /// <summary>How many accounts were seen.</summary>
    public int Seen => seen.Count;

    /// <summary>Counts the account at the place, once however often it is seen there.</summary>
    public void Add(int account, int place)
    {
        if (lastPlace[account] == place)
        {
            return;
        }

        lastPlace[account] = place;
        if (counts[account]++ == 0)
        {
            seen.Add(account);
        }
    }

    /// <summary>At how many places the account was seen.</summary>
    public int Places(int account) => counts[account];

    /// <summary>The accounts seen at <paramref name="min"/> places or more with their counts, by account; then starts afresh.</summary>
    public (int Account, int Places)[] Take(int min)
    {
        var taken = seen.Count == 0 ? [] : seen.Where(a => counts[a] >= min).Order().Select(a => (a, counts[a])).ToArray();
        Clear();
        return taken;
    }

    public void Clear()
    {
        foreach (var account in seen)
        {
            (counts[account], lastPlace[account]) = (0, -1);
        }

        seen.Clear();
    }
}
