using System.Net;
using Candor.Bot.Conversation;
using Candor.Cards.Model;

namespace Candor.Bot.Channels.Teams;

/// <summary>Posts cards into stored Bot Framework conversations (protocols.md §1.4: send, create conversation).</summary>
internal sealed class TeamsProactiveSender(ConnectorClient connector) : IChannelSender
{
    public string Channel => TeamsReference.Channel;

    public async Task<Delivery> SendAsync(ConversationReference to, Card card, CancellationToken cancel)
    {
        if (to.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return new Delivery(DeliveryStatus.Failed, Reason: "The stored conversation has no service URL.");
        }

        if (connector.RefusesUnprompted(serviceUrl) is { } refusal)
        {
            return new Delivery(DeliveryStatus.Failed, Reason: refusal);
        }

        try
        {
            return new Delivery(DeliveryStatus.Sent, await connector.PostAsync(to, ConnectorClient.CardMessage(card), cancel));
        }
        catch (HttpRequestException refused) when (refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // 403: Candor was removed from the conversation, a user blocked it, or an admin turned it off; Teams
            // does not reliably say which (the MessageWritesBlocked subCode is often missing). 404: no such
            // conversation. Posting again will not help; speaking to Candor there again stores it again.
            return new Delivery(DeliveryStatus.Gone, Reason: refused.Message);
        }
    }
}
