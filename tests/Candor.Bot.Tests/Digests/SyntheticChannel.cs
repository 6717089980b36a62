using Candor.Bot.Conversation;
using Candor.Bot.Storage;

namespace Candor.Bot.Tests.Digests;

/// <summary>A group planted in a channel: its members gather within minutes, generically, on the threads at these positions.</summary>
internal sealed record PlantedPod(IReadOnlyList<string> Members, IReadOnlyList<int> OnThreads);

/// <summary>
/// A made-up team channel's kept history, shaped like a real one: threads checked over weeks, most within hours of
/// being posted and now and then a day or more later, each showing the comments written by then (most come in the
/// first hours, some over the next three days); commenters from a pool where a few comment everywhere and most now
/// and then; four in ten comments generic; and times resolved the way
/// <see cref="CheckHistory"/> resolves LinkedIn's relative ages, so a comment "3h" old when checked sits exactly
/// three hours before the check, whether it was written 3h05 or 3h55 before. All names and words are invented.
/// </summary>
internal static class SyntheticChannel
{
    public static readonly ConversationKey Growth = new("slack", "C0GROWTH");

    private static readonly string[] FirstNames =
    [
        "Ada", "Bram", "Cleo", "Dario", "Edda", "Farid", "Gwen", "Hugo", "Ilse", "Jalen", "Kira", "Lior", "Mina", "Nils", "Oona", "Pavel", "Quinn",
        "Rosa", "Soren", "Tamsin", "Umar", "Vera", "Wim", "Xenia", "Yusuf", "Zora",
    ];

    private static readonly string[] LastNames =
    [
        "Achterberg", "Brisco", "Calloway", "Dunmore", "Elsworth", "Falkner", "Grieve", "Hallam", "Inglis", "Jarrow", "Kettering", "Lunde",
        "Marchetti", "Nyqvist", "Ormsby", "Pellew", "Quayle", "Ravensworth", "Stroud",
    ];

    private static readonly string[] StockPraise =
    [
        "Great post, thanks for sharing!", "Love this 🙌", "So true.", "Couldn't agree more!", "Well said 👏", "Spot on!", "This is gold.",
        "Very insightful, thank you!", "Needed to read this today.", "100% agree with this.",
    ];

    /// <summary>What the pod writes: one template, varied a little, as pods do.</summary>
    public static readonly string[] PodPraise =
    [
        "Brilliant perspective, thanks for sharing! 🚀", "Such a valuable read, thanks for sharing! 🚀", "Brilliant insights here, thanks for sharing! 🚀",
    ];

    /// <summary>Names like a channel's commenters: "Ada Achterberg", distinct for up to 494 of them.</summary>
    public static string Name(int i) => $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}";

    /// <summary>
    /// <paramref name="threads"/> threads checked over <paramref name="days"/> days from <paramref name="start"/>, the checks in order,
    /// with <paramref name="commenters"/> commenters besides the pod's members.
    /// </summary>
    public static List<CheckRecord> Threads(int seed, DateTimeOffset start, int days, int threads, int commenters, PlantedPod? pod = null)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, commenters).Select(Name).Except(pod?.Members ?? []).ToArray();
        // A few comment on everything they see, most on the odd post: the crowd a pod hides in.
        var weights = names.Select((_, i) => i % 10 == 0 ? 8.0 : i % 3 == 0 ? 2.0 : 1.0).ToArray();
        var checks = new List<CheckRecord>();
        for (var t = 0; t < threads; t++)
        {
            var posted = start.AddHours((days * 24.0 * t / threads) + random.NextDouble() * 6);
            // People check a post the day they see it, mostly within hours; comments keep coming for days, most in the first hours.
            var checkedAt = posted + TimeSpan.FromMinutes(45) + Exponential(random, TimeSpan.FromHours(5));
            var written = new List<(string Author, DateTimeOffset At, string? Generic)>();
            foreach (var author in Draw(random, names, weights, random.Next(15, 70)))
            {
                var at = posted + (random.NextDouble() < 0.7 ? Exponential(random, TimeSpan.FromHours(3)) : TimeSpan.FromHours(72 * random.NextDouble()));
                if (at < checkedAt)
                {
                    written.Add((author, at, random.NextDouble() < 0.4 ? StockPraise[random.Next(StockPraise.Length)] : null));
                }
            }

            if (pod is not null && pod.OnThreads.Contains(t))
            {
                // An automated pod: every member, within five minutes, minutes after the post.
                var gathering = posted.AddMinutes(random.Next(1, 10));
                written.AddRange(pod.Members.Select(m => (m, gathering.AddMinutes(random.Next(0, 5)), (string?)PodPraise[random.Next(PodPraise.Length)])));
            }

            checks.Add(Thread($"check-{t:00}", checkedAt, ThreadKey(t), [.. written.OrderBy(w => w.At).Select(w => Commenter(w.Author, w.At, checkedAt, w.Generic))]));
        }

        return [.. checks.OrderBy(c => c.At)];
    }

    /// <summary>A post's activity id, as a linked paste gives it.</summary>
    public static string ThreadKey(int thread) => $"73961731425{thread:000000}";

    public static CheckRecord Thread(string id, DateTimeOffset at, string threadKey, IReadOnlyList<CommenterRecord> comments) =>
        new(id, Growth, at, "thread", "mixed", 55, threadKey, [], [], comments);

    /// <summary>A commenter as kept: the time read back from the age LinkedIn showed when the thread was checked.</summary>
    public static CommenterRecord Commenter(string author, DateTimeOffset written, DateTimeOffset checkedAt, string? generic) =>
        new(author, null, checkedAt - ShownAge(checkedAt - written), generic is null ? "authentic" : "low_effort", generic);

    public static CheckRecord Outreach(string id, DateTimeOffset at, params string[] issues) =>
        new(id, Growth, at, "outreach", issues.Length > 2 ? "weak" : "fair", 70 - (10 * issues.Length), $"draft-{id}", [], issues, []);

    public static CheckRecord Single(string id, DateTimeOffset at, string kind, string verdict) =>
        new(id, Growth, at, kind, verdict, 50, $"paste-{id}", [], [], []);

    /// <summary>LinkedIn's age of a comment: whole minutes under an hour, whole hours under a day, then whole days.</summary>
    private static TimeSpan ShownAge(TimeSpan age) =>
        age < TimeSpan.FromHours(1) ? TimeSpan.FromMinutes(Math.Floor(age.TotalMinutes))
        : age < TimeSpan.FromDays(1) ? TimeSpan.FromHours(Math.Floor(age.TotalHours))
        : TimeSpan.FromDays(Math.Floor(age.TotalDays));

    private static TimeSpan Exponential(Random random, TimeSpan mean) => mean * -Math.Log(1 - random.NextDouble());

    /// <summary>Distinct names, each drawn in proportion to its weight.</summary>
    private static List<string> Draw(Random random, string[] names, double[] weights, int count)
    {
        var drawn = new List<string>();
        var total = weights.Sum();
        while (drawn.Count < Math.Min(count, names.Length))
        {
            var pick = random.NextDouble() * total;
            var i = 0;
            while (pick >= weights[i] && i < weights.Length - 1)
            {
                pick -= weights[i++];
            }

            if (!drawn.Contains(names[i]))
            {
                drawn.Add(names[i]);
            }
        }

        return drawn;
    }
}
