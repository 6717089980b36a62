using Candor.Analysis.Lockstep;
using Candor.Bot.Storage;
using Candor.Cards.Building;

namespace Candor.Bot.Digests;

/// <summary>
/// The pod suspects a digest reports. The detector reads the channel's whole kept history, because a pod shows only
/// across threads checked over weeks; the digest reports the groups that came together on something the period's
/// checks brought in, since the rest were in earlier digests.
/// </summary>
internal static class DigestPods
{
    /// <summary>The groups that came together on something the period's checks brought in, strongest first.</summary>
    /// <remarks>
    /// That includes every gathering written in the period (a comment is checked after it is written), and also one
    /// written just before the period but checked in it, which no earlier digest saw.
    /// </remarks>
    public static IReadOnlyList<PodSuspect> Find(DigestPeriod period, IReadOnlyList<CheckRecord> history, LockstepOptions options)
    {
        var (comments, firstSeen) = Comments(history);
        return [.. LockstepDetector.Find(comments, options)
            .Select(group => (Group: group, Fresh: group.Occurrences.Where(o => o.Comments.Any(q => period.Holds(firstSeen[(o.ThreadId, q.Account)]))).ToList()))
            .Where(found => found.Fresh.Count > 0)
            .Select(found => new PodSuspect(found.Group.Accounts, found.Group.Occurrences.Count, Example([.. found.Fresh, .. found.Group.Occurrences])))];
    }

    /// <summary>
    /// Each commenter of each thread once, from the first check that had them, with when that check was made. A post
    /// checked again repeats its comments with times read from coarser ages ("2d" where it said "3h"); counting
    /// both would put people together who were hours apart. Comments with no time cannot be placed: giving them the
    /// check's time would make every thread look written at once, and invent pods.
    /// </summary>
    private static (List<LockstepComment> Comments, Dictionary<(string Thread, string Account), DateTimeOffset> FirstSeen) Comments(IReadOnlyList<CheckRecord> history)
    {
        var comments = new List<LockstepComment>();
        var firstSeen = new Dictionary<(string Thread, string Account), DateTimeOffset>();
        foreach (var check in history.OrderBy(c => c.At))
        {
            var fresh = check.Comments.Where(c => c.WrittenAt is not null && !firstSeen.ContainsKey((check.ThreadKey, c.Author))).ToList();
            comments.AddRange(fresh.Select(c => new LockstepComment(check.ThreadKey, c.Author, c.WrittenAt!.Value, c.Excerpt is not null, c.Excerpt ?? string.Empty)));
            foreach (var commenter in fresh)
            {
                firstSeen.TryAdd((check.ThreadKey, commenter.Author), check.At);
            }
        }

        return (comments, firstSeen);
    }

    /// <summary>One of the group's generic comments, from what the period brought in when there is one.</summary>
    private static string Example(IEnumerable<LockstepOccurrence> occurrences) =>
        occurrences.SelectMany(o => o.Comments).FirstOrDefault(q => q.Generic && q.Text.Length > 0)?.Text ?? string.Empty;
}
