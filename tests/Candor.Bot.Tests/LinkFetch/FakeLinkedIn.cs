using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Candor.Bot.LinkFetch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.LinkFetch;

/// <summary>
/// A stand-in for www.linkedin.com: Kestrel over HTTPS on a free loopback port, with a certificate made here for
/// www.linkedin.com, serving <see cref="PostPages"/> and recording every request it gets.
/// </summary>
internal sealed class FakeLinkedIn : IAsyncDisposable
{
    public const string Host = "www.linkedin.com";

    private readonly WebApplication app;
    private readonly X509Certificate2 certificate;

    private FakeLinkedIn(WebApplication app, X509Certificate2 certificate, int port)
    {
        this.app = app;
        this.certificate = certificate;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Path and query of each request, with its User-Agent and whether it carried a cookie.</summary>
    public ConcurrentQueue<(string Path, string UserAgent, bool Cookie)> Requests { get; } = new();

    /// <summary>Answers www.linkedin.com with this server, admits loopback, and trusts this server's certificate only.</summary>
    public FetchNetwork Network => new(
        (host, _, _) => Task.FromResult(host == Host ? new[] { new IPEndPoint(IPAddress.Loopback, Port) } : []),
        IPAddress.IsLoopback,
        (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString());

    public PageFetcher Fetcher(LinkFetchSettings? settings = null, FetchNetwork? network = null) =>
        new(settings ?? new LinkFetchSettings { Enabled = true }, network ?? Network, NullLogger<PageFetcher>.Instance);

    public static async Task<FakeLinkedIn> StartAsync()
    {
        var certificate = MakeCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        FakeLinkedIn? server = null;
        app.Run(async context =>
        {
            var request = context.Request;
            server!.Requests.Enqueue((request.Path + request.QueryString, request.Headers.UserAgent.ToString(), request.Headers.Cookie.Count > 0));
            await PostPages.ServeAsync(context);
        });
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        server = new FakeLinkedIn(app, certificate, port);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        certificate.Dispose();
    }

    private static X509Certificate2 MakeCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={Host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS#12 so that the key is usable by the TLS stack.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }
}
