using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>
/// OpenID metadata and keys on loopback (real HTTP through Kestrel), standing in for login.botframework.com:
/// the tests sign tokens with their own RSA keys and publish them here, endorsements included.
/// </summary>
internal sealed class KeyServer : IAsyncDisposable
{
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> published = [];
    private WebApplication app = null!;

    public Uri MetadataUrl => new($"{app.Urls.First()}/v1/.well-known/openidconfiguration");

    public int KeyFetches { get; private set; }

    public static async Task<KeyServer> StartAsync()
    {
        var server = new KeyServer();
        server.app = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", () =>
                Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"{app.Urls.First()}/v1/.well-known/keys" }));
            app.MapGet("/v1/.well-known/keys", server.Keys);
        });
        return server;
    }

    /// <summary>A new RSA key, published with the given endorsements (or kept private when <paramref name="publish"/> is false).</summary>
    public RsaSecurityKey NewKey(string[] endorsements, bool publish = true)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
        if (publish)
        {
            Publish(key, endorsements);
        }

        return key;
    }

    public void Publish(RsaSecurityKey key, string[] endorsements)
    {
        lock (published)
        {
            published.Add((key, endorsements));
        }
    }

    private IResult Keys()
    {
        KeyFetches++;
        lock (published)
        {
            var keys = new JsonArray(published.Select(p =>
            {
                var parameters = p.Key.Rsa.ExportParameters(false);
                return (JsonNode)new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = p.Key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray(p.Endorsements.Select(e => (JsonNode)e).ToArray()),
                };
            }).ToArray());
            return Results.Json(new JsonObject { ["keys"] = keys });
        }
    }

    public async ValueTask DisposeAsync() => await LoopbackServer.StopAsync(app);
}
