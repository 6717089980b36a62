namespace Candor.Analysis.Lockstep;

/// <summary>A group (account numbers, ascending), the threads it came together on, and how generic it wrote there.</summary>
internal sealed record GrownGroup(int[] Members, Gathering[] Gatherings, double GenericShare);

/// <summary>
/// Grows a group from a pair the way CopyCatch (Beutel et al., WWW 2013) grows one from a seed: the threads where
/// the members came together within the window give the accounts that were there too, often enough; those
/// accounts give the threads again; until neither changes. The group that comes out is then held to the rules:
/// enough accounts, enough threads, every member at enough of them, mostly generic comments, and more meetings
/// than chance gives (<see cref="ChanceMeetings"/>).
/// </summary>
/// <remarks>
/// Pods rotate (not every member comments on every thread), so their pairs meet less often than the group does,
/// and a clique of pairs would split them. Counting who is present across the group's threads finds the whole
/// pod, and asking each member to be there often keeps out the passers-by of any one thread. Not thread-safe:
/// it keeps scratch arrays sized to the accounts.
/// </remarks>
internal sealed class GroupGrower(CommentIndex index, ChanceMeetings chance, LockstepOptions options)
{
    private const int MaxRounds = 8;

    /// <summary>
    /// A member must be at this share of the group's threads (and at least the minimum threads): an account that
    /// comments everywhere meets any group now and then, but not on a quarter of its threads.
    /// </summary>
    private const double MemberShare = 0.25;

    /// <summary>
    /// A thread counts for a group when at least this share of it came together (and at least the minimum group).
    /// Pods rotate, so not all; but two groups that share a thread or two must not count each other's threads.
    /// </summary>
    private const double PresentShare = 1.0 / 3;

    /// <summary>People who know each other and write real comments also arrive together; pods post praise, mostly.</summary>
    private const double MinGenericShare = 0.5;

    private readonly GatheringFinder finder = new(index);
    private readonly Tally tally = new(index.AccountNames.Length);

    public GrownGroup? Grow(Seed seed)
    {
        var members = Converged([seed.First, seed.Second]);
        var group = members.Length >= options.MinAccounts ? Settled(members, core: null) : null;
        if (group is null)
        {
            // A pod that rotates its members rarely has a pair, or even a trio, on all of its threads: the rest
            // of it shows on the threads where any two of them met.
            group = Settled(Discovered([seed.First, seed.Second]), core: null);
            if (group is null)
            {
                return null;
            }
        }

        // Two members who each missed the threads the rest met on are one short each until the gatherings they
        // make together with one member count. They are tried at once, on gatherings where the group was present,
        // so that another group sharing a thread or two does not come along with its own.
        var newcomers = Discovery(group.Members).Except(group.Members).ToArray();
        if (newcomers.Length == 0)
        {
            return group;
        }

        var extended = Settled(Joined(group.Members, newcomers), core: group.Members);
        return extended is not null && group.Members.All(m => extended.Members.Contains(m)) ? extended : group;
    }

    /// <summary>The members and the accounts found with them (<see cref="Discovery"/>), again and again, until none are new.</summary>
    private int[] Discovered(int[] members)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var found = Joined(members, Discovery(members));
            if (found.Length == members.Length)
            {
                break;
            }

            members = found;
        }

        return members;
    }

    /// <summary>The accounts near enough of the threads where two or more members met, one short of what a member needs.</summary>
    private int[] Discovery(int[] members) => Nearby(finder.Find(members, present: 2), relaxed: true);

    /// <summary>The members and the accounts at enough of their gatherings, alternately, until neither changes; empty when they fall apart.</summary>
    private int[] Converged(int[] members)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var gatherings = Gatherings(members);
            if (gatherings.Count < options.MinThreads)
            {
                return [];
            }

            var nearby = Nearby(gatherings, relaxed: false);
            if (nearby.AsSpan().SequenceEqual(members))
            {
                break;
            }

            members = nearby;
        }

        return members;
    }

    /// <summary>
    /// Drops members who are not at enough of the group's threads, or who keep it from holding, until it holds.
    /// With a <paramref name="core"/>, only gatherings with one of it count, so accounts tried on do not bring their own.
    /// </summary>
    private GrownGroup? Settled(int[] members, int[]? core)
    {
        while (members.Length >= options.MinAccounts)
        {
            var gatherings = Gatherings(members, core);
            if (gatherings.Count < options.MinThreads)
            {
                return null;
            }

            var attendance = Attendance(members, gatherings);
            var lowest = attendance.Min();
            if (lowest < Need(gatherings.Count))
            {
                // The least present go first: with them gone, smaller gatherings count again for the rest.
                members = [.. members.Where((_, i) => attendance[i] > lowest)];
                continue;
            }

            var share = GenericShare(gatherings);
            if (Unfit(members, attendance, gatherings, share) is not { } unfit)
            {
                return new GrownGroup(members, [.. gatherings], share);
            }

            members = [.. members.Where(m => m != unfit)];
        }

        return null;
    }

    /// <summary>The member to drop for the group to hold, or null when it holds.</summary>
    private int? Unfit(int[] members, int[] attendance, List<Gathering> gatherings, double share)
    {
        if (share <= MinGenericShare)
        {
            // An acquaintance who keeps turning up with a pod writes real comments; without them the rest may be a pod.
            return LeastGeneric(gatherings);
        }

        // Someone who comments everywhere meets a pod by chance, and makes its meetings look like chance too.
        var (comments, accounts) = Around(gatherings);
        var byChance = members.Where((m, i) => !chance.MemberUnlikely(m, attendance[i], comments, accounts)).ToArray();
        if (byChance.Length > 0)
        {
            return byChance.MaxBy(chance.Share);
        }

        var span = gatherings.Max(g => TicksAt(g.Positions[^1]) - TicksAt(g.Positions[0])) / (double)index.Window;
        return chance.GroupUnlikely(members, gatherings.Count, span) ? null : members.MaxBy(chance.Share);
    }

    private List<Gathering> Gatherings(int[] members, int[]? core = null) =>
        finder.Find(members, Math.Max(Math.Min(members.Length, options.MinAccounts), (int)Math.Ceiling(PresentShare * members.Length)), core);

    /// <summary>How many of the gatherings each member was at, in the members' order.</summary>
    private int[] Attendance(int[] members, List<Gathering> gatherings)
    {
        for (var g = 0; g < gatherings.Count; g++)
        {
            foreach (var position in gatherings[g].Positions)
            {
                tally.Add(index.ByThread[position].Account, g);
            }
        }

        var attendance = members.Select(tally.Places).ToArray();
        tally.Clear();
        return attendance;
    }

    /// <summary>
    /// The accounts within reach of enough of the gatherings, in ascending order: as many as a member must be at,
    /// or one fewer when relaxed.
    /// </summary>
    private int[] Nearby(List<Gathering> gatherings, bool relaxed)
    {
        for (var g = 0; g < gatherings.Count; g++)
        {
            foreach (var comment in Reach(gatherings[g]))
            {
                if (!comment.Crowded)
                {
                    tally.Add(comment.Account, g);
                }
            }
        }

        var need = Need(gatherings.Count);
        return [.. tally.Take(relaxed ? Math.Max(2, need - 1) : need).Select(a => a.Account)];
    }

    /// <summary>How many comments, from how many accounts, were within reach of the gatherings.</summary>
    private (long Comments, int Accounts) Around(List<Gathering> gatherings)
    {
        var comments = 0L;
        for (var g = 0; g < gatherings.Count; g++)
        {
            foreach (var comment in Reach(gatherings[g]))
            {
                comments++;
                tally.Add(comment.Account, g);
            }
        }

        var accounts = tally.Seen;
        tally.Clear();
        return (comments, accounts);
    }

    /// <summary>The comments of the gathering's thread that could share a window with all of its comments.</summary>
    private ReadOnlySpan<IndexedComment> Reach(Gathering gathering)
    {
        var (start, end) = index.Between(gathering.Thread, TicksAt(gathering.Positions[^1]) - index.Window, TicksAt(gathering.Positions[0]) + index.Window);
        return index.ByThread.AsSpan(start, end - start);
    }

    /// <summary>The member whose comments in the gatherings are least often generic (the first such by number).</summary>
    private int LeastGeneric(List<Gathering> gatherings) => gatherings
        .SelectMany(g => g.Positions, (_, p) => index.ByThread[p])
        .GroupBy(c => c.Account)
        .Select(c => (Account: c.Key, Share: c.Average(x => x.Generic ? 1.0 : 0.0)))
        .OrderBy(c => c.Share)
        .ThenBy(c => c.Account)
        .First().Account;

    private double GenericShare(List<Gathering> gatherings) =>
        (double)gatherings.Sum(g => g.Positions.Count(p => index.ByThread[p].Generic)) / gatherings.Sum(g => g.Positions.Length);

    private int Need(int gatherings) => Math.Max(options.MinThreads, (int)Math.Ceiling(MemberShare * gatherings));

    private long TicksAt(int position) => index.ByThread[position].Ticks;

    private static int[] Joined(int[] members, int[] others) => [.. members.Union(others).Order()];
}
