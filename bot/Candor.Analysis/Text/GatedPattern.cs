using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Candor.Analysis.Text;

/// <summary>
/// A regular expression that runs only on texts containing one of its gate words: literals that every match
/// must contain. Most comments contain none of them, and a vectorised search for the gate words is many
/// times cheaper than the regex scanning a long alternation at every position.
/// </summary>
/// <remarks>
/// The gate must never hide a match; a test runs every gated pattern over the corpora to check it.
/// Gate words with non-ASCII letters ("écris-moi", "€", "加我") are searched for only in texts that have a
/// non-ASCII character: the vectorised search handles ASCII words alone and is several times slower with any
/// other in the set, while most comments are plain ASCII.
/// </remarks>
internal sealed class GatedPattern
{
    private readonly SearchValues<string> asciiWords;
    private readonly SearchValues<string>? otherWords;

    public GatedPattern(Regex pattern, params string[] gate)
    {
        Pattern = pattern;
        asciiWords = SearchValues.Create(gate.Where(word => Ascii.IsValid(word)).ToArray(), StringComparison.OrdinalIgnoreCase);
        var other = gate.Where(word => !Ascii.IsValid(word)).ToArray();
        otherWords = other.Length == 0 ? null : SearchValues.Create(other, StringComparison.OrdinalIgnoreCase);
    }

    public Regex Pattern { get; }

    public bool Admits(string text)
    {
        var span = text.AsSpan();
        return span.ContainsAny(asciiWords)
            || (otherWords is not null && !Ascii.IsValid(span) && span.ContainsAny(otherWords));
    }

    public Match Match(string text) => Admits(text) ? Pattern.Match(text) : System.Text.RegularExpressions.Match.Empty;
}
