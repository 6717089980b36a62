using Candor.Analysis.Lockstep;

namespace Candor.Analysis.Tests.Lockstep;

/// <summary>How big a synthetic history is, and how many pods are planted in it.</summary>
internal sealed record CorpusShape(int Threads, int Accounts, int Comments, int Pods, int Seed);

/// <summary>A synthetic history and the accounts of each pod planted in it.</summary>
/// <param name="PodThreads">How many threads each pod was planted on, in the order of <paramref name="Pods"/>.</param>
internal sealed record PlantedHistory(LockstepComment[] Comments, IReadOnlyList<string[]> Pods, IReadOnlyList<int> PodThreads);

/// <summary>
/// Found groups against planted pods. A group matches a pod when it holds at least 80 % of the pod's accounts
/// and at most 20 % of its own accounts are others; a group that matches no pod is false.
/// </summary>
internal sealed record PodMatch(int Pods, int PodsFound, int Groups, int FalseGroups, int ExactGroups)
{
    public double Recall => Pods == 0 ? 1 : (double)PodsFound / Pods;

    public double Precision => Groups == 0 ? 1 : (double)(Groups - FalseGroups) / Groups;

    public static PodMatch Of(IReadOnlyList<string[]> pods, IReadOnlyList<LockstepGroup> groups)
    {
        var sets = pods.Select(p => p.ToHashSet(StringComparer.Ordinal)).ToArray();
        var matches = groups.Select(g => sets.Where(p => Matches(g.Accounts, p)).ToArray()).ToArray();
        var found = sets.Count(p => matches.Any(m => m.Contains(p)));
        var exact = groups.Count(g => sets.Any(p => p.SetEquals(g.Accounts)));
        return new PodMatch(pods.Count, found, groups.Count, matches.Count(m => m.Length == 0), exact);
    }

    public static bool Matches(IReadOnlyList<string> group, HashSet<string> pod)
    {
        var shared = group.Count(pod.Contains);
        return shared >= 0.8 * pod.Count && group.Count - shared <= 0.2 * group.Count;
    }
}

/// <summary>
/// A labelled, seeded history of judged comments for pod detection: popular and quiet threads, busy and
/// occasional accounts, circles of colleagues who comment on one author's posts, generic-posting noise accounts
/// that comment anywhere at any time, and planted pods. All names and texts are invented; no I/O.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Threads are posted over 90 days; a thread's share of the comments falls with its popularity rank
/// (rank^-0.6), so a few threads draw thousands and most draw dozens. Most comments come within hours of the
/// post (exponential, mean 3 hours), the rest any time over the next three days.</item>
/// <item>Accounts comment at a rate that falls with their rank (rank^-0.5). One in ten writes mostly generic
/// comments (70 %), the rest some (25 %).</item>
/// <item>One account in a hundred is a noise account: 100 extra comments, 95 % generic, on random threads at
/// random times.</item>
/// <item>Circles (one per 50 threads): three colleagues who comment on 70 % of one author's 15–40 posts, half of
/// the circles soon after posting (so often within the window of each other), half at unrelated times, with
/// specific comments (15 % generic). These are the organic regulars that must not be flagged.</item>
/// <item>Pods: 3–12 accounts (drawn from all accounts, who keep their own organic activity) on 3–20 threads,
/// each time within 2–20 minutes of an anchor shortly after the post, 75–95 % generic. A member sits a thread
/// out one time in five, as long as 60 % of the pod (and at least 3) are there and the member keeps 3 threads.
/// Pods boost their members' own posts, which are rarely the most commented: they skip the top 1 % of threads.</item>
/// </list>
/// </remarks>
internal static class LockstepCorpus
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] GenericTexts =
    [
        "Great post!", "Love this 🙌", "So true!", "Thanks for sharing!", "Well said.", "Great insights, thanks for sharing",
        "This is gold 🔥", "Couldn't agree more!", "Spot on 👏", "Amazing content as always", "Very insightful!", "Congrats! 🎉",
        "Absolutely agree 💯", "Powerful message", "Needed to hear this today", "Brilliant, thanks!", "100% this",
        "Great perspective!", "Such valuable insights", "Inspiring! Keep it up", "Well articulated 👌", "Fantastic share",
        "Thanks for the reminder!", "Great read 📚", "This resonates", "Exactly this 👆", "Love the energy here",
        "Great points, well made", "Insightful as always", "Saving this one 🔖",
    ];

    private static readonly string[] Openings =
    [
        "We tried this at our clinic last spring", "Our data team saw the opposite", "I ran the same test with 40 customers",
        "Back when I managed the Leeds warehouse", "In our Series A we learned this the hard way", "My team moved billing to weekly",
        "We measured churn for six months", "The pilot in our Lisbon office", "After two audits with the regulator",
        "When we rewrote onboarding in March", "Our support queue dropped by a third", "I coach three junior PMs",
        "We cut our release cadence to monthly", "The school board asked us the same", "Our fleet of 200 vans",
        "Running night shifts for four years", "We priced per seat until 2024", "The grant report showed",
        "Our freelancers asked for this too", "My last two hires",
    ];

    private static readonly string[] Details =
    [
        "and the bottleneck was approvals, not tooling.", "so how did you handle the legal review?",
        "but the numbers only moved after we changed the incentive.", "which took eleven weeks, not four.",
        "and nobody missed the old weekly report.", "yet finance still wanted the monthly export.",
        "so I'd be curious what your sample size was.", "and the surprise was how much the night team liked it.",
        "but it broke our forecasting for a quarter.", "and we had to retrain everyone on the new forms.",
        "so which metric did you watch first?", "and the cost per order fell by about 12 percent.",
        "though the unions asked for a trial period first.", "and it only worked once managers joined the calls.",
        "but the older customers preferred phone support.", "which is why we now write the runbook before the feature.",
        "and interviews got shorter without getting worse.", "so what would you change for a team of five?",
        "and the first month was the hardest by far.", "but we kept the manual check for refunds over 500 euros.",
        "and our auditors actually thanked us.", "yet the board wanted a second opinion.",
        "which freed two days a week for real work.", "so did you see the same drop in weekend tickets?",
        "and we never went back.",
    ];

    // Names are built from syllables, so fifty thousand accounts read like people without a list of real names.
    private static readonly string[] Syllables = ["ka", "li", "mo", "na", "ro", "sa", "te", "vi", "da", "en", "jo", "mi", "ul", "ze", "ha", "or"];

    public static PlantedHistory Generate(CorpusShape shape) => new Builder(shape).Build();

    private sealed class Builder(CorpusShape shape)
    {
        private const int NoiseEvery = 100;
        private const int NoiseComments = 100;
        private const int ThreadsPerCircle = 50;

        private readonly Random random = new(shape.Seed);
        private readonly List<LockstepComment> comments = new(shape.Comments + (shape.Comments / 10));
        private readonly string[] threadIds = [.. Enumerable.Range(0, shape.Threads).Select(t => $"urn:li:activity:{7_300_000_000_000_000_000L + (t * 7_919L)}")];
        private readonly string[] accounts = [.. Enumerable.Range(0, shape.Accounts).Select(Name)];
        private readonly string[] specificTexts = [.. Openings.SelectMany(o => Details.Select(d => $"{o}, {d}"))];
        private readonly HashSet<int> taken = [];
        private DateTimeOffset[] posted = [];
        private double[] threadWeights = [];
        private double[] accountWeights = [];

        public PlantedHistory Build()
        {
            posted = [.. threadIds.Select(_ => Start + TimeSpan.FromDays(90 * random.NextDouble()))];
            threadWeights = Cumulative(shape.Threads, 0.6);
            accountWeights = Cumulative(shape.Accounts, 0.5);
            var (pods, podThreads) = PlantPods();
            AddCircles();
            AddNoise();
            while (comments.Count < shape.Comments)
            {
                var (thread, account) = (Pick(threadWeights), Pick(accountWeights));
                var delay = random.NextDouble() < 0.7 ? Exponential(TimeSpan.FromHours(3)) : TimeSpan.FromHours(72 * random.NextDouble());
                Add(thread, account, posted[thread] + delay, GenericRate(account));
            }

            return new PlantedHistory([.. comments], pods, podThreads);
        }

        private (List<string[]> Pods, List<int> Threads) PlantPods()
        {
            var (pods, podThreads) = (new List<string[]>(), new List<int>());
            var quiet = shape.Threads / 100;
            for (var p = 0; p < shape.Pods; p++)
            {
                var members = NewAccounts(random.Next(3, 13));
                var threads = Distinct(random.Next(3, 21), shape.Threads, from: quiet);
                var generic = 0.75 + (0.2 * random.NextDouble());
                var spread = TimeSpan.FromMinutes(random.Next(2, 21));
                var kept = new int[members.Length];
                var mustStay = Math.Max(3, (int)Math.Ceiling(0.6 * members.Length));
                for (var t = 0; t < threads.Length; t++)
                {
                    var anchor = posted[threads[t]] + Exponential(TimeSpan.FromMinutes(90));
                    var present = members.Length;
                    for (var m = 0; m < members.Length; m++)
                    {
                        var threadsLeft = threads.Length - t - 1;
                        if (present > mustStay && kept[m] + threadsLeft >= 3 && random.NextDouble() < 0.2)
                        {
                            present--;
                            continue;
                        }

                        kept[m]++;
                        Add(threads[t], members[m], anchor + (spread * random.NextDouble()), generic);
                    }
                }

                pods.Add([.. members.Select(m => accounts[m])]);
                podThreads.Add(threads.Length);
            }

            return (pods, podThreads);
        }

        private void AddCircles()
        {
            for (var c = 0; c < shape.Threads / ThreadsPerCircle; c++)
            {
                var colleagues = NewAccounts(3);
                var eager = c % 2 == 0;
                foreach (var thread in Distinct(random.Next(15, 41), shape.Threads, from: 0))
                {
                    foreach (var colleague in colleagues.Where(_ => random.NextDouble() < 0.7))
                    {
                        var delay = eager ? Exponential(TimeSpan.FromMinutes(45)) : TimeSpan.FromHours(48 * random.NextDouble());
                        Add(thread, colleague, posted[thread] + delay, 0.15);
                    }
                }
            }
        }

        private void AddNoise()
        {
            for (var account = NoiseEvery - 1; account < shape.Accounts; account += NoiseEvery)
            {
                for (var i = 0; i < NoiseComments; i++)
                {
                    var thread = random.Next(shape.Threads);
                    Add(thread, account, posted[thread] + TimeSpan.FromHours(72 * random.NextDouble()), 0.95);
                }
            }
        }

        private void Add(int thread, int account, DateTimeOffset at, double genericRate)
        {
            var generic = random.NextDouble() < genericRate;
            var text = generic ? GenericTexts[random.Next(GenericTexts.Length)] : specificTexts[random.Next(specificTexts.Length)];
            comments.Add(new LockstepComment(threadIds[thread], accounts[account], at, generic, text));
        }

        /// <summary>"Kali Morosa 1234": two syllables, three syllables, and the number that keeps the key unique.</summary>
        private static string Name(int account)
        {
            string Word(int from, int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(i => Syllables[(from >> (4 * i)) & 15]));
            var (first, last) = (Word(account, 2), Word((account * 7919) + 13, 3));
            return $"{char.ToUpperInvariant(first[0])}{first[1..]} {char.ToUpperInvariant(last[0])}{last[1..]} {account}";
        }

        private static double GenericRate(int account) => (account % NoiseEvery) switch
        {
            NoiseEvery - 1 => 0.95,
            _ when account % 10 == 3 => 0.7,
            _ => 0.25,
        };

        /// <summary>Accounts not in a pod or circle yet, and not noise accounts.</summary>
        private int[] NewAccounts(int how)
        {
            var picked = Distinct(how, shape.Accounts, 0, a => !taken.Contains(a) && a % NoiseEvery != NoiseEvery - 1);
            taken.UnionWith(picked);
            return picked;
        }

        /// <summary>Distinct numbers in [from, count) that pass the test, in the order drawn.</summary>
        private int[] Distinct(int how, int count, int from, Func<int, bool>? allowed = null)
        {
            var picked = new List<int>();
            var local = new HashSet<int>();
            while (picked.Count < how)
            {
                var n = random.Next(from, count);
                if ((allowed?.Invoke(n) ?? true) && local.Add(n))
                {
                    picked.Add(n);
                }
            }

            return [.. picked];
        }

        private int Pick(double[] cumulative)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            return index >= 0 ? index : Math.Min(~index, cumulative.Length - 1);
        }

        private TimeSpan Exponential(TimeSpan mean) => mean * -Math.Log(1 - random.NextDouble());

        private static double[] Cumulative(int count, double exponent)
        {
            var cumulative = new double[count];
            var sum = 0.0;
            for (var i = 0; i < count; i++)
            {
                sum += Math.Pow(i + 1, -exponent);
                cumulative[i] = sum;
            }

            return cumulative;
        }
    }
}
