namespace Candor.Analysis.Links;

/// <summary>A name phishers imitate, and the registered domains it really uses.</summary>
/// <param name="Name">The brand's name as it appears in its domain; imitations are measured against it.</param>
/// <param name="Domains">Registrable domains the brand really uses; the first is the one reasons mention.</param>
/// <param name="UsesCountryDomains">Whether name.de, name.co.uk and the like are the brand's own sites.</param>
/// <param name="IsCommonWord">An everyday word ("apple", "zoom"): inside another name it only counts next to a login lure.</param>
internal sealed record Brand(string Name, IReadOnlyList<string> Domains, bool UsesCountryDomains = false, bool IsCommonWord = false)
{
    public string MainDomain => Domains[0];

    /// <summary>The name with look-alike letters folded, worked out once rather than for every link checked.</summary>
    public string Skeleton { get; } = DomainSkeleton.Of(Name);
}
