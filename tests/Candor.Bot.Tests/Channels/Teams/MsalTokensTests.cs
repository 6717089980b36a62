using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Candor.Bot.Channels.Teams;
using Candor.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Client;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>
/// Outbound tokens: MSAL asks a fake Entra ID on loopback (its HTTP is redirected there), replies to a fake
/// Connector carry the token, and MSAL's cache means one token request serves many replies.
/// </summary>
public sealed class MsalTokensTests : IAsyncLifetime
{
    private const string Tenant = "d8e2f1a4-5b6c-4d7e-8f90-123456789abc";

    private readonly ConcurrentQueue<string> tokenRequests = new();
    private WebApplication entra = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        entra = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/common/discovery/instance", () => Results.Json(new JsonObject
            {
                ["tenant_discovery_endpoint"] = $"https://login.microsoftonline.com/{Tenant}/v2.0/.well-known/openid-configuration",
                ["api-version"] = "1.1",
                ["metadata"] = new JsonArray(new JsonObject
                {
                    ["preferred_network"] = "login.microsoftonline.com",
                    ["preferred_cache"] = "login.windows.net",
                    ["aliases"] = new JsonArray("login.microsoftonline.com", "login.windows.net"),
                }),
            }));
            app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                tokenRequests.Enqueue($"{tenant} {form["grant_type"]} {form["client_id"]} {form["scope"]}");
                return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = "token-from-entra" });
            });
        });
    }

    public async Task DisposeAsync()
    {
        await LoopbackServer.StopAsync(entra);
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Replies_CarryTheClientCredentialsToken_FetchedOnce()
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppType = "SingleTenant", MicrosoftAppId = "6f1c5a5e-8f6b-4c4e-9d36-2b7e0f5c9a11", MicrosoftAppPassword = "secret", MicrosoftAppTenantId = Tenant,
        };
        using var toEntra = new HttpClient(new RedirectTo(new Uri(entra.Urls.First())));
        using var toConnector = new HttpClient();
        var client = new ConnectorClient(toConnector, new MsalConnectorTokens(options, new MsalHttp(toEntra)), NullLogger<ConnectorClient>.Instance, loopbackOnly: false);
        var incoming = new Activity
        {
            Type = "message", Id = "a1", ServiceUrl = connector.ServiceUrl, Conversation = new ConversationAccount("c1", null, null, null),
            From = new ChannelAccount("29:u", null), Recipient = new ChannelAccount("28:bot", null),
        };

        await client.ReplyAsync(incoming, new JsonObject { ["type"] = "message", ["text"] = "one" }, CancellationToken.None);
        await client.ReplyAsync(incoming, new JsonObject { ["type"] = "message", ["text"] = "two" }, CancellationToken.None);

        Assert.All(connector.Calls, call => Assert.Equal("Bearer token-from-entra", call.Authorization));
        var request = Assert.Single(tokenRequests);
        Assert.Equal($"{Tenant} client_credentials 6f1c5a5e-8f6b-4c4e-9d36-2b7e0f5c9a11 https://api.botframework.com/.default", request);
    }

    /// <summary>Sends every request to the fake Entra ID, keeping its path and query.</summary>
    private sealed class RedirectTo(Uri target) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class MsalHttp(HttpClient client) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }
}
