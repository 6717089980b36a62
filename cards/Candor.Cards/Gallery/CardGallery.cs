using System.Globalization;
using System.Text;
using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Cards.Building;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Cards.Gallery;

/// <summary>
/// Every card kind for short, long and hostile input, run through the real engine where there is one
/// (<c>candor cards --out DIR</c> writes them; the tests hold each to the renderers' limits and to the
/// official Adaptive Card renderer). All sample text is invented for Candor.
/// </summary>
public static class CardGallery
{
    /// <summary>Pasted text that tries every trick a renderer must defuse.</summary>
    public const string Hostile =
        "*Great* _post_ ~really~ `code` <!channel> <!here> <@U0123ABCD> <#C0123ABCD> <https://evil.example|click me> "
        + "<at>Satya Nadella</at> <b>bold</b> <script>alert(1)</script> [link](https://evil.example) **bold** # heading "
        + "&amp; \u202Emoc.elgoog\u202C zero\u200Bwidth\u200D joiners \uFEFF";

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every sample card; built once (the long samples run the engine on a 40 KB thread), since cards never change.</summary>
    public static IReadOnlyList<(string Name, Card Card)> All() => Built.Value;

    private static readonly Lazy<IReadOnlyList<(string Name, Card Card)>> Built = new(Build);

    private static List<(string Name, Card Card)> Build()
    {
        var cards = new List<(string, Card)>
        {
            ("thread-short", Check(ShortThread)),
            ("thread-long", Check(LongThread(360))),
            ("thread-huge", ReportCards.From(HugeThread(2000), CardSource.Of("huge"))),
            ("thread-hostile", Check($"Nora Quist: {Hostile}\nTeo Varga: Great post! Thanks for sharing\nIvy Brandt: {Hostile} DM me on WhatsApp +44 7700 900123 to earn $500 a day")),
            ("comment-short", Check("We tried weekly pricing reviews in 2024 and churn fell from 6% to 4%. Did you see the same with annual plans?")),
            ("comment-low-effort", Check("Great insights! Thanks for sharing 🙌")),
            ("comment-hostile", Check($"{Hostile} Claim your prize at http://bit.ly/claim-prize-now and confirm your bank details")),
            ("link-short", Check("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/")),
            ("link-hostile", Check("https://linkedin.com.account-verify.example/login?next=" + Uri.EscapeDataString(Hostile))),
            ("outreach-short", Coach(ShortDraft, "Aisha Rahman, Head of Growth at Fourth Coffee", "spoke at SaaStr about pricing page experiments")),
            ("outreach-long", Coach(LongDraft, null, null, "inmail")),
            ("outreach-hostile", Coach($"Hi {{{{first_name}}}}, {Hostile} Book a 30-minute demo this week: https://calendly.com/acme/30min", "<@U0123ABCD>, Head of <!channel>", Hostile)),
            ("digest", DigestCard.From(SampleDigest(Hostile: false))),
            ("digest-hostile", DigestCard.From(SampleDigest(Hostile: true))),
            ("welcome", StaticCards.Welcome()),
            ("forget", StaticCards.ConfirmForget()),
            ("error", StaticCards.Error("That looks like a binary file, not text.", "Copy the text from LinkedIn and paste it as plain text.")),
        };
        return cards;
    }

    /// <summary>
    /// Writes <c>NAME.adaptive.json</c> (the card), <c>NAME.slack.json</c> (blocks and text) and <c>NAME.txt</c>
    /// (plain text) for every card; returns the names.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var names = new List<string>();
        foreach (var (name, card) in All())
        {
            File.WriteAllText(Path.Combine(directory, $"{name}.adaptive.json"), AdaptiveCardRenderer.Serialize(card));
            File.WriteAllText(Path.Combine(directory, $"{name}.slack.json"), BlockKitRenderer.Serialize(card));
            File.WriteAllText(Path.Combine(directory, $"{name}.txt"), PlainTextCardRenderer.Render(card));
            names.Add(name);
        }

        return names;
    }

    private static Card Check(string paste)
    {
        var result = CandorEngine.Check(paste, new CheckOptions(Now));
        return result.Report is { } report
            ? ReportCards.From(report, CardSource.Of(paste, isDraft: report.Kind == ReportKind.Outreach))
            : StaticCards.Error(result.Problem!.Message, result.Problem.Suggestion);
    }

    private static Card Coach(string draft, string? to, string? about, string? format = null)
    {
        var options = new CoachOptions(Recipient.Parse(to), about, DraftFormats.Parse(format));
        var report = CandorEngine.Coach(draft, options).Report!;
        return ReportCards.From(report, CardSource.Of(draft, to, about, format, isDraft: true));
    }

    private const string ShortThread = """
        Maria Lopez: We saw the same drop after moving to annual-only plans; monthly churn went from 5% to 3% but sign-ups fell by a third.
        Jon Park: Great post! Thanks for sharing
        Priya Das: Great post! Thanks for sharing 🙌
        Leo Brandt: How did you decide which plans to keep? We have four tiers and nobody picks the middle two.
        Rex Growth: Amazing content!! DM me to 10x your reach 🚀
        """;

    private const string ShortDraft =
        "Hi Aisha, hope you're doing well! I came across your profile and would love to connect. We help SaaS teams leverage best-in-class "
        + "pricing analytics. Do you have 30 minutes this week for a quick demo? https://calendly.com/acme/30min";

    private static readonly string LongDraft = "Subject: A question about your kiln data\n\nDear Helena,\n\n" + string.Join(' ', Enumerable.Repeat(
        "We are building software that helps ceramic factories measure the gas their kilns burn, and our pilots in four plants cut usage by 12%.", 13))
        + "\n\nWould a short summary of the pilot numbers be useful?\n\nBest regards,\nArjun";

    private static readonly string[] Openers =
    [
        "We tried this in our team and", "Interesting point, though in my experience", "Great post!", "Thanks for sharing.", "Love this!",
        "Our numbers looked different:", "I disagree a little:", "Spot on.",
    ];

    private static readonly string[] FirstNames = ["Ana", "Ben", "Chiara", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kemi", "Lars"];

    private static readonly string[] LastNames = ["Abara", "Berg", "Costa", "Dahl", "Eze", "Fuchs", "Gallo", "Haas", "Ito", "Jensen", "Kaur", "Lund", "Moreau", "Novak", "Okoro"];

    private static string LongThread(int comments)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= comments; i++)
        {
            var opener = Openers[i % Openers.Length];
            text.Append(CultureInfo.InvariantCulture, $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}: {opener} ");
            text.AppendLine(i % 3 == 0 ? "Thanks for sharing" : $"the onboarding checklist cut our time to first value from {i % 9 + 3} days to {i % 4 + 1}, mostly by removing the sales call.");
        }

        return text.ToString();
    }

    // More comments than a paste may hold (the input limit is 200 KB), built directly to test the summary.
    private static Report HugeThread(int comments)
    {
        var list = Enumerable.Range(1, comments).Select(i => new CommentReport(
            $"Account {i:0000}", null, "PT2H", i % 4 == 0 ? "Great post! Thanks for sharing 🙌" : $"Comment {i} with a specific point about pricing page experiment number {i}.",
            i % 4 == 0 ? Verdict.LowEffort : i % 10 == 0 ? Verdict.Automated : Verdict.Authentic, i % 4 == 0 ? 35 : 80, [])).ToArray();
        Signal[] signals = [new("generic_praise_share", "Great post! Thanks for sharing 🙌", "A quarter of the comments are the same stock praise.")];
        return new Report(ReportKind.Thread, Verdict.Mixed, 58, signals, list, [], null, null, []);
    }

    private static Digest SampleDigest(bool Hostile) => new(
        "Week of 16 Nov 2026", "this week", 42, 35, [new("authentic", 21), new("low effort", 11), new("automated", 6), new("spam", 4)],
        [new PodSuspect(Hostile ? ["<@U0123ABCD>", "<!channel>", "Nora *Quist*"] : ["Nora Quist", "Teo Varga", "Ivy Brandt"], 5,
            Hostile ? CardGallery.Hostile : "Great insights! Thanks for sharing 🙌")],
        [new("no_personalization", 9, 4), new("pushy_ask", 6, 6), new("generic_opener", 4, 0), new("buzzwords", 2, 5)],
        "Reply to one specific comment per post: pods never answer a real question.", 4, 1);
}
