namespace Candor.Analysis.Links;

/// <summary>Judges from the address alone (no DNS, no fetching) whether a link is a phishing or scam risk.</summary>
internal static class LinkRiskAssessor
{
    private static readonly RiskFinding Unreadable = new(
        LinkRisk.Suspicious, "This is not a normal web address, so where it leads cannot be checked");

    // Checks on the address itself, most telling first; each returns null when it has nothing to say.
    private static readonly Func<WebAddress, RiskFinding?>[] AddressRules =
    [
        UserInfoDecoy, BrandImitation.Check, PunycodeName, RawIpAddress, LureInAddress, UnencryptedSignIn,
        Shortener, AbuseHeavyEnding,
    ];

    public static (LinkRisk Risk, IReadOnlyList<string> Reasons) Assess(string url, string? surroundingText)
    {
        var findings = Findings(url, surroundingText, followLinkedInRedirect: true);
        return findings.Count == 0
            ? (LinkRisk.None, [])
            : (findings.Max(finding => finding.Risk),
                findings.OrderByDescending(finding => finding.Risk).Select(finding => finding.Reason).Distinct(StringComparer.Ordinal).ToArray());
    }

    private static List<RiskFinding> Findings(string url, string? surroundingText, bool followLinkedInRedirect)
    {
        if (WebAddress.TryParse(url) is not { } address)
        {
            return [Unreadable];
        }

        if (followLinkedInRedirect && LinkedInRedirectTarget(address) is { } target)
        {
            var forwarded = Findings(target, surroundingText, followLinkedInRedirect: false);
            return forwarded.Count == 0
                ? forwarded
                : [new(forwarded.Max(finding => finding.Risk), $"The LinkedIn link forwards to {HostOf(target)}"), .. forwarded];
        }

        if (KnownSites.IsGenuine(address))
        {
            // A real site can still be the bait: "log in to view" next to a Google Docs link is a classic.
            return KnownSites.IsLinkedIn(address) || MessagePressure(surroundingText) is not { } pressure ? [] : [pressure];
        }

        var findings = AddressRules.Select(rule => rule(address)).OfType<RiskFinding>().ToList();
        if (MessagePressure(surroundingText) is { } messagePressure)
        {
            findings.Add(messagePressure);
        }

        // Plain http alone is common and harmless; it only matters as one more thing wrong.
        if (findings.Count > 0 && address.IsPlainHttp && UnencryptedSignIn(address) is null)
        {
            findings.Add(new(LinkRisk.Suspicious, "The page is not encrypted (http, not https)"));
        }

        return findings;
    }

    private static RiskFinding? UserInfoDecoy(WebAddress address) =>
        address.UserInfo.Length == 0
            ? null
            : new(LinkRisk.Dangerous, $"The part before \"@\" ({address.UserInfo}) is a decoy: the link really opens {address.DisplayHost}");

    private static RiskFinding? PunycodeName(WebAddress address) =>
        address.Host.Split('.').Any(label => label.StartsWith("xn--", StringComparison.Ordinal))
            ? new(LinkRisk.Suspicious, $"Punycode domain {address.Host} (shown as {address.DisplayHost}) can imitate another name")
            : null;

    private static RiskFinding? RawIpAddress(WebAddress address) =>
        address.IsIpAddress ? new(LinkRisk.Suspicious, "The address is a raw IP number, not a named site") : null;

    private static RiskFinding? LureInAddress(WebAddress address) =>
        LureWord(address) is { } word
            ? new(LinkRisk.Dangerous, $"The address mentions \"{word}\" on {address.DisplayHost}, a common trick to collect passwords")
            : null;

    private static RiskFinding? UnencryptedSignIn(WebAddress address) =>
        address.IsPlainHttp && LureWord(address) is not null
            ? new(LinkRisk.Dangerous, "Asks you to sign in over an unencrypted (http) page")
            : null;

    private static RiskFinding? Shortener(WebAddress address) =>
        KnownSites.IsShortener(address)
            ? new(LinkRisk.Suspicious, $"{address.RegistrableDomain} is a link shortener: the real destination is hidden")
            : null;

    private static RiskFinding? AbuseHeavyEnding(WebAddress address)
    {
        var ending = address.Host[(address.Host.LastIndexOf('.') + 1)..];
        return !address.IsIpAddress && KnownSites.IsAbuseHeavyEnding(ending)
            ? new(LinkRisk.Suspicious, $"Sites ending in .{ending} are often throwaway or scam sites")
            : null;
    }

    private static RiskFinding? MessagePressure(string? surroundingText) =>
        CredentialLure.InMessage(surroundingText) is { } phrase
            ? new(LinkRisk.Dangerous, $"The message around the link says \"{phrase}\", a common phishing line")
            : null;

    private static string? LureWord(WebAddress address) =>
        CredentialLure.InAddressText(PercentDecoding.DecodeFully(address.PathAndQuery));

    // LinkedIn wraps outside links in /redir/redirect?url= and /safety/go?url=; the risk is where they land.
    private static string? LinkedInRedirectTarget(WebAddress address)
    {
        if (!KnownSites.IsLinkedIn(address)
            || !(address.PathAndQuery.StartsWith("/redir/redirect", StringComparison.OrdinalIgnoreCase)
                || address.PathAndQuery.StartsWith("/safety/go", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var query = address.PathAndQuery[(address.PathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var parameter = query.Split('&').FirstOrDefault(candidate => candidate.StartsWith("url=", StringComparison.OrdinalIgnoreCase));
        var target = parameter is null ? "" : PercentDecoding.DecodeFully(parameter["url=".Length..]);
        return target.Length == 0 ? null : target;
    }

    private static string HostOf(string url) => WebAddress.TryParse(url)?.DisplayHost ?? url;
}
