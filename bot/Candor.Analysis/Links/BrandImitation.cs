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
        foreach (var brand in KnownSites.Brands)
        {
            if (NameImitation(brand, name, registrable) is { } imitation)
            {
                return new RiskFinding(NameImitationRisk(brand, name, address), imitation);
            }

            // "apple-pie-recipes.com" is about pie; an everyday word inside a name only counts next to a login lure.
            if (brand.IsCommonWord && !HasLureInHost(address))
            {
                continue;
            }

            if (Contains(brand, subdomain))
            {
                return new RiskFinding(LinkRisk.Dangerous, $"The address begins with {subdomain}, but the site is really {registrable}");
            }

            if (Contains(brand, name))
            {
                return new RiskFinding(LinkRisk.Dangerous, $"{registrable} uses the name {brand.Name} but is not {brand.MainDomain}");
            }
        }

        return null;
    }

    // The registered name itself is the brand's, looks like it, or is a typo of it.
    private static string? NameImitation(Brand brand, string name, string registrable)
    {
        if (string.Equals(name, brand.Name, StringComparison.OrdinalIgnoreCase))
        {
            return $"{registrable} uses the name {brand.Name} but is not {brand.MainDomain}";
        }

        var skeleton = DomainSkeleton.Of(name);
        var brandSkeleton = DomainSkeleton.Of(brand.Name);
        if (skeleton == brandSkeleton)
        {
            return $"{registrable} imitates {brand.MainDomain} ({Difference(name, brand.Name)})";
        }

        var allowedTypos = AllowedTypos(brand);
        return allowedTypos > 0
            && Math.Abs(skeleton.Length - brandSkeleton.Length) <= allowedTypos
            && DomainSkeleton.EditDistance(skeleton, brandSkeleton) <= allowedTypos
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

    // The brand appears as a word of the text ("paypal.secure-login", "linkedin-verify"), or, for
    // distinctive names, anywhere inside it.
    private static bool Contains(Brand brand, string labels)
    {
        if (labels.Length == 0)
        {
            return false;
        }

        var brandSkeleton = DomainSkeleton.Of(brand.Name);
        return labels.Split('.', '-', '_').Any(word => DomainSkeleton.Of(word) == brandSkeleton)
            || (brand.Name.Length >= DistinctiveNameLength && DomainSkeleton.Of(labels).Contains(brandSkeleton, StringComparison.Ordinal));
    }

    // Look-alike letters and typos are always deliberate. The exact name on another ending ("linkedin.co") is too,
    // unless the name is an everyday word ("zoom.fun"), which needs a login lure to be more than suspicious.
    private static LinkRisk NameImitationRisk(Brand brand, string name, WebAddress address) =>
        brand.IsCommonWord && string.Equals(name, brand.Name, StringComparison.OrdinalIgnoreCase) && !HasLureInHost(address)
            ? LinkRisk.Suspicious
            : LinkRisk.Dangerous;

    private static bool HasLureInHost(WebAddress address) => CredentialLure.InAddressText(address.Host) is not null;

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
