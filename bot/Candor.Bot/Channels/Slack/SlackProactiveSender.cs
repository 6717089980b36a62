using Candor.Bot.Conversation;
using Candor.Cards.Model;

namespace Candor.Bot.Channels.Slack;

/// <summary>Posts cards into stored Slack conversations (chat.postMessage to the channel or direct message).</summary>
internal sealed class SlackProactiveSender(SlackApi slack, SlackMessages messages) : IChannelSender
{
    // Slack's codes for "this conversation will not take Candor's posts again".
    private static readonly HashSet<string> GoneErrors = ["channel_not_found", "not_in_channel", "is_archived", "account_inactive", "team_access_not_granted"];

    public string Channel => SlackConversation.Channel;

    public async Task<Delivery> SendAsync(ConversationReference to, Card card, CancellationToken cancel)
    {
        var message = messages.Post(card);
        message["channel"] = to.Key.Id;
        try
        {
            var posted = await slack.CallAsync("chat.postMessage", message, cancel);
            return new Delivery(DeliveryStatus.Sent, (string?)posted["ts"]);
        }
        catch (SlackApiException refused) when (GoneErrors.Contains(refused.Error))
        {
            return new Delivery(DeliveryStatus.Gone, Reason: refused.Message);
        }
    }
}
