using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Outreach;

/// <summary>
/// Design.md principle 3 as a check: a rewrite may only carry names and numbers the user gave. Every number
/// in the text, and every capitalised word that is not a common word, must appear in the draft or the context.
/// Both rewriters are held to it; a model's rewrite that fails it is not shown.
/// </summary>
internal static partial class FactGuard
{
    /// <summary>The names and numbers in <paramref name="text"/> that no source mentions, in order, each once.</summary>
    public static IReadOnlyList<string> Invented(string text, params string?[] sources)
    {
        var knownWords = new HashSet<string>(StringComparer.Ordinal);
        var knownNumbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources.OfType<string>())
        {
            knownWords.UnionWith(Words.Of(source).Select(w => WithoutPossessive(w.Lower)));
            knownNumbers.UnionWith(Number().Matches(source).Select(m => Digits(m.Value)));
        }

        var invented = new List<string>();
        foreach (Match number in Number().Matches(text))
        {
            if (!knownNumbers.Contains(Digits(number.Value)))
            {
                invented.Add(number.Value);
            }
        }

        foreach (var word in Words.Of(text))
        {
            var written = word.Span.Of(text);
            if (char.IsUpper(written[0]) && !word.Lower.Any(char.IsDigit) && !StopWords.Contains(word.Lower) && !RewriteLanguage.Vocabulary.Contains(word.Lower)
                && !knownWords.Contains(WithoutPossessive(word.Lower)))
            {
                invented.Add(written);
            }
        }

        return invented.Distinct().ToArray();
    }

    /// <summary>"1,450" and "1.450" are the same number as "1450", and "2,5" as "2.5"; "2.5" is not "25".</summary>
    private static string Digits(string number) => ThousandsSeparator().Replace(number, string.Empty).Replace(',', '.');

    /// <summary>"Aisha's" is Aisha.</summary>
    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    [GeneratedRegex(@"\d(?:[\d.,]*\d)?")]
    private static partial Regex Number();

    // A separator followed by exactly three digits groups thousands; any other separator marks decimals.
    [GeneratedRegex(@"[.,](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
