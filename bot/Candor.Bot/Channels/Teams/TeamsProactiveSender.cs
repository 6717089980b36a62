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

        if (!connector.Reaches(serviceUrl))
        {
            return new Delivery(DeliveryStatus.Failed, Reason: $"Local mode only posts to this machine, not to {serviceUrl}.");
        }

        try
        {
            return new Delivery(DeliveryStatus.Sent, await connector.PostAsync(to, ConnectorClient.CardMessage(card), cancel));
        }
        catch (HttpRequestException refused) when (refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // 403 (the app was removed, or a user blocked it: MessageWritesBlocked) or 404 (no such conversation):
            // posting again will not help.
            return new Delivery(DeliveryStatus.Gone, Reason: refused.Message);
        }
        catch (HttpRequestException failed)
        {
            return new Delivery(DeliveryStatus.Failed, Reason: failed.Message);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new Delivery(DeliveryStatus.Failed, Reason: "The Bot Connector did not answer in time.");
        }
    }
}
