using System.Net;
using Candor.Bot.LinkFetch;

namespace Candor.Bot.Tests.LinkFetch;

/// <summary>The fetcher against a local www.linkedin.com: what it reads, and everything it refuses, as results.</summary>
public sealed class PageFetcherTests : IAsyncLifetime
{
    private FakeLinkedIn server = null!;

    public async Task InitializeAsync() => server = await FakeLinkedIn.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static string Url(string path) => $"https://{FakeLinkedIn.Host}{path}";

    [Fact]
    public async Task Fetch_PublicPostPage_ReturnsItsHtml_WithAnHonestAgentAndNoCookie()
    {
        using var fetcher = server.Fetcher();

        var fetched = await fetcher.FetchAsync(Url(PostPages.Post), CancellationToken.None);

        Assert.Null(fetched.Refusal);
        Assert.Contains("application/ld+json", fetched.Page!.Html, StringComparison.Ordinal);
        var (path, agent, cookie) = Assert.Single(server.Requests);
        Assert.Equal(PostPages.Post, path);
        Assert.StartsWith("Candor/", agent, StringComparison.Ordinal);
        Assert.False(cookie);
    }

    [Fact]
    public async Task Fetch_ThreeRedirectsOnLinkedIn_AreFollowed()
    {
        using var fetcher = server.Fetcher();

        var fetched = await fetcher.FetchAsync(Url(PostPages.RedirectChain), CancellationToken.None);

        Assert.Equal(Url(PostPages.Post), fetched.Page!.Address.ToString());
        Assert.Equal(["/redirect/3", "/redirect/2", "/redirect/1", PostPages.Post], server.Requests.Select(r => r.Path));
    }

    [Theory]
    [InlineData(PostPages.RedirectTooLong, "redirected more than 3 times", 4)]
    [InlineData(PostPages.RedirectLoop, "redirected more than 3 times", 4)]
    [InlineData(PostPages.RedirectOff, "not linkedin.com", 1)]
    [InlineData(PostPages.RedirectUserInfo, "user name", 1)]
    [InlineData(PostPages.RedirectLoopback, "IP address", 1)]
    [InlineData(PostPages.Json, "not a web page", 1)]
    [InlineData(PostPages.Missing, "LinkedIn answered 404", 1)]
    [InlineData(PostPages.Huge, "larger than 65536 bytes", 1)]
    public async Task Fetch_BadAnswer_IsRefusedWithAReason(string path, string reason, int requests)
    {
        using var fetcher = server.Fetcher(new LinkFetchSettings { Enabled = true, MaxBytes = 65536 });

        var fetched = await fetcher.FetchAsync(Url(path), CancellationToken.None);

        Assert.Null(fetched.Page);
        Assert.Contains(reason, fetched.Refusal, StringComparison.Ordinal);
        Assert.Equal(requests, server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_BodyThatNeverEnds_StopsAtTheTimeLimit()
    {
        using var fetcher = server.Fetcher(new LinkFetchSettings { Enabled = true, TimeoutSeconds = 1 });
        var started = TimeProvider.System.GetTimestamp();

        var fetched = await fetcher.FetchAsync(Url(PostPages.Slow), CancellationToken.None);

        Assert.Equal("the page did not arrive within 1 seconds", fetched.Refusal);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Fetch_CertificateNotTrusted_IsRefused_NotThrown()
    {
        // The production certificate check: the test's self-signed certificate is not trusted there.
        using var fetcher = server.Fetcher(network: server.Network with { Certificates = null });

        var fetched = await fetcher.FetchAsync(Url(PostPages.Post), CancellationToken.None);

        Assert.Equal("the page could not be reached", fetched.Refusal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.5")]
    [InlineData("169.254.169.254")]
    [InlineData("::1")]
    [InlineData("::ffff:10.0.0.1")]
    public async Task Fetch_DefaultPolicy_RefusesInternalAnswersForALinkedInHost(string answer)
    {
        // The server listens on loopback, so if the production policy let 127.0.0.1 through this would be read.
        var resolved = IPAddress.Parse(answer);
        var network = FetchNetwork.Internet with
        {
            Resolve = (_, _, _) => Task.FromResult(new[] { new IPEndPoint(IPAddress.Loopback, server.Port), new IPEndPoint(resolved, server.Port) }.Reverse().ToArray()),
            Certificates = server.Network.Certificates,
        };
        using var fetcher = server.Fetcher(network: network);

        var fetched = await fetcher.FetchAsync(Url(PostPages.Post), CancellationToken.None);

        Assert.Equal($"{FakeLinkedIn.Host} resolves to an address that is not public ({resolved})", fetched.Refusal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Fetch_OneInternalAnswerAmongPublicOnes_IsRefused()
    {
        var network = server.Network with
        {
            Resolve = (_, port, _) => Task.FromResult(new[] { new IPEndPoint(IPAddress.Parse("13.107.42.14"), port), new IPEndPoint(IPAddress.Parse("10.0.0.5"), port) }),
            Allows = AddressPolicy.IsPublic,
        };
        using var fetcher = server.Fetcher(network: network);

        var fetched = await fetcher.FetchAsync(Url(PostPages.Post), CancellationToken.None);

        Assert.Contains("not public (10.0.0.5)", fetched.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://www.linkedin.com/posts/x", "only https")]
    [InlineData("https://linkedin.com@evil.example/", "user name")]
    [InlineData("https://evil-linkedin.com/", "not linkedin.com")]
    public async Task Fetch_AddressOffLinkedIn_IsNeverRequested(string url, string reason)
    {
        using var fetcher = server.Fetcher();

        var fetched = await fetcher.FetchAsync(url, CancellationToken.None);

        Assert.Contains(reason, fetched.Refusal, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }
}
