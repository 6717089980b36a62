using System.Globalization;
using System.Text;

namespace Candor.Benchmarks;

/// <summary>
/// Builds LinkedIn web-copy pastes of any length, laid out the way the page copies them: the name (often
/// twice), a degree line or badge, a headline, a relative time, a 1–3 line comment, then "Like", "Reply" and
/// counters. The mix is mostly specific comments (numbers, questions, experience) with generic praise, a few
/// near-duplicates from a pod, replies by the post's author and a rare spam lure. Seeded, so every run sees
/// the same text; no I/O. All names, companies and comments are invented here.
/// </summary>
internal static class SyntheticThreads
{
    public const string PostAuthor = "Maren Holt";

    /// <summary>The post the synthetic comments answer: cutting on-call pages by deleting unused alerts.</summary>
    public const string PostText =
        "We cut on-call pages from about 120 a week to 19 in one quarter, and we did not add a single tool.\n\n"
        + "We listed every alert, asked each owning team which ones had led to a fix in the last 90 days, and deleted the rest. "
        + "Alerts without a named owner went first. The ones people wanted to keep \"just in case\" moved to a daily digest.\n\n"
        + "The surprising part: nobody asked for a deleted alert back.";

    private enum Kind
    {
        Specific,
        Praise,
        PodDuplicate,
        AuthorReply,
        Lure,
    }

    private static readonly string[] FirstNames =
    [
        "Amara", "Lars", "Mei", "Diego", "Priya", "Jonas", "Fatima", "Tobias", "Ines", "Kwame", "Hana", "Mateo",
        "Sofia", "Ravi", "Elif", "Connor", "Yuki", "Nadia", "Oskar", "Leila", "Bruno", "Aisha", "Felix", "Marta",
    ];

    private static readonly string[] LastNames =
    [
        "Okafor", "Eriksen", "Tanaka", "Alvarez", "Raman", "Weber", "Haddad", "Lindgren", "Moreau", "Mensah", "Kowalski",
        "Duarte", "Novak", "Iyer", "Demir", "Byrne", "Sato", "Petrov", "Nyberg", "Karimi", "Costa", "Bello", "Brandt", "Ruiz",
    ];

    private static readonly string[] Companies =
        ["Quillon Freight", "Brightwell Labs", "Tidemark Health", "Larkspur Analytics", "Harbor & Pine", "Northgate Pay", "Fernhill Games"];

    private static readonly string[] Roles =
        ["Site Reliability Engineer", "Staff Engineer", "Engineering Manager", "Platform Lead", "DevOps Engineer", "CTO", "Product Manager"];

    private static readonly string[] PodHeadlines =
    [
        "Growth Hacker | Helping founders 10x their reach 🚀",
        "LinkedIn Top Voice | Personal Branding Coach | DM for collabs",
        "Helping coaches land high-ticket clients | Keynote Speaker",
    ];

    // A specific comment takes two of these, a pair no other commenter got, and sometimes a third. They are
    // of similar length so that sharing one sentence never makes two comments near-duplicates (the pod
    // below supplies those).
    private static readonly string[] Experiences =
    [
        "Same audit here in spring: only {m} of {n} alerts ever led to a fix.",
        "On my last team the noisiest pages were disk and CPU thresholds.",
        "The hardest part for us was the politics, never the tooling itself.",
        "Anything without a named owner got deleted after {w} weeks of silence.",
        "About {p}% of our pages fired at night for services nobody uses.",
        "Our rule now: a runbook that says wait and see means a ticket.",
        "Moving to SLO burn-rate alerts took {w} weeks and cut pages by {p}%.",
        "One useless-looking alert later caught a slow memory leak for us, twice.",
        "Half of our alerts turned out to page two teams for one symptom.",
        "Nobody could tell us who had written the flaky database health checks.",
        "We rewrote every runbook that still pointed at the pre-migration dashboards.",
        "Our on-call handover doc shrank from {m} pages to a single one.",
        "The real fix for most pages was a retry with backoff in one library.",
        "Leadership only cared once customers were finding {p}% of incidents before us.",
        "I carried the pager for {y} years at a {n}-person logistics company.",
        "We run {m} clusters and each had its own copy of the alert rules.",
        "I ran this exercise for a hospital IT team with almost identical numbers.",
        "Median pages per night went from {m} to {s} within two months here.",
        "People stopped asking to leave the on-call rota within a single quarter.",
        "We now review the {s} noisiest alerts every Friday for thirty minutes.",
        "Our digest gets opened maybe once a week, which tells you something.",
        "The biggest win was sleep, honestly, and the second was trust in paging.",
        "It took {w} sprints of arguing before the first alert was actually deleted.",
        "Every new alert at {c} now ships with a runbook link or does not merge.",
        "Our mean time to acknowledge dropped from {m} minutes to under {s}.",
        "We found {m} alerts that had sat silenced for over a year.",
        "Our security team pushed back hardest, since their alerts feed an audit trail.",
        "Deleting was easy; convincing the auditors afterwards took us a whole month.",
        "I'd add one step: page on symptoms users feel, never on causes.",
        "At {c} we tagged alerts with the last date anyone acted on them.",
        "Our on-call survey score went from {s} out of five to four afterwards.",
        "We kept those alerts but routed them to a channel that never pages.",
        "Our vendor charged per alert rule, so finance was happy about this too.",
        "My only caution: check which alerts exist for compliance before deleting any.",
    ];

    private static readonly string[] Questions =
    [
        "Which tool do you use for the burn-rate math, or is it in-house?",
        "Did you keep any out-of-hours alerts for internal services?",
        "Would you do the deletion team by team again, or all at once?",
        "How did you measure \"acted on\"? Ticket links undercounted badly for us.",
        "Did the page count stay down after a quarter, or creep back up?",
        "How did you handle the teams that refused to give up their alerts?",
        "{f}, did anyone from security or compliance object?",
        "What did you do about alerts owned by teams that no longer exist?",
    ];

    private static readonly string[] Praise =
    [
        "Great insights, {f}! Thanks for sharing 🙌",
        "So true. Well said!",
        "Love this 🔥",
        "Very insightful post.",
        "Thanks for sharing this, {f}!",
        "This is gold 💯",
        "👏👏👏",
        "Couldn't agree more!",
        "Spot on. Keep sharing!",
    ];

    // One pod comment, reworded a little by each account that posts it.
    private static readonly string[] PodVariants =
    [
        "Great post {f}! Very helpful for every engineering leader out there 👏",
        "Great post, {f}! Very helpful for every engineering leader out there 👏👏",
        "Great post {f}!! Very helpful for all the engineering leaders out there 👏",
    ];

    private static readonly string[] AuthorReplies =
    [
        "Good question. We counted an alert as acted on when someone changed code or config within a day of it firing.",
        "We kept them, but in a weekly digest. Nobody has opened it since March 😅",
        "Thanks! The Friday review is what made it stick.",
    ];

    private static readonly string[] Lures =
    [
        "Before anything else, talk to my mentor who helped me earn $6,800 in one week. Message her on WhatsApp +44 7700 900318",
        "I have a remote DevOps role paying $95/hour, no interview needed. Check your inbox and reply fast.",
    ];

    /// <summary>A web-copy paste with <paramref name="comments"/> comments, optionally under the post itself.</summary>
    public static string WebCopy(int comments, bool withPost = true, int seed = 2024)
    {
        var random = new Random(seed);
        var experiences = new SentencePairs(Experiences.Length, random);
        var kinds = Enumerable.Range(0, comments).Select(i => KindOf(i, random)).ToArray();
        var text = new StringBuilder();
        if (withPost)
        {
            AppendPost(text);
        }
        else
        {
            text.Append("Load previous comments\n");
        }

        for (var i = 0; i < comments; i++)
        {
            if (i > 0 && i % 40 == 0)
            {
                text.Append("Load more comments\n");
            }

            var nextIsReply = i + 1 < comments && kinds[i + 1] == Kind.AuthorReply;
            AppendComment(text, random, experiences, kinds[i], nextIsReply);
        }

        return text.ToString();
    }

    // The top comment is a substantive one, as under "Most relevant"; the rest follow a fixed mix.
    private static Kind KindOf(int index, Random random) => index == 0
        ? Kind.Specific
        : random.Next(100) switch
        {
            < 55 => Kind.Specific,
            < 80 => Kind.Praise,
            < 88 => Kind.PodDuplicate,
            < 98 => Kind.AuthorReply,
            _ => Kind.Lure,
        };

    private static void AppendPost(StringBuilder text)
    {
        text.Append(PostAuthor).Append('\n').Append(PostAuthor).Append("\n • 2nd\nHead of Platform Reliability at Quillon Freight\n2d • Edited\n");
        text.Append(PostText).Append('\n');
        text.Append("Maren Holt and 311 others\n47 comments • 9 reposts\nLike\nComment\nRepost\nSend\nMost relevant\n");
    }

    private static void AppendComment(StringBuilder text, Random random, SentencePairs experiences, Kind kind, bool nextIsReply)
    {
        var name = kind == Kind.AuthorReply ? PostAuthor : $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
        AppendHeader(text, random, name, kind);
        AppendTime(text, random, kind);
        foreach (var line in Body(random, experiences, kind))
        {
            text.Append(line).Append('\n');
        }

        text.Append("Like\nReply\n");
        var reactions = random.Next(12);
        if (reactions > 0)
        {
            text.Append(reactions.ToString(CultureInfo.InvariantCulture)).Append(reactions == 1 ? " Reaction\n" : " Reactions\n");
            text.Append(reactions.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        if (random.Next(30) == 0)
        {
            text.Append("See translation\n");
        }

        if (nextIsReply)
        {
            text.Append(random.Next(2) == 0 ? "1 Reply\n" : "Load previous replies\n");
        }
    }

    // The page repeats the name about half the time and shows a degree line or, for the poster, a badge.
    private static void AppendHeader(StringBuilder text, Random random, string name, Kind kind)
    {
        if (kind == Kind.AuthorReply)
        {
            text.Append(name).Append("\nAuthor\nHead of Platform Reliability at Quillon Freight\n");
            return;
        }

        var degree = Pick(random, ["1st", "2nd", "2nd", "3rd+"]);
        if (random.Next(6) == 0)
        {
            text.Append(name).Append(" • ").Append(degree).Append('\n');
        }
        else
        {
            text.Append(name).Append('\n');
            if (random.Next(2) == 0)
            {
                text.Append(name).Append('\n');
            }

            text.Append(" • ").Append(degree).Append('\n');
        }

        var headline = kind == Kind.PodDuplicate
            ? Pick(random, PodHeadlines)
            : random.Next(3) == 0
                ? $"{Pick(random, Roles)} | Observability | Incident response"
                : $"{Pick(random, Roles)} at {Pick(random, Companies)}";
        text.Append(headline).Append('\n');
    }

    // Pods comment within minutes of each other; everyone else is spread over the post's first days.
    private static void AppendTime(StringBuilder text, Random random, Kind kind)
    {
        var roll = random.Next(10);
        var time = kind == Kind.PodDuplicate ? "2h"
            : roll < 1 ? $"{random.Next(2, 59)}m"
            : roll < 6 ? $"{random.Next(1, 24)}h"
            : roll < 9 ? $"{random.Next(1, 7)}d"
            : $"{random.Next(1, 4)}w";
        text.Append(time).Append(random.Next(12) == 0 ? " (edited)\n" : "\n");
    }

    private static List<string> Body(Random random, SentencePairs experiences, Kind kind)
    {
        switch (kind)
        {
            case Kind.Praise:
                return [Fill(Pick(random, Praise), random)];
            case Kind.PodDuplicate:
                return [Fill(Pick(random, PodVariants), random)];
            case Kind.AuthorReply:
                return [Pick(random, AuthorReplies)];
            case Kind.Lure:
                return [Pick(random, Lures)];
            default:
                // Two or three sentences on one or two lines, sometimes a question after a blank line.
                var (first, second) = experiences.Next();
                (first, second) = random.Next(2) == 0 ? (first, second) : (second, first);
                var (a, b) = (Fill(Experiences[first], random), Fill(Experiences[second], random));
                List<string> lines = random.Next(2) == 0 ? [$"{a} {b}"] : [a, b];
                var third = random.Next(Experiences.Length);
                if (third != first && third != second && random.Next(4) == 0)
                {
                    lines.Add(Fill(Experiences[third], random));
                }

                if (random.Next(3) == 0)
                {
                    lines.Add(string.Empty);
                    lines.Add(Fill(Pick(random, Questions), random));
                }

                // A long comment copied while still collapsed ends in the page's "…see more".
                if (lines.Count == 1 && random.Next(6) == 0)
                {
                    lines[0] += "…see more";
                }

                return lines;
        }
    }

    private static string Fill(string template, Random random) =>
        template
            .Replace("{f}", PostAuthor.Split(' ')[0], StringComparison.Ordinal)
            .Replace("{c}", Pick(random, Companies), StringComparison.Ordinal)
            .Replace("{n}", Number(random, 40, 400), StringComparison.Ordinal)
            .Replace("{m}", Number(random, 4, 30), StringComparison.Ordinal)
            .Replace("{s}", Number(random, 1, 4), StringComparison.Ordinal)
            .Replace("{w}", Number(random, 2, 7), StringComparison.Ordinal)
            .Replace("{y}", Number(random, 3, 12), StringComparison.Ordinal)
            .Replace("{p}", Number(random, 30, 85), StringComparison.Ordinal);

    private static string Number(Random random, int min, int max) => random.Next(min, max).ToString(CultureInfo.InvariantCulture);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>Deals every pair of sentence indexes once, in a shuffled order, before starting over.</summary>
    private sealed class SentencePairs
    {
        private readonly (int, int)[] pairs;
        private int next;

        public SentencePairs(int count, Random random)
        {
            pairs = [.. from a in Enumerable.Range(0, count) from b in Enumerable.Range(0, count) where a < b select (a, b)];
            random.Shuffle(pairs);
        }

        public (int First, int Second) Next() => pairs[next++ % pairs.Length];
    }
}
