namespace Candor.Analysis.Lockstep;

/// <summary>
/// The groups accepted so far, strongest seed first. A pair inside an accepted group is not grown again (the
/// dozens of pairs of one pod all lead back to it), and a group sharing half its members with an accepted one
/// is the same pod reached from a weaker seed.
/// </summary>
internal sealed class PodRegistry
{
    private readonly List<GrownGroup> groups = [];
    private readonly Dictionary<int, List<int>> groupsOf = [];

    public IReadOnlyList<GrownGroup> Groups => groups;

    public bool Covers(Seed seed) =>
        groupsOf.TryGetValue(seed.First, out var first) && groupsOf.TryGetValue(seed.Second, out var second) && first.Intersect(second).Any();

    public void Add(GrownGroup group)
    {
        var shared = group.Members
            .SelectMany(m => groupsOf.GetValueOrDefault(m) ?? [])
            .CountBy(g => g)
            .Any(g => 2 * g.Value >= Math.Min(group.Members.Length, groups[g.Key].Members.Length));
        if (shared)
        {
            return;
        }

        foreach (var member in group.Members)
        {
            if (!groupsOf.TryGetValue(member, out var list))
            {
                groupsOf[member] = list = [];
            }

            list.Add(groups.Count);
        }

        groups.Add(group);
    }
}
