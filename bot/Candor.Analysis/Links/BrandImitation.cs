namespace Candor.Analysis.Links;

/// <summary>
/// Spots sites dressed up as a known brand: look-alike letters ("linkedln.com", "lіnkedin.com"), typos
/// ("linkdin.com"), the right name on the wrong ending ("linkedin.co"), and the name tucked into another
/// site ("linkedin.com.security-check.io", "linkedin-verify.com").
/// </summary>
internal static class BrandImitation
{
    // Names of 8+ letters are distinctive enough to be found inside another word ("linkedinsecurity.com").
    private const int DistinctiveNameLength = 8;

    /// <summary>The first brand the address imitates; call only for hosts that are not the brand's own.</summary>
    public static RiskFinding? Check(WebAddress address)
    {
        if (address.IsIpAddress)
        {
            return null;
        }

        var registrable = address.DisplayRegistrableDomain;
        var name = registrable.Split('.')[0];
        var subdomain = address.DisplayHost.Length > registrable.Length
            ? address.DisplayHost[..(address.DisplayHost.Length - registrable.Length - 1)]
            : "";

        // Everything about the address is worked out once; only the brand changes in the loop.
        var nameLabel = Label.Of(name);
        var subdomainLabel = Label.Of(subdomain);
        var lureInHost = CredentialLure.InAddressText(address.Host) is not null;
        foreach (var brand in KnownSites.Brands)
        {
            if (NameImitation(brand, name, nameLabel.Skeleton, registrable) is { } imitation)
            {
                var sameName = string.Equals(name, brand.Name, StringComparison.OrdinalIgnoreCase);
                return new RiskFinding(NameImitationRisk(brand, sameName, lureInHost), imitation);
            }

            // "apple-pie-recipes.com" is about pie; an everyday word inside a name only counts next to a login lure.
            if (brand.IsCommonWord && !lureInHost)
            {
                continue;
            }

            if (subdomainLabel.Contains(brand))
            {
                return new RiskFinding(LinkRisk.Dangerous, $"The address begins with {subdomain}, but the site is really {registrable}");
            }

            if (nameLabel.Contains(brand))
            {
                return new RiskFinding(LinkRisk.Dangerous, $"{registrable} uses the name {brand.Name} but is not {brand.MainDomain}");
            }
        }

        return null;
    }

    // The registered name itself is the brand's, looks like it, or is a typo of it.
    private static string? NameImitation(Brand brand, string name, string skeleton, string registrable)
    {
        if (string.Equals(name, brand.Name, StringComparison.OrdinalIgnoreCase))
        {
            return $"{registrable} uses the name {brand.Name} but is not {brand.MainDomain}";
        }

        if (skeleton == brand.Skeleton)
        {
            return $"{registrable} imitates {brand.MainDomain} ({Difference(name, brand.Name)})";
        }

        var allowedTypos = AllowedTypos(brand);
        return allowedTypos > 0
            && Math.Abs(skeleton.Length - brand.Skeleton.Length) <= allowedTypos
            && DomainSkeleton.EditDistance(skeleton, brand.Skeleton) <= allowedTypos
            ? $"{registrable} imitates {brand.MainDomain} ({Difference(name, brand.Name)})"
            : null;
    }

    // Short names and everyday words sit one typo away from many honest names ("zoho" vs "zoom"),
    // so only look-alike letters count for them; long names tolerate more.
    private static int AllowedTypos(Brand brand) => brand switch
    {
        { IsCommonWord: true } or { Name.Length: <= 5 } => 0,
        { Name.Length: <= 7 } => 1,
        _ => 2,
    };

    /// <summary>Part of an address ("paypal.secure-login") with the skeletons of it and of its words, to look for brands in.</summary>
    private sealed record Label(string Text, string Skeleton, string[] WordSkeletons)
    {
        public static Label Of(string text) =>
            new(text, DomainSkeleton.Of(text), text.Split('.', '-', '_').Select(DomainSkeleton.Of).ToArray());

        // The brand appears as a word of the label ("paypal.secure-login", "linkedin-verify"), or, for
        // distinctive names, anywhere inside it.
        public bool Contains(Brand brand) =>
            Text.Length > 0
            && (WordSkeletons.Contains(brand.Skeleton, StringComparer.Ordinal)
                || (brand.Name.Length >= DistinctiveNameLength && Skeleton.Contains(brand.Skeleton, StringComparison.Ordinal)));
    }

    // Look-alike letters and typos are always deliberate. The exact name on another ending ("linkedin.co") is too,
    // unless the name is an everyday word ("zoom.fun"), which needs a login lure to be more than suspicious.
    private static LinkRisk NameImitationRisk(Brand brand, bool sameName, bool lureInHost) =>
        brand.IsCommonWord && sameName && !lureInHost ? LinkRisk.Suspicious : LinkRisk.Dangerous;

    // Names the changed letters, e.g. ("l" in place of "i"), so a reader can see the trick.
    private static string Difference(string imitation, string original)
    {
        if (imitation.Any(character => character > '\u007f'))
        {
            return "look-alike letters that are not plain a-z";
        }

        var lower = imitation.ToLowerInvariant();
        var prefix = 0;
        while (prefix < lower.Length && prefix < original.Length && lower[prefix] == original[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < lower.Length - prefix && suffix < original.Length - prefix
            && lower[^(suffix + 1)] == original[^(suffix + 1)])
        {
            suffix++;
        }

        var added = lower[prefix..^suffix];
        var removed = original[prefix..^suffix];
        return (added.Length, removed.Length) switch
        {
            (0, _) => $"\"{removed}\" left out",
            (_, 0) => $"extra \"{added}\"",
            (2, 2) when added[0] == removed[1] && added[1] == removed[0] => $"\"{removed}\" swapped to \"{added}\"",
            ( <= 2, <= 2) => $"\"{added}\" in place of \"{removed}\"",
            _ => "letters changed",
        };
    }
}
