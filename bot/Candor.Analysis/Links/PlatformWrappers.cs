namespace Candor.Analysis.Links;

/// <summary>
/// Link wrappers that platforms apply on their own (LinkedIn's lnkd.in, X/Twitter's t.co): the writer did
/// not choose them, so they say nothing about the writer, even though they hide the destination.
/// </summary>
internal static class PlatformWrappers
{
    private static readonly string[] Hosts = ["linkedin.com", "lnkd.in", "t.co"];

    public static bool IsPlatformLink(string url) =>
        WebAddress.TryParse(url) is { } address && Hosts.Contains(address.RegistrableDomain, StringComparer.Ordinal);
}
