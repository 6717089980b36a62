using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Candor.Bot.Channels.Teams.Auth;
using Candor.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>With an app id, /api/messages processes nothing that is not signed by the Connector's keys.</summary>
public sealed class CloudModeTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "6f1c5a5e-8f6b-4c4e-9d36-2b7e0f5c9a11";

    private static readonly HttpClient Http = new();

    private readonly TempFolder folder = new();
    private KeyServer keys = null!;
    private FakeConnector connector = null!;
    private WebApplication bot = null!;
    private RsaSecurityKey key = null!;

    public async Task InitializeAsync()
    {
        keys = await KeyServer.StartAsync();
        key = keys.NewKey(["msteams"]);
        connector = await FakeConnector.StartAsync();
        bot = TestHost.Build(
            folder, "--MicrosoftAppId", AppId, "--MicrosoftAppPassword", "test-secret", "--MicrosoftAppType", "MultiTenant",
            "--BotFramework:OpenIdMetadataUrl", keys.MetadataUrl.ToString(), "--Logging:LogLevel:Default=Critical");
        await bot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await bot.StopAsync();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
        await keys.DisposeAsync();
    }

    // xUnit disposes after DisposeAsync, once the bot has let go of its database.
    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a.token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task UnauthenticatedActivity_Gets401_AndNothingIsAnswered(string? authorization)
    {
        using var response = await PostAsync(authorization);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task TokenSignedByAnEndorsedKey_IsAccepted()
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ConnectorAuthentication.ConnectorIssuer,
            Audience = AppId,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = connector.ServiceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

        using var response = await PostAsync($"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string? authorization)
    {
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = "act-1", ["channelId"] = "msteams", ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user" }, ["recipient"] = new JsonObject { ["id"] = $"28:{AppId}" },
            ["conversation"] = new JsonObject { ["id"] = "a:1" }, ["text"] = "help",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{bot.Urls.First()}/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Http.SendAsync(request);
    }
}
