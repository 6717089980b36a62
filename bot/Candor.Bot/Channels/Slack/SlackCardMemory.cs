using System.Collections.Concurrent;
using Candor.Cards.Model;

namespace Candor.Bot.Channels.Slack;

/// <summary>
/// Slack has no hidden blocks, so a card's details wait here for its "Show more" button: in this process's
/// memory only, for an hour, for the last 500 cards. After a restart, on another instance, or later than that,
/// the button asks for the text again: nothing pasted is ever written to storage.
/// </summary>
internal sealed class SlackCardMemory(TimeProvider clock)
{
    private const int MostKept = 500;
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (Card Card, DateTimeOffset Until)> cards = new();

    /// <summary>Keeps a card that has details to show, under its details button's reference.</summary>
    public void Keep(Card card)
    {
        if (card.Parts.OfType<Details>().FirstOrDefault()?.Fetch.Ref is not { } reference)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (cards.Count >= MostKept)
        {
            // The expired go first, then the oldest, down to half: a sweep now and then rather than on every card.
            foreach (var old in cards.OrderBy(c => c.Value.Until).Select(c => c.Key).ToList())
            {
                if (cards.Count < MostKept / 2 && !(cards.TryGetValue(old, out var kept) && kept.Until <= now))
                {
                    break;
                }

                cards.TryRemove(old, out _);
            }
        }

        cards[reference] = (card, now + Kept);
    }

    /// <summary>The card with its details shown in place of the button; null when it is no longer kept.</summary>
    public Card? Expanded(string? reference) =>
        reference is not null && cards.TryGetValue(reference, out var kept) && kept.Until > clock.GetUtcNow()
            ? kept.Card with { Parts = [.. kept.Card.Parts.SelectMany(part => part is Details details ? details.Parts : [part])] }
            : null;
}
