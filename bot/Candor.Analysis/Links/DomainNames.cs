using System.Collections.Frozen;

namespace Candor.Analysis.Links;

/// <summary>Finds the part of a host name that someone registered, which is what decides who owns a site.</summary>
/// <remarks>
/// An approximation of the Public Suffix List: the engine ships no data files and does no I/O, so it knows
/// the common country second levels and the free hosting platforms where phishing pages are published.
/// </remarks>
internal static class DomainNames
{
    // Country endings that take one more label, so "amazon.co.uk" is registered as "amazon".
    private static readonly FrozenSet<string> CountrySecondLevels = FrozenSet.Create(
        StringComparer.Ordinal,
        "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "ne.jp",
        "co.in", "co.za", "com.br", "com.mx", "com.ar", "com.tr", "com.cn", "com.sg", "com.hk", "co.kr",
        "com.tw", "co.il");

    // Free hosting where anyone gets a subdomain, so "evil.github.io" belongs to "evil", not to GitHub.
    private static readonly FrozenSet<string> HostingPlatforms = FrozenSet.Create(
        StringComparer.Ordinal,
        "github.io", "netlify.app", "vercel.app", "herokuapp.com", "web.app", "firebaseapp.com", "pages.dev",
        "workers.dev", "azurewebsites.net", "blogspot.com", "wixsite.com", "weebly.com", "ngrok.io",
        "ngrok-free.app", "glitch.me");

    /// <summary>How many trailing labels of <paramref name="host"/> form its registrable domain.</summary>
    public static int RegistrableLabelCount(string host)
    {
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return 1;
        }

        var secondLastDot = host.LastIndexOf('.', lastDot - 1);
        if (secondLastDot < 0)
        {
            return 2;
        }

        var lastTwo = host[(secondLastDot + 1)..];
        return CountrySecondLevels.Contains(lastTwo) || HostingPlatforms.Contains(lastTwo) ? 3 : 2;
    }

    /// <summary>The last <paramref name="labelCount"/> labels of <paramref name="host"/>.</summary>
    public static string LastLabels(string host, int labelCount)
    {
        var start = host.Length;
        for (var found = 0; found < labelCount; found++)
        {
            start = start > 0 ? host.LastIndexOf('.', start - 1) : -1;
            if (start < 0)
            {
                return host;
            }
        }

        return host[(start + 1)..];
    }

    /// <summary>Whether <paramref name="suffix"/> is a country ending such as "de" or "co.uk".</summary>
    public static bool IsCountrySuffix(string suffix) => suffix.Length == 2 || CountrySecondLevels.Contains(suffix);
}
