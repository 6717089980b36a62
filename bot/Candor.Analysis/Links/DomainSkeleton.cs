using System.Collections.Frozen;
using System.Text;

namespace Candor.Analysis.Links;

/// <summary>
/// Reduces a domain label to how it looks, so "1inkedln", "lіnkedin" (Cyrillic і) and "linkedin" compare equal,
/// and measures how far a label is from a brand name.
/// </summary>
internal static class DomainSkeleton
{
    // Characters a reader takes for a Latin letter: digits, Cyrillic, Greek, and accented Latin, because
    // string normalisation is unavailable under InvariantGlobalization. i, l, 1 and | all collapse to 'l'
    // since sans-serif fonts draw them alike.
    private static readonly FrozenDictionary<char, char> LookAlikes = BuildLookAlikes(
        ("0οоօòóôõöō", 'o'), ("1liıіӏιíìîïī", 'l'), ("аαàáâãäåāă", 'a'), ("еεèéêëēę", 'e'), ("рρ", 'p'),
        ("сϲç", 'c'), ("уүýÿ", 'y'), ("хχ", 'x'), ("ј", 'j'), ("ѕ", 's'), ("һ", 'h'), ("ԁ", 'd'), ("ԛ", 'q'),
        ("ԝ", 'w'), ("кκ", 'k'), ("ν", 'v'), ("υùúûüū", 'u'), ("ñń", 'n'), ("м", 'm'), ("т", 't'));

    // Letter pairs that read as one letter at a glance: "rn" as "m", "vv" as "w".
    private static readonly (string Pair, string Single)[] LookAlikePairs = [("rn", "m"), ("vv", "w")];

    /// <summary>The label as it looks: lower case, look-alike characters replaced by the Latin letter they imitate.</summary>
    public static string Of(string label)
    {
        var skeleton = new StringBuilder(label.Length);
        foreach (var character in label.ToLowerInvariant())
        {
            skeleton.Append(LookAlikes.GetValueOrDefault(character, character));
        }

        foreach (var (pair, single) in LookAlikePairs)
        {
            skeleton.Replace(pair, single);
        }

        return skeleton.ToString();
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) that turn one text into the other.</summary>
    public static int EditDistance(string first, string second)
    {
        // Optimal string alignment: a swapped pair ("lnikedin") is one typo, as a reader would count it.
        var distances = new int[first.Length + 1, second.Length + 1];
        for (var i = 0; i <= first.Length; i++)
        {
            distances[i, 0] = i;
        }

        for (var j = 0; j <= second.Length; j++)
        {
            distances[0, j] = j;
        }

        for (var i = 1; i <= first.Length; i++)
        {
            for (var j = 1; j <= second.Length; j++)
            {
                var cost = first[i - 1] == second[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(distances[i - 1, j] + 1, distances[i, j - 1] + 1), distances[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1])
                {
                    best = Math.Min(best, distances[i - 2, j - 2] + 1);
                }

                distances[i, j] = best;
            }
        }

        return distances[first.Length, second.Length];
    }

    private static FrozenDictionary<char, char> BuildLookAlikes(params (string Characters, char Latin)[] groups) =>
        groups
            .SelectMany(group => group.Characters.Select(character => (character, group.Latin)))
            .ToFrozenDictionary(entry => entry.character, entry => entry.Latin);
}
