using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Candor.Bot.Channels.Teams.Auth;

/// <summary>Whether an inbound request may be processed, and if not, why (for the log; the caller answers 401).</summary>
internal sealed record AuthResult(bool IsAuthenticated, string? Failure, ClaimsIdentity? Identity)
{
    public static AuthResult Fail(string why) => new(false, why, null);
}

/// <summary>
/// Checks the Bearer token on an activity as the Bot Connector requires (protocols.md §1.2): an RS256-family
/// signature by a key from the Connector's (or the Emulator's) OpenID metadata, the issuer, the audience
/// (our app id), the lifetime with 5 minutes of skew, the key's endorsement for the activity's channel and
/// the <c>serviceurl</c> claim equal to the activity's serviceUrl. Anything unexpected fails closed.
/// </summary>
internal sealed class ConnectorAuthentication(string appId, SigningKeys connectorKeys, SigningKeys emulatorKeys, string? tenantId = null)
{
    public const string ConnectorIssuer = "https://api.botframework.com";

    public static readonly Uri ConnectorMetadata = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    public static readonly Uri EmulatorMetadata = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // Tenants whose Entra ID tokens the Emulator presents (protocols.md §1.2), plus ours for a single-tenant bot.
    private static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <param name="authorization">The request's Authorization header, as sent.</param>
    /// <param name="channelId">The activity's channelId ("msteams", "emulator", …).</param>
    /// <param name="serviceUrl">The activity's serviceUrl, compared raw with the token's claim.</param>
    public async Task<AuthResult> AuthenticateAsync(string? authorization, string? channelId, string? serviceUrl, CancellationToken cancel)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= "Bearer ".Length)
        {
            return AuthResult.Fail("no Bearer token");
        }

        var token = authorization["Bearer ".Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthResult.Fail("the token is not a JWT");
        }

        if (!Algorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return AuthResult.Fail($"algorithm '{jwt.Alg}' is not allowed");
        }

        var fromConnector = string.Equals(jwt.Issuer, ConnectorIssuer, StringComparison.Ordinal);
        var issuers = fromConnector ? [ConnectorIssuer] : EmulatorIssuers();
        if (!issuers.Contains(jwt.Issuer, StringComparer.Ordinal))
        {
            return AuthResult.Fail("unknown issuer");
        }

        SigningKey? key;
        try
        {
            key = await (fromConnector ? connectorKeys : emulatorKeys).FindAsync(jwt.Kid ?? string.Empty, cancel);
        }
        catch (Exception failure) when (failure is HttpRequestException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            return AuthResult.Fail($"the signing keys could not be read ({failure.GetType().Name})");
        }

        if (key is null)
        {
            return AuthResult.Fail("unknown signing key");
        }

        if (fromConnector && (channelId is null || !key.Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase)))
        {
            return AuthResult.Fail("the signing key is not endorsed for this channel");
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = appId,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = Algorithms,
            ClockSkew = ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
        });
        if (!result.IsValid)
        {
            return AuthResult.Fail($"the token is not valid ({result.Exception?.GetType().Name ?? "unknown reason"})");
        }

        if (fromConnector)
        {
            // Compared raw, as the SDK does: a token minted for one serviceUrl cannot steer replies to another.
            var claimed = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
            if (claimed is null || !string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return AuthResult.Fail("the serviceurl claim does not match the activity");
            }
        }
        else if ((result.ClaimsIdentity.FindFirst("appid") ?? result.ClaimsIdentity.FindFirst("azp"))?.Value != appId)
        {
            return AuthResult.Fail("the Emulator token was issued to another app");
        }
        else if (!string.Equals(channelId, "emulator", StringComparison.OrdinalIgnoreCase))
        {
            // Emulator tokens carry no serviceurl claim; they must not vouch for activities of other channels.
            return AuthResult.Fail("an Emulator token on a non-Emulator activity");
        }

        return new AuthResult(true, null, result.ClaimsIdentity);
    }

    private string[] EmulatorIssuers() =>
        EmulatorTenants.Concat(tenantId is { Length: > 0 } ? [tenantId] : [])
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToArray();
}
