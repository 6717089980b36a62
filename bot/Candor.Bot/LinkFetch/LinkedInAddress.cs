using System.Net;

namespace Candor.Bot.LinkFetch;

/// <summary>An address the fetcher may ask for, or why not.</summary>
internal sealed record AddressCheck(Uri? Address, string? Refusal)
{
    public static AddressCheck Refused(string reason) => new(null, reason);
}

/// <summary>
/// Which addresses the fetcher asks for at all, before any DNS: https on the default port to linkedin.com or a
/// subdomain of it, named in plain ASCII (no IP literal, no user name, no look-alike letters).
/// </summary>
internal static class LinkedInAddress
{
    private const string Domain = "linkedin.com";

    public static AddressCheck Check(string? url, Uri? relativeTo = null)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 4096)
        {
            return AddressCheck.Refused("the address is empty or too long");
        }

        Uri? address;
        if (relativeTo is null ? !Uri.TryCreate(url, UriKind.Absolute, out address) : !Uri.TryCreate(relativeTo, url, out address))
        {
            return AddressCheck.Refused("the address cannot be read");
        }

        return Refusal(address) is { } refusal ? AddressCheck.Refused(refusal) : new AddressCheck(address, null);
    }

    private static string? Refusal(Uri address)
    {
        if (address.Scheme != Uri.UriSchemeHttps)
        {
            return "only https addresses are fetched";
        }

        if (address.UserInfo.Length > 0)
        {
            return "the address carries a user name";
        }

        if (!address.IsDefaultPort)
        {
            return "the address names a port";
        }

        if (address.HostNameType != UriHostNameType.Dns || IPAddress.TryParse(address.IdnHost.Trim('[', ']'), out _))
        {
            return "the address names an IP address, not linkedin.com";
        }

        // Uri turns look-alike Unicode into xn-- labels, so an ASCII-only check refuses homoglyph hosts too.
        var host = address.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (!host.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') || host.Split('.').Any(label => label.Length == 0 || label.StartsWith("xn--", StringComparison.Ordinal)))
        {
            return "the host is not plain linkedin.com";
        }

        return host == Domain || host.EndsWith("." + Domain, StringComparison.Ordinal) ? null : "the host is not linkedin.com";
    }
}
