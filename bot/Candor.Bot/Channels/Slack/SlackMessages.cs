using System.Text.Json.Nodes;
using Candor.Cards.Model;
using Candor.Cards.Rendering;

namespace Candor.Bot.Channels.Slack;

/// <summary>
/// Candor's cards as Slack messages, one way for every path (replies, response URLs, proactive posts): Block Kit,
/// no previews of the links inside (they are quoted evidence, not invitations), and the card kept for its
/// "Show more" button.
/// </summary>
internal sealed class SlackMessages(SlackCardMemory memory)
{
    public JsonObject Post(Card card)
    {
        memory.Keep(card);
        var message = BlockKitRenderer.Render(card);
        message["unfurl_links"] = false;
        message["unfurl_media"] = false;
        return message;
    }

    /// <summary>A private answer through a response URL, new or in place of the message whose button was pressed.</summary>
    public JsonObject Private(Card card, bool replace)
    {
        var message = Post(card);
        message["response_type"] = "ephemeral";
        message["replace_original"] = replace;
        return message;
    }
}
