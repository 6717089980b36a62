using Candor.Cards.Model;
using Candor.Cards.Text;

namespace Candor.Cards.Building;

/// <summary>The cards that do not come from a report: welcome and help, notes, "forget this conversation?" and "I couldn't read that".</summary>
public static class StaticCards
{
    public static Card Welcome()
    {
        var banner = new Banner(Tone.Good, "👋", "Hi, I'm Candor", "I tell real LinkedIn engagement from pods, bots and scams, and help you write messages people answer.");
        CardPart[] parts =
        [
            banner,
            new Heading("Paste any of these"),
            new Evidence("A comment thread", "Maria Lopez · 2nd\nHead of Growth\n3h\nWe saw the same drop after the pricing change.", "Copy the comments from LinkedIn, names and times included: I judge each comment and the thread as a whole."),
            new Evidence("One comment", "Great insights! Thanks for sharing 🙌", "I say whether it is personal, generic, automated or spam, and suggest a reply that starts a conversation."),
            new Evidence("A post or comment link", UserText.Quote("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/"),
                "I read when it was posted and check the link for tricks."),
            new Evidence("An outreach draft", "To: Aisha Rahman, Head of Growth at Fourth Coffee\nAbout: spoke at SaaStr about pricing\n\nHi Aisha, …", "I say what will keep it from being answered and write a better, personal version from your own facts."),
            new Paragraph("Asking how to answer a message you received? Put \"How should I reply to this?\" above it.", Subtle: true),
            new Paragraph("I keep verdicts and commenters' names for a limited time, never your drafts. Commands: help, check, coach, digest, forget.", Subtle: true),
        ];
        return new Card("welcome", banner, parts, [], ReportCards.FallbackOf(banner, "Paste a LinkedIn comment, a thread, a post link or a draft message."));
    }

    /// <summary>A short answer that is not a verdict ("Thanks — noted."), as a card so every answer looks alike.</summary>
    public static Card Note(string message)
    {
        var banner = new Banner(Tone.Good, "✓", "Candor", UserText.Clean(message, 300));
        return new Card("note", banner, [banner], [], ReportCards.FallbackOf(banner, string.Empty).TrimEnd());
    }

    /// <summary>"Forget this conversation?", asked before Candor erases what it keeps for one.</summary>
    public static Card ConfirmForget()
    {
        var banner = new Banner(Tone.Doubt, "⚠", "Forget this conversation?", "I'll delete everything I keep for it: what was checked here, feedback, settings, the digest schedule and where I post. This can't be undone.");
        CardAction[] actions =
        [
            new("Forget it", new CardPayload("forget", "forget", Variant: "confirm"), ActionStyle.Primary),
            new("Keep it", new CardPayload("forget", "forget", Variant: "cancel")),
        ];
        return new Card("forget", banner, [banner], actions, ReportCards.FallbackOf(banner, "Answer with the buttons on the card.").TrimEnd());
    }

    /// <summary>A conversation's digest schedule, after it was set, stopped or asked about: what it is, then what can be said next.</summary>
    public static Card DigestSettings(string headline, string detail)
    {
        var banner = new Banner(Tone.Good, "🗓", "Candor digest", UserText.Clean(headline, 300));
        CardPart[] parts = [banner, new Paragraph(UserText.Clean(detail, 600), Subtle: true)];
        return new Card("digest-settings", banner, parts, [], ReportCards.FallbackOf(banner, UserText.Clean(detail, 300)));
    }

    public static Card Error(string message, string suggestion)
    {
        var banner = new Banner(Tone.Doubt, "?", "I couldn't read that", UserText.Clean(message, 300));
        CardPart[] parts = [banner, new Heading("What to try"), new Paragraph(UserText.Clean(suggestion, 600))];
        return new Card("error", banner, parts, [], ReportCards.FallbackOf(banner, UserText.Clean(suggestion, 300)));
    }
}
