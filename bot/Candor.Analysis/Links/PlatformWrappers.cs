namespace Candor.Analysis.Links;

/// <summary>
/// Link wrappers that platforms apply on their own (LinkedIn's lnkd.in, X/Twitter's t.co): the writer did
/// not choose them, so they say nothing about the writer, even though they hide the destination.
/// </summary>
internal static class PlatformWrappers
{
    private static readonly string[] Hosts = ["linkedin.com", "lnkd.in", "t.co"];

    public static bool IsPlatformLink(string url)
    {
        var host = WebAddressHost(url);
        return host is not null && Hosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }

    private static string? WebAddressHost(string url)
    {
        var withScheme = url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;
        return Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) ? uri.Host.TrimEnd('.') : null;
    }
}
