using System.Text;
using Candor.Cards.Model;

namespace Candor.Cards.Rendering;

/// <summary>
/// A card as plain text, for clients that show no cards and for review: the verdict line first, then each
/// part in reading order, the details included (nothing can be expanded in plain text), buttons left out.
/// </summary>
public static class PlainTextCardRenderer
{
    public static string Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = new StringBuilder();
        foreach (var part in card.Parts)
        {
            Append(text, part);
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static void Append(StringBuilder text, CardPart part)
    {
        switch (part)
        {
            case Banner banner:
                text.Append(banner.Symbol).Append(' ').AppendLine(banner.Title).AppendLine(banner.Subtitle);
                break;
            case Heading heading:
                text.AppendLine().AppendLine(heading.Text.ToUpperInvariant());
                break;
            case Paragraph paragraph:
                text.AppendLine(paragraph.Text);
                break;
            case Evidence evidence:
                text.Append("- ").Append(evidence.Label).Append(": “").Append(evidence.Quote).AppendLine("”").Append("  ").AppendLine(evidence.Meaning);
                break;
            case Facts facts:
                foreach (var fact in facts.Items)
                {
                    text.Append(fact.Title).Append(": ").AppendLine(fact.Value);
                }

                break;
            case VerdictList list:
                foreach (var line in list.Items)
                {
                    text.Append(line.Label).Append(" — ").Append(line.Who).Append(": ").AppendLine(line.Text);
                }

                if (list.More > 0)
                {
                    text.AppendLine(list.MoreLabel);
                }

                break;
            case CopyText copy:
                text.AppendLine().AppendLine(copy.Label + ":").AppendLine(copy.Text);
                break;
            case Details details:
                foreach (var inner in details.Parts)
                {
                    Append(text, inner);
                }

                break;
            case DetailInput input:
                text.AppendLine().Append(input.Label).AppendLine(": reply with it, and I'll rewrite the draft around it.");
                break;
        }
    }
}
