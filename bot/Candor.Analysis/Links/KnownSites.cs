using System.Collections.Frozen;

namespace Candor.Analysis.Links;

/// <summary>Sites the risk rules need to recognise: real brands, shorteners and endings scammers favour.</summary>
internal static class KnownSites
{
    public const string LinkedInDomain = "linkedin.com";

    public static readonly Brand LinkedIn = new("linkedin", [LinkedInDomain, "lnkd.in", "licdn.com", "linkedin.cn"]);

    /// <summary>Brands whose names are imitated to steal logins; the list phishing reports keep naming.</summary>
    public static readonly IReadOnlyList<Brand> Brands =
    [
        LinkedIn,
        new("microsoft", ["microsoft.com", "microsoftonline.com", "live.com", "office.com", "office365.com", "outlook.com",
            "sharepoint.com", "onedrive.com", "azure.com", "windows.net", "bing.com", "msn.com", "skype.com",
            "hotmail.com", "microsoft365.com", "cloud.microsoft"], UsesCountryDomains: true),
        new("office365", ["office.com", "office365.com", "microsoft.com"]),
        new("outlook", ["outlook.com", "live.com", "office.com"], IsCommonWord: true),
        new("onedrive", ["onedrive.com", "live.com"]),
        new("sharepoint", ["sharepoint.com"]),
        new("google", ["google.com", "youtube.com", "gmail.com", "googleusercontent.com", "gstatic.com", "googleapis.com",
            "withgoogle.com", "g.co", "blogger.com"], UsesCountryDomains: true),
        new("gmail", ["gmail.com", "google.com"]),
        new("paypal", ["paypal.com", "paypal.me", "paypalobjects.com"], UsesCountryDomains: true),
        new("apple", ["apple.com", "icloud.com", "apple.news", "me.com", "mzstatic.com"], UsesCountryDomains: true, IsCommonWord: true),
        new("amazon", ["amazon.com", "amazonaws.com", "amazon.jobs", "amzn.to", "a2z.com", "media-amazon.com",
            "primevideo.com"], UsesCountryDomains: true, IsCommonWord: true),
        new("dropbox", ["dropbox.com", "dropboxusercontent.com", "db.tt"]),
        new("docusign", ["docusign.com", "docusign.net"]),
        new("slack", ["slack.com", "slack-edge.com", "slack.engineering"], IsCommonWord: true),
        new("zoom", ["zoom.us", "zoom.com", "zoomgov.com"], IsCommonWord: true),
        new("github", ["github.com", "githubusercontent.com", "github.blog"]),
        new("adobe", ["adobe.com", "adobelogin.com", "adobe.ly"]),
        new("facebook", ["facebook.com", "fb.com", "fb.me", "fbcdn.net", "meta.com", "messenger.com"]),
        new("instagram", ["instagram.com", "cdninstagram.com"]),
        new("whatsapp", ["whatsapp.com", "whatsapp.net", "wa.me"]),
        new("netflix", ["netflix.com", "nflxext.com"]),
    ];

    // Popular sites that are not imitation targets but whose names sit close to one ("linkin.bio" vs linkedin)
    // or that people link to every day; a link to them is not a risk.
    private static readonly FrozenSet<string> WellKnownDomains = FrozenSet.Create(
        StringComparer.Ordinal,
        "linkin.bio", "linktr.ee", "zoominfo.com", "zoho.com", "gitlab.com", "bitbucket.org", "stackoverflow.com",
        "wikipedia.org", "medium.com", "substack.com", "x.com", "twitter.com", "reddit.com", "notion.so", "atlassian.com",
        "salesforce.com", "hubspot.com", "calendly.com", "youtu.be", "vimeo.com", "tiktok.com", "forbes.com",
        "nytimes.com", "bbc.co.uk", "bbc.com", "reuters.com", "hbr.org", "techcrunch.com", "netlify.com", "vercel.com");

    private static readonly FrozenSet<string> BrandDomains =
        Brands.SelectMany(brand => brand.Domains).ToFrozenSet(StringComparer.Ordinal);

    // Services whose whole purpose is to hide the destination behind a short code.
    private static readonly FrozenSet<string> Shorteners = FrozenSet.Create(
        StringComparer.Ordinal,
        "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "v.gd", "buff.ly", "rebrand.ly",
        "cutt.ly", "shorturl.at", "rb.gy", "tiny.cc", "t.ly", "s.id", "bl.ink", "shorte.st", "adf.ly", "tiny.one");

    // Endings that abuse reports (Spamhaus, Interisle) rank worst, plus .zip/.mov which pass for file names.
    private static readonly FrozenSet<string> AbuseHeavyEndings = FrozenSet.Create(
        StringComparer.Ordinal,
        "zip", "mov", "xyz", "top", "click", "country", "gq", "tk", "ml", "cf", "ga", "icu", "cyou", "sbs", "cfd", "rest");

    /// <summary>The site belongs to a known brand or a well-known service, so imitation rules do not apply.</summary>
    public static bool IsGenuine(WebAddress address) =>
        !address.IsIpAddress
        && (BrandDomains.Contains(address.RegistrableDomain)
            || WellKnownDomains.Contains(address.RegistrableDomain)
            || IsBrandCountrySite(address.RegistrableDomain));

    /// <summary>linkedin.com and LinkedIn's own shortener.</summary>
    public static bool IsLinkedIn(WebAddress address) => LinkedIn.Domains.Contains(address.RegistrableDomain);

    public static bool IsShortener(WebAddress address) => Shorteners.Contains(address.RegistrableDomain);

    public static bool IsAbuseHeavyEnding(string ending) => AbuseHeavyEndings.Contains(ending);

    // amazon.de or google.co.uk are the brands' own, but not amazon.tk: those endings are handed out free.
    private static bool IsBrandCountrySite(string registrableDomain)
    {
        var firstDot = registrableDomain.IndexOf('.', StringComparison.Ordinal);
        if (firstDot < 0)
        {
            return false;
        }

        var name = registrableDomain[..firstDot];
        var suffix = registrableDomain[(firstDot + 1)..];
        return DomainNames.IsCountrySuffix(suffix)
            && !IsAbuseHeavyEnding(suffix)
            && Brands.Any(brand => brand.UsesCountryDomains && brand.Name == name);
    }
}
