using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Candor.Bot.LinkFetch;

/// <summary>A page as it was served: where it ended up after redirects, and its HTML.</summary>
internal sealed record FetchedPage(Uri Address, string Html);

/// <summary>The page, or in plain words why it was not read.</summary>
internal sealed record PageFetch(FetchedPage? Page, string? Refusal)
{
    public static PageFetch Refused(string reason) => new(null, reason);
}

/// <summary>
/// Fetches a public linkedin.com page without letting a pasted link reach anything else: every address, the
/// first and each redirect's, passes <see cref="LinkedInAddress"/>; the name is resolved here and refused if
/// any answer is not a public address, and the connection goes to the address that was checked, so a DNS
/// answer that changes between check and connect is never used. No cookies, no proxy, at most three
/// redirects, only text/html, and the body and the whole exchange are capped. Every refusal is a result.
/// </summary>
internal sealed partial class PageFetcher : IDisposable
{
    private const int MostRedirects = 3;
    private const string UserAgent = "Candor/1.0 (LinkedIn engagement checker; reads one public post page when a user pastes its link)";

    private readonly LinkFetchSettings settings;
    private readonly FetchNetwork network;
    private readonly ILogger<PageFetcher> logger;
    private readonly HttpClient client;

    public PageFetcher(LinkFetchSettings settings, FetchNetwork network, ILogger<PageFetcher> logger)
    {
        this.settings = settings;
        this.network = network;
        this.logger = logger;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            MaxResponseHeadersLength = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        if (network.Certificates is { } trust)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = trust;
        }

        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<PageFetch> FetchAsync(string url, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            return await FollowAsync(LinkedInAddress.Check(url), deadline.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return PageFetch.Refused($"the page did not arrive within {settings.TimeoutSeconds} seconds");
        }
        catch (HttpRequestException failed) when (failed.InnerException is RefusedAddressException refused)
        {
            return PageFetch.Refused(refused.Message);
        }
        catch (Exception failed) when (failed is HttpRequestException or IOException or SocketException)
        {
            // The message names the host at most, never the pasted link's path.
            LogUnreachable(failed.Message);
            return PageFetch.Refused("the page could not be reached");
        }
    }

    public void Dispose() => client.Dispose();

    private async Task<PageFetch> FollowAsync(AddressCheck check, CancellationToken cancel)
    {
        for (var redirects = 0; ; redirects++)
        {
            if (check.Address is not { } address)
            {
                return PageFetch.Refused(check.Refusal!);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.UserAgent.ParseAdd(UserAgent);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
            if (IsRedirect(response.StatusCode))
            {
                if (redirects == MostRedirects)
                {
                    return PageFetch.Refused($"the page redirected more than {MostRedirects} times");
                }

                var target = LinkedInAddress.Check(response.Headers.Location?.OriginalString, address);
                check = target.Refusal is { } why ? AddressCheck.Refused($"it redirected to an address not fetched ({why})") : target;
                continue;
            }

            return await ReadAsync(address, response, cancel);
        }
    }

    private async Task<PageFetch> ReadAsync(Uri address, HttpResponseMessage response, CancellationToken cancel)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return PageFetch.Refused($"LinkedIn answered {(int)response.StatusCode}");
        }

        if (response.Content.Headers.ContentType is not { MediaType: "text/html" } type)
        {
            return PageFetch.Refused("the answer was not a web page");
        }

        if (response.Content.Headers.ContentLength > settings.MaxBytes)
        {
            return PageFetch.Refused($"the page is larger than {settings.MaxBytes} bytes");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancel);
        var buffer = new byte[settings.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancel)) > 0)
        {
            length += read;
        }

        return length > settings.MaxBytes
            ? PageFetch.Refused($"the page is larger than {settings.MaxBytes} bytes")
            : new PageFetch(new FetchedPage(address, EncodingOf(type).GetString(buffer, 0, length)), null);
    }

    private static Encoding EncodingOf(MediaTypeHeaderValue type)
    {
        try
        {
            return type.CharSet is { Length: > 0 } charset ? Encoding.GetEncoding(charset.Trim('"')) : Encoding.UTF8;
        }
        catch (Exception unknown) when (unknown is ArgumentException or NotSupportedException)
        {
            // A charset the runtime does not know (or refuses, like UTF-7): read it as the web mostly is.
            return Encoding.UTF8;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    // Resolves, checks every answer, and connects to a checked one: what was checked is what is used.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        var host = context.DnsEndPoint.Host;
        if (LinkedInAddress.Check($"https://{host}/") is { Refusal: { } refusal })
        {
            throw new RefusedAddressException(refusal);
        }

        var endpoints = await network.Resolve(host, context.DnsEndPoint.Port, cancel);
        if (endpoints.Length == 0)
        {
            throw new RefusedAddressException($"{host} has no address");
        }

        if (endpoints.FirstOrDefault(e => !network.Allows(e.Address)) is { } inside)
        {
            throw new RefusedAddressException($"{host} resolves to an address that is not public ({inside.Address})");
        }

        SocketException? last = null;
        foreach (var endpoint in endpoints)
        {
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endpoint, cancel);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException failed)
            {
                socket.Dispose();
                last = failed;
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LinkFetch: the page could not be reached: {Reason}")]
    private partial void LogUnreachable(string reason);

    /// <summary>A connection the rules forbid; its message is the reason, in plain words.</summary>
    private sealed class RefusedAddressException(string reason) : IOException(reason);
}
