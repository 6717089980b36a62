using System.Globalization;
using System.Text.RegularExpressions;

namespace Candor.Analysis.Links;

/// <summary>The parts of a pasted link that LinkedIn parsing and risk rules look at.</summary>
/// <param name="IsPlainHttp">True only when the text itself said "http://": a link typed without a scheme opens over https.</param>
/// <param name="Host">ASCII (punycode) host in lower case; IPv6 without brackets.</param>
/// <param name="DisplayHost">The host as a reader sees it, punycode decoded to Unicode.</param>
/// <param name="UserInfo">Whatever stood before '@' in the authority, usually nothing.</param>
/// <param name="IsIpAddress">The host is a number (any IPv4 spelling a browser accepts, or IPv6).</param>
/// <param name="PathAndQuery">Path and query, still percent-encoded.</param>
internal sealed partial record WebAddress(
    bool IsPlainHttp,
    string Host,
    string DisplayHost,
    string UserInfo,
    bool IsIpAddress,
    string PathAndQuery)
{
    /// <summary>The registered name that owns the host, e.g. "linkedin.com" for "de.linkedin.com".</summary>
    /// <remarks>Worked out once: the site lists and risk rules ask for it several times per link.</remarks>
    public string RegistrableDomain { get; } = IsIpAddress ? Host : DomainNames.LastLabels(Host, DomainNames.RegistrableLabelCount(Host));

    /// <summary><see cref="RegistrableDomain"/> as a reader sees it.</summary>
    public string DisplayRegistrableDomain { get; } =
        IsIpAddress ? Host : DomainNames.LastLabels(DisplayHost, DomainNames.RegistrableLabelCount(Host));

    /// <summary>Reads an http(s) link, with or without its scheme; null for anything else.</summary>
    public static WebAddress? TryParse(string? url)
    {
        var trimmed = url?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // Browsers open a link typed without a scheme over https, so it is never called unencrypted.
        var absolute = HasScheme(trimmed) ? trimmed : "https://" + trimmed.TrimStart('/');

        // System.Uri reads hosts the way browsers do (hex/decimal IPv4, IDN, userinfo), which is what matters for risk.
        if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        // "linkedin.com." (with the root dot) is the same site as "linkedin.com".
        var host = AsciiHost(uri)?.TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        var isIp = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6;
        return new WebAddress(
            IsPlainHttp: uri.Scheme == Uri.UriSchemeHttp,
            Host: host,
            DisplayHost: isIp ? host : ToUnicode(host),
            UserInfo: uri.UserInfo,
            IsIpAddress: isIp,
            PathAndQuery: uri.PathAndQuery);
    }

    private static bool HasScheme(string text) => SchemePrefix().IsMatch(text);

    private static string? AsciiHost(Uri uri)
    {
        try
        {
            return uri.IdnHost;
        }
        catch (UriFormatException)
        {
            // Uri accepts some hosts (a lone surrogate, unassigned code points) that it then cannot convert;
            // no browser can open them either.
            return null;
        }
    }

    private static string ToUnicode(string asciiHost)
    {
        try
        {
            return new IdnMapping().GetUnicode(asciiHost);
        }
        catch (ArgumentException)
        {
            // Broken punycode ("xn--zz") is shown as written; the punycode rule still flags it.
            return asciiHost;
        }
    }

    // A scheme is letters then ':'; "example.com:8080" is a host with a port, not a scheme.
    [GeneratedRegex(@"^[a-z][a-z0-9+.\-]*:(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemePrefix();
}
