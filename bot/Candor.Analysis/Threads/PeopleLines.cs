using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Candor.Analysis.Threads;

/// <summary>
/// Tells a display name from a headline from comment text by shape alone. Only used where the page's
/// structure (degree line, Author badge, time line) does not already say which is which.
/// </summary>
internal static partial class PeopleLines
{
    private static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["van", "von", "de", "der", "den", "da", "di", "du", "dos", "das", "del", "la", "le", "bin", "binti", "al", "el", "y", "e", "ter", "ten", "zu"],
        StringComparer.Ordinal);

    public static bool LooksLikeName(string line)
    {
        var name = Credentials().Replace(TrailingSymbols().Replace(line, string.Empty), string.Empty).Trim();
        if (name.Length is < 2 or > 60 || name.Contains('|', StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal)
            || name.Any(char.IsDigit) || EndsLikeSentence(name) || LooksLikeHeadlineByKeyword(name))
        {
            return false;
        }

        if (!name.Contains(' ', StringComparison.Ordinal) && name.All(IsUncasedLetter))
        {
            // Chinese, Japanese and Korean names have no capitals and no spaces.
            return name.Length is >= 2 and <= 8;
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is >= 1 and <= 5 && parts.All(IsNamePart) && parts.Any(p => char.IsUpper(p[0]) || p.All(IsUncasedLetter));
    }

    /// <summary>Short, no digits, not a sentence: all a name must be when the page's structure already says it is one.</summary>
    public static bool CouldBeName(string line) =>
        LooksLikeName(line) || (line.Length is >= 2 and <= 60 && !line.Any(char.IsDigit) && !EndsLikeSentence(line) && Text.Words.Count(line) <= 5);

    public static bool LooksLikeHeadline(string line) =>
        line.Contains('|', StringComparison.Ordinal) || line.Contains('｜', StringComparison.Ordinal) || LooksLikeHeadlineByKeyword(line);

    /// <summary>Short and not a sentence: what a headline looks like when it has no role words.</summary>
    public static bool CouldBeHeadline(string line) =>
        LooksLikeHeadline(line) || (line.Length <= 120 && !EndsLikeSentence(line) && Text.Words.Count(line) <= 14);

    private static bool LooksLikeHeadlineByKeyword(string line) => HeadlineKeyword().IsMatch(line);

    private static bool EndsLikeSentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '。' or '！' or '？';

    private static bool IsNamePart(string part) =>
        NameParticles.Contains(part)
        || (char.IsLetter(part[0]) && char.IsUpper(part[0]) && part.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' or '.'))
        || part.All(IsUncasedLetter);

    private static bool IsUncasedLetter(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

    // Emoji, flags and symbols people put after their names ("Nina 🚀", "Sam ✨").
    [GeneratedRegex(@"[\p{So}\p{Sk}\p{Cs}\uFE0F\u200D\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSymbols();

    [GeneratedRegex(@",\s*(PhD|Ph\.D\.|MBA|CFA|CPA|PMP|MD|RN|MSc|MA|BSc|PE|SHRM-CP|SPHR|CISSP)(\s*,\s*\w+\.?)*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Credentials();

    [GeneratedRegex(@"\b(at|@|manager|engineer(ing)?|director|head|founder|co-founder|ceo|cto|cfo|coo|cmo|vp|president|lead|consultant|coach|writer|recruit(er|ing)|specialist|analyst|developer|designer|student|partner|owner|advisor|adviser|strategist|speaker|marketer|marketing|scientist|architect|officer|executive|sales|hr|helping|help|building|investor|teacher|professor|nurse|doctor|physician|product|growth|talent|top voice|entrepreneur|freelance(r)?|operations|leader(ship)?|account|customer|success|people|researcher|intern|editor|journalist|attorney|lawyer|accountant|trainer|mentor|author of|ex-|leiter(in)?|geschäftsführer(in)?|ingenieur(in)?|berater(in)?|entwickler(in)?|responsable|directeur|directrice|chef|ingénieur|chargée?|gerente|director[a]?|jef[ea]|ingenier[oa]|engenheir[oa]|diretor[a]?|analista|consultor[a]?|desarrollador[a]?|desenvolvedor[a]?|fundador[a]?)\b|经理|工程师|总监|创始人|顾问|マネージャー|エンジニア|部長|代表|コンサルタント", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadlineKeyword();
}
