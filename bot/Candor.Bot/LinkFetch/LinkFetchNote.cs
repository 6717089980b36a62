using Candor.Cards.Model;

namespace Candor.Bot.LinkFetch;

/// <summary>Says on the card, under its verdict, where the comments came from or why the page was not read.</summary>
internal static class LinkFetchNote
{
    public static Card On(Card card, string note)
    {
        var afterBanner = card.Parts is [Banner, ..] ? 1 : 0;
        return card with { Parts = [.. card.Parts.Take(afterBanner), new Paragraph(note, Subtle: true), .. card.Parts.Skip(afterBanner)] };
    }
}
