using Candor.Analysis.Threads;

namespace Candor.Analysis.Authenticity.Threads;

/// <summary>
/// Comments landing within a few minutes of each other, or of the post. Only ages shown in minutes are
/// precise enough to tell; "2h" could be anywhere in an hour, so hour-level ages never fire this.
/// </summary>
internal sealed class Burst() : CrossCommentHeuristic(
    "burst", Leaning.Automated, 10, "Pods are told to comment right after a post goes live, so their comments arrive in a clump.")
{
    private const int WindowMinutes = 5;
    private const int MinClump = 3;

    public override void Inspect(ThreadContext thread)
    {
        var minuteAges = thread.Comments
            .Select((c, i) => (Index: i, Age: c.Comment.Age))
            .Where(x => x.Age is { Unit: AgeUnit.Now or AgeUnit.Minute })
            .Select(x => (x.Index, Minutes: x.Age!.Value.Amount))
            .OrderBy(x => x.Minutes)
            .ToArray();

        // Per comment, the most comments in one window of WindowMinutes that it belongs to (0: in no clump).
        var clumpSize = new int[thread.Comments.Length];
        for (int start = 0, end = 0; start < minuteAges.Length; start++)
        {
            while (end < minuteAges.Length && minuteAges[end].Minutes - minuteAges[start].Minutes <= WindowMinutes)
            {
                end++;
            }

            if (end - start >= MinClump)
            {
                for (var k = start; k < end; k++)
                {
                    clumpSize[minuteAges[k].Index] = Math.Max(clumpSize[minuteAges[k].Index], end - start);
                }
            }
        }

        var postMinutes = thread.Paste.Post?.Age is { Unit: AgeUnit.Minute or AgeUnit.Now } postAge ? postAge.Amount : (int?)null;
        foreach (var (index, minutes) in minuteAges)
        {
            if (postMinutes is { } post && post - minutes <= WindowMinutes && post >= minutes)
            {
                thread.Findings[index].Add(Found(AgeText(thread, index), $"Written within {post - minutes} minute(s) of the post going live."));
            }
            else if (clumpSize[index] > 0)
            {
                thread.Findings[index].Add(Found(AgeText(thread, index), $"One of {clumpSize[index]} comments written within {WindowMinutes} minutes of each other."));
            }
        }
    }

    private static string AgeText(ThreadContext thread, int index) => $"{thread.Comments[index].Comment.Age?.Amount}m";
}
