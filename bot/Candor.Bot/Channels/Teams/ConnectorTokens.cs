using Candor.Bot.Hosting;
using Microsoft.Identity.Client;

namespace Candor.Bot.Channels.Teams;

/// <summary>The Bearer token for calls to the Bot Connector; null in local mode, where the client needs none.</summary>
internal interface IConnectorTokens
{
    Task<string?> GetAsync(CancellationToken cancel);
}

/// <summary>Local mode: the Agents Playground and the Emulator on loopback take replies without a token.</summary>
internal sealed class NoConnectorTokens : IConnectorTokens
{
    public Task<string?> GetAsync(CancellationToken cancel) => Task.FromResult<string?>(null);
}

/// <summary>
/// Client-credentials tokens from Entra ID through MSAL (protocols.md §1.3): the tenant for a single-tenant
/// registration, botframework.com for a legacy multi-tenant one. One application object for the process, so
/// MSAL's token cache is reused and a token is fetched about once an hour.
/// </summary>
internal sealed class MsalConnectorTokens(BotFrameworkOptions options, IMsalHttpClientFactory? http = null) : IConnectorTokens
{
    private static readonly string[] Scopes = ["https://api.botframework.com/.default"];

    private readonly IConfidentialClientApplication application = Build(options, http);

    public async Task<string?> GetAsync(CancellationToken cancel) =>
        (await application.AcquireTokenForClient(Scopes).ExecuteAsync(cancel)).AccessToken;

    private static IConfidentialClientApplication Build(BotFrameworkOptions options, IMsalHttpClientFactory? http)
    {
        var tenant = string.Equals(options.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(options.MicrosoftAppTenantId)
            ? "botframework.com"
            : options.MicrosoftAppTenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}");
        return (http is null ? builder : builder.WithHttpClientFactory(http)).Build();
    }
}
