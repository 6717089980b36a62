using System.Globalization;
using System.Text;
using Candor.Analysis.Links;
using Candor.Analysis.Reports;
using Candor.Analysis.Threads;
using Candor.Analysis.Text;
using Candor.Cards.Model;
using Candor.Cards.Text;

namespace Candor.Cards.Building;

/// <summary>
/// Turns an engine report into a card: the verdict first, the evidence it rests on, what to do next, and the
/// buttons that make sense for it. Long threads are summarised (the most telling comments, "and 84 more"),
/// never cut mid-way.
/// </summary>
public static class ReportCards
{
    /// <summary>Comments shown on the card itself; the rest are counted, and up to <see cref="DetailComments"/> more sit in the details.</summary>
    public const int ShownComments = 6;

    public const int DetailComments = 20;

    private const int ShownSignals = 3;
    private const int DetailSignals = 10;
    private const int ShownLinks = 5;
    private const int ContextChars = 300;
    private const int QuoteChars = 280;
    private const int CommentChars = 200;
    // The draft travels in each rewrite button (twice in Teams: Action.Execute and its fallback). A LinkedIn
    // message is at most 1,900 characters; in a script of 3-byte characters the renderer sheds the variant
    // buttons to stay under 28 KB.
    private const int DraftPayloadBytes = 3000;
    private const int UrlChars = 40;

    public static Card From(Report report, CardSource source)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(source);
        var kind = report.Kind.ToString().ToLowerInvariant();
        var banner = BannerOf(report);
        var parts = new List<CardPart> { banner, new Paragraph(Wording.NextStep(report.Kind, report.Verdict)) };
        var actions = new List<CardAction>();
        switch (report.Kind)
        {
            case ReportKind.Thread:
                AddThread(report, parts, source);
                break;
            case ReportKind.Comment:
                AddComment(report, parts, source);
                break;
            case ReportKind.Link:
                AddLinks(report, parts, source);
                break;
            default:
                AddOutreach(report, source, parts, actions);
                break;
        }

        actions.Add(new CardAction("👍 Right", new CardPayload("feedback", kind, Vote: "up", Ref: source.Ref, Verdict: Wording.Label(report.Verdict))));
        actions.Add(new CardAction("👎 Wrong", new CardPayload("feedback", kind, Vote: "down", Ref: source.Ref, Verdict: Wording.Label(report.Verdict))));
        return new Card(kind, banner, parts, actions, FallbackOf(banner, Wording.NextStep(report.Kind, report.Verdict)));
    }

    private static Banner BannerOf(Report report)
    {
        var tone = Wording.ToneOf(report.Verdict);
        var title = $"{Capitalised(Wording.Label(report.Verdict))} · {Wording.KindLabel(report.Kind).ToLowerInvariant()}";
        var subtitle = $"{Capitalised(Wording.ScoreLabel(report.Kind))} {report.Score} of 100 ({ScoreInWords(report.Score)})"
            + (report.Kind == ReportKind.Thread && report.Comments.Count > 0 ? $" · {Counted(report.Comments)}" : string.Empty)
            + (report.Rewrite is { } rewrite ? $" · the rewrite scores {rewrite.Score}" : string.Empty);
        return new Banner(tone, Wording.Symbol(report.Verdict), title, subtitle);
    }

    private static void AddThread(Report report, List<CardPart> parts, CardSource source)
    {
        var hidden = AddSignals(report, parts);

        // Most telling first: what is wrong is what the reader came for; the authentic ones follow.
        var ordered = report.Comments.OrderBy(c => Wording.ToneOf(c.Verdict) switch { Tone.Bad => 0, Tone.Doubt => 1, _ => 2 }).ToList();
        if (ordered.Count > 0)
        {
            parts.Add(new Heading($"Comments ({report.Comments.Count})"));
            parts.Add(ListOf(ordered.Take(ShownComments), ordered.Count - ShownComments));
        }

        if (ordered.Count > ShownComments)
        {
            hidden.Add(ListOf(ordered.Skip(ShownComments).Take(DetailComments), ordered.Count - ShownComments - DetailComments));
        }

        AddDetails(parts, hidden, "Show more", "Show less", "thread", source);
    }

    /// <summary>The "Why" section: the first signals on the card, the next ones returned for the details, the rest counted.</summary>
    private static List<CardPart> AddSignals(Report report, List<CardPart> parts)
    {
        var hidden = new List<CardPart>();
        if (report.Signals.Count == 0)
        {
            return hidden;
        }

        parts.Add(new Heading("Why"));
        parts.AddRange(report.Signals.Take(ShownSignals).Select(EvidenceOf));
        hidden.AddRange(report.Signals.Skip(ShownSignals).Take(DetailSignals).Select(EvidenceOf));
        var uncounted = report.Signals.Count - ShownSignals - DetailSignals;
        if (uncounted > 0)
        {
            hidden.Add(new Paragraph($"and {uncounted.ToString("N0", CultureInfo.InvariantCulture)} more findings", Subtle: true));
        }

        return hidden;
    }

    // The Slack button asks for the card's details by its reference alone: the bot keeps the card it posted.
    private static void AddDetails(List<CardPart> parts, List<CardPart> hidden, string show, string hide, string kind, CardSource source)
    {
        if (hidden.Count > 0)
        {
            parts.Add(new Details("details", show, hide, hidden, new CardPayload("details", kind, Ref: source.Ref)));
        }
    }

    private static void AddComment(Report report, List<CardPart> parts, CardSource source)
    {
        if (report.Comments is [var comment, ..])
        {
            parts.Add(new VerdictList([LineOf(comment)], 0, string.Empty));
        }

        var hidden = AddSignals(report, parts);

        if (report.Reply is { } reply)
        {
            parts.Add(reply.Text is { } text ? new CopyText("A reply that starts a conversation", UserText.Clean(text)) : new Heading("Don't reply"));
            parts.Add(new Paragraph(reply.Advice, Subtle: true));
        }

        AddDetails(parts, hidden, "Show all findings", "Show fewer", "comment", source);
    }

    private static void AddLinks(Report report, List<CardPart> parts, CardSource source)
    {
        foreach (var link in report.Links.Take(ShownLinks))
        {
            var facts = new List<Fact> { new("Link", DisplayedUrl(link.Url)), new("Risk", RiskInWords(link.Risk)) };
            if (link.PostedAt is { } posted)
            {
                facts.Add(new Fact("Posted", posted.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
            }

            if (link.CommentDelay is { } delay && delay >= TimeSpan.Zero)
            {
                facts.Add(new Fact("Comment written", $"{DelayInWords(delay)} after the post"));
            }

            parts.Add(new Facts(facts));
            parts.AddRange(link.Reasons.Select(reason => new Paragraph(UserText.Quote(reason), Subtle: true)));
        }

        if (report.Links.Count > ShownLinks)
        {
            parts.Add(new Paragraph($"and {report.Links.Count - ShownLinks} more links", Subtle: true));
        }

        AddDetails(parts, AddSignals(report, parts), "Show all findings", "Show fewer", "link", source);
    }

    private static void AddOutreach(Report report, CardSource source, List<CardPart> parts, List<CardAction> actions)
    {
        if (report.Issues.Count > 0)
        {
            parts.Add(new Heading($"What to fix ({report.Issues.Count})"));
            parts.AddRange(report.Issues.Select(i => new Evidence(Humanised(i.Id), UserText.Quote(i.Evidence, QuoteChars), UserText.Quote(i.Advice, QuoteChars * 2))));
        }

        if (report.Rewrite is not { } rewrite)
        {
            return;
        }

        parts.Add(new CopyText($"Ready to send (scores {rewrite.Score})", UserText.Clean(rewrite.Text)));
        if (rewrite.Needs.Count > 0)
        {
            parts.Add(new Paragraph($"To make it truly personal, add: {string.Join("; ", rewrite.Needs)}.", Subtle: true));
        }

        // The buttons carry the draft: a rewrite starts again from it, with nothing kept on the server.
        var rewriteWith = source.Draft is { } draft && Encoding.UTF8.GetByteCount(draft) <= DraftPayloadBytes
            ? new CardPayload("rewrite", "outreach", Ref: source.Ref, Draft: draft, To: Capped(source.To), About: Capped(source.About), Format: source.Format)
            : null;
        var details = new List<CardPart>();
        details.AddRange(rewrite.Changes.Select(change => new Paragraph($"• {change}", Subtle: true)));
        details.AddRange(rewrite.Variants.Select(v => new CopyText(v.Format == "note" ? "As a connection note (300 characters)" : "As a short InMail", UserText.Clean(v.Text))));
        AddDetails(parts, details, "What changed, and other formats", "Hide", "outreach", source);

        if (rewriteWith is null)
        {
            parts.Add(new Paragraph("This draft is too long to rewrite from a button: paste it again with an About: line to rewrite it around one real detail.", Subtle: true));
            return;
        }

        parts.Add(new DetailInput("detail", "One real detail about them", "e.g. spoke at SaaStr about pricing experiments", 300,
            new CardAction("Rewrite with this detail", rewriteWith, ActionStyle.Primary)));
        actions.Add(new CardAction("Shorter", rewriteWith with { Verb = "variant", Variant = "shorter" }));
        actions.Add(new CardAction("More formal", rewriteWith with { Verb = "variant", Variant = "formal" }));
    }

    // An address has no spaces to wrap at: without its scheme and "www." and with its path cut short it fits a
    // card's column. The host is never cut: it is what tells the real site from the fake one.
    private static string DisplayedUrl(string url)
    {
        var shown = UserText.Clean(url);
        foreach (var prefix in (string[])["https://", "http://", "www."])
        {
            shown = shown.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? shown[prefix.Length..] : shown;
        }

        var hostEnd = shown.IndexOf('/', StringComparison.Ordinal);
        var keep = Math.Max(UrlChars, hostEnd + 2);
        return shown.Length <= keep ? shown : Excerpt.Cut(shown, keep);
    }

    private static string? Capped(string? context) => context is null ? null : UserText.Clean(context, ContextChars);

    private static Evidence EvidenceOf(Signal signal) =>
        new(Humanised(signal.Id), UserText.Quote(signal.Evidence, QuoteChars), UserText.Quote(signal.Explanation, QuoteChars * 2));

    private static VerdictList ListOf(IEnumerable<CommentReport> comments, int more) =>
        new(comments.Select(LineOf).ToList(), Math.Max(0, more), more == 1 ? "and 1 more comment" : $"and {more.ToString("N0", CultureInfo.InvariantCulture)} more comments");

    private static VerdictLine LineOf(CommentReport comment)
    {
        var who = string.Join(" · ", new[] { UserText.Quote(comment.Author, 60), AgeInWords(comment.Age) }.Where(s => !string.IsNullOrEmpty(s)));
        return new VerdictLine(Wording.ToneOf(comment.Verdict), $"{Wording.Symbol(comment.Verdict)} {Wording.Label(comment.Verdict)}",
            who.Length == 0 ? "(no name)" : who, UserText.Quote(comment.Text.ReplaceLineEndings(" "), CommentChars));
    }

    private static string Counted(IReadOnlyList<CommentReport> comments) =>
        $"{comments.Count} comments: " + string.Join(", ", comments.GroupBy(c => c.Verdict).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {Wording.Label(g.Key)}"));

    internal static string FallbackOf(Banner banner, string next) => $"{banner.Symbol} {banner.Title} — {banner.Subtitle}\n{next}";

    internal static string Humanised(string id) => Capitalised(id.Replace('_', ' '));

    internal static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string ScoreInWords(int score) => score switch
    {
        >= 75 => "high",
        >= 45 => "middling",
        _ => "low",
    };

    private static string RiskInWords(LinkRisk risk) => risk switch
    {
        LinkRisk.None => "none found",
        _ => risk.ToString().ToLowerInvariant(),
    };

    private static string DelayInWords(TimeSpan delay) => delay switch
    {
        { TotalMinutes: < 1 } => $"{Math.Max(0, (int)delay.TotalSeconds)} seconds",
        { TotalHours: < 1 } => $"{(int)delay.TotalMinutes} minutes",
        { TotalDays: < 2 } => $"{delay.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} hours",
        _ => $"{(int)delay.TotalDays} days",
    };

    /// <summary>"PT14M" becomes "14 min ago"; anything unreadable is left out rather than shown raw.</summary>
    private static string? AgeInWords(string? age) => RelativeAge.TryParse(age, out var read) ? read.Approximate switch
    {
        { TotalHours: < 1 } span => $"{(int)span.TotalMinutes} min ago",
        { TotalDays: < 1 } span => $"{(int)span.TotalHours} h ago",
        { TotalDays: < 14 } span => $"{(int)span.TotalDays} d ago",
        { TotalDays: < 60 } span => $"{(int)(span.TotalDays / 7)} wk ago",
        { TotalDays: < 365 } span => $"{(int)(span.TotalDays / 30)} mo ago",
        var span => $"{(int)(span.TotalDays / 365)} yr ago",
    } : null;
}
