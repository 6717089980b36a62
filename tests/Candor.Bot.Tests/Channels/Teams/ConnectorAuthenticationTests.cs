using System.Security.Claims;
using System.Text;
using Candor.Bot.Channels.Teams.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Candor.Bot.Tests.Channels.Teams;

/// <summary>The inbound auth matrix of issue 5: every kind of bad token fails closed; a correct one passes.</summary>
public sealed class ConnectorAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6f1c5a5e-8f6b-4c4e-9d36-2b7e0f5c9a11";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private static readonly HttpClient Http = new();

    private KeyServer keys = null!;
    private RsaSecurityKey teamsKey = null!;

    public async Task InitializeAsync()
    {
        keys = await KeyServer.StartAsync();
        teamsKey = keys.NewKey(["msteams", "webchat"]);
    }

    public async Task DisposeAsync() => await keys.DisposeAsync();

    [Fact]
    public async Task CorrectConnectorToken_IsAccepted()
    {
        var result = await Authenticate(Token());

        Assert.True(result.IsAuthenticated, result.Failure);
        Assert.Equal(ServiceUrl, result.Identity!.FindFirst("serviceurl")!.Value);
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "wrong issuer", "unknown issuer" },
        { "wrong audience", "not valid" },
        { "expired", "not valid" },
        { "not yet valid", "not valid" },
        { "unknown signing key", "unknown signing key" },
        { "alg none", "algorithm 'none'" },
        { "HS256 signed with the public key", "algorithm 'HS256'" },
        { "key not endorsed for the channel", "not endorsed" },
        { "mismatched serviceUrl", "serviceurl" },
        { "no serviceurl claim", "serviceurl" },
        { "tampered payload", "not valid" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadToken_FailsClosedSayingWhy(string what, string why)
    {
        var token = what switch
        {
            "wrong issuer" => Token(issuer: "https://evil.example"),
            "wrong audience" => Token(audience: "another-app"),
            "expired" => Token(expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddHours(-1)),
            "not yet valid" => Token(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
            "unknown signing key" => Token(key: keys.NewKey(["msteams"], publish: false)),
            "alg none" => Unsigned(),
            "HS256 signed with the public key" => SymmetricWithPublicKey(),
            "key not endorsed for the channel" => Token(key: keys.NewKey(["skype"])),
            "mismatched serviceUrl" => Token(serviceUrl: "https://evil.example/"),
            "no serviceurl claim" => Token(serviceUrl: null),
            _ => Tampered(Token()),
        };

        var result = await Authenticate(token);

        Assert.False(result.IsAuthenticated, what);
        Assert.Contains(why, result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Bearer eyJ")]
    public async Task MalformedHeader_FailsClosed(string? header)
    {
        var result = await Authenticate(header, raw: true);

        Assert.False(result.IsAuthenticated);
        Assert.NotNull(result.Failure);
    }

    [Fact]
    public async Task RotatedKey_IsFetchedOnItsFirstUse()
    {
        Assert.True((await Authenticate(Token())).IsAuthenticated);
        var rotated = keys.NewKey(["msteams"]);

        var result = await Authenticate(Token(key: rotated), afterMinutes: 2);

        Assert.True(result.IsAuthenticated, result.Failure);
    }

    [Fact]
    public async Task ForgedKeyIds_DoNotFloodTheKeyServer()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var auth = Authentication(clock);
        for (var i = 0; i < 20; i++)
        {
            await auth.AuthenticateAsync($"Bearer {Token(key: keys.NewKey(["msteams"], publish: false))}", "msteams", ServiceUrl, CancellationToken.None);
        }

        Assert.Equal(1, keys.KeyFetches);
    }

    [Fact]
    public async Task EmulatorToken_ForThisApp_IsAccepted_ForAnotherApp_IsNot()
    {
        const string issuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

        var ours = await Authenticate(Token(issuer: issuer, serviceUrl: null, extra: new Claim("azp", AppId)), channel: "emulator", emulator: true);
        var theirs = await Authenticate(Token(issuer: issuer, serviceUrl: null, extra: new Claim("azp", "someone-else")), channel: "emulator", emulator: true);

        var onTeams = await Authenticate(Token(issuer: issuer, serviceUrl: null, extra: new Claim("azp", AppId)), channel: "msteams", emulator: true);

        Assert.True(ours.IsAuthenticated, ours.Failure);
        Assert.False(theirs.IsAuthenticated);
        Assert.False(onTeams.IsAuthenticated);
    }

    private ConnectorAuthentication Authentication(TimeProvider? clock = null, bool emulator = false)
    {
        var source = new SigningKeys(Http, keys.MetadataUrl, clock ?? TimeProvider.System);
        var unreachable = new SigningKeys(Http, new Uri("http://127.0.0.1:9/none"), clock ?? TimeProvider.System);
        return emulator ? new ConnectorAuthentication(AppId, unreachable, source) : new ConnectorAuthentication(AppId, source, unreachable);
    }

    private async Task<AuthResult> Authenticate(string? token, bool raw = false, string channel = "msteams", bool emulator = false, int afterMinutes = 0)
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var auth = Authentication(clock, emulator);
        if (afterMinutes > 0)
        {
            // Prime the cache first, then move on past the refetch guard, as a running bot would.
            await auth.AuthenticateAsync($"Bearer {Token()}", "msteams", ServiceUrl, CancellationToken.None);
            clock.Now += TimeSpan.FromMinutes(afterMinutes);
        }

        return await auth.AuthenticateAsync(raw ? token : $"Bearer {token}", channel, ServiceUrl, CancellationToken.None);
    }

    private string Token(
        string issuer = ConnectorAuthentication.ConnectorIssuer, string audience = AppId, DateTime? expires = null, DateTime? notBefore = null,
        RsaSecurityKey? key = null, string? serviceUrl = ServiceUrl, Claim? extra = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        if (extra is not null)
        {
            claims[extra.Type] = extra.Value;
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? teamsKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Unsigned()
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode($"{{\"iss\":\"{ConnectorAuthentication.ConnectorIssuer}\",\"aud\":\"{AppId}\",\"serviceurl\":\"{ServiceUrl}\",\"exp\":4102444800}}");
        return $"{header}.{payload}.";
    }

    // The classic confusion attack: sign with HMAC using the published RSA public key as the secret.
    private string SymmetricWithPublicKey()
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(teamsKey.Rsa.ExportSubjectPublicKeyInfoPem())) { KeyId = teamsKey.KeyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ConnectorAuthentication.ConnectorIssuer,
            Audience = AppId,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(AppId, AppId.ToUpperInvariant(), StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
