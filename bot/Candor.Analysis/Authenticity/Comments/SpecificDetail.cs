using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>A concrete detail: a number with meaning, a named thing, an acronym or a quoted term.</summary>
internal sealed partial class SpecificDetail() : CommentHeuristic(
    "specific_detail", Leaning.Genuine, 15, "Numbers, names and quoted terms are costly to fake across many posts.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        // Matches are enumerated without allocating: most are ruled out, and this runs on every comment.
        var text = comment.Text;
        foreach (var number in Number().EnumerateMatches(text))
        {
            if (!comment.InLink(number.Index) && !IsAgreementOrPlusOne(text, number))
            {
                return Found(text.Substring(number.Index, number.Length).TrimEnd(' ', ',', '.'), "Gives a concrete figure.");
            }
        }

        // German capitalises every noun, so there a capital letter says nothing; only acronyms and brand-like mixed case count.
        var german = GermanFunctionWords().IsMatch(text);
        var shouting = Shouted().Count(text) >= 2;
        foreach (var name in MidSentenceName().EnumerateMatches(text))
        {
            var value = text.AsSpan(name.Index, name.Length);
            if (!comment.InLink(name.Index) && !IsAddress(text, name) && (!german || IsAcronymOrMixedCase(value))
                && !(shouting && !HasLower(value)) && !FollowsSentenceOpener(text, name.Index))
            {
                return Found(value.ToString(), "Names something specific.");
            }
        }

        var quoted = Quoted().Match(comment.Text);
        return quoted.Success ? Found(quoted.Value, "Quotes or names a specific term.") : null;
    }

    // "Great insights, Tom!" — a name used to address the poster is not a detail.
    private static bool IsAddress(string text, ValueMatch name)
    {
        var after = name.Index + name.Length;
        var before = text.AsSpan(0, name.Index).TrimEnd();
        var addressedAfter = after >= text.Length || text[after] is '!' or ',' or '.' or ' ' && (after + 1 >= text.Length || !char.IsLetter(text[after + 1]));
        // Only the words just before the name can address it; matching the whole prefix made a comment of
        // many capitalised words quadratic.
        var tail = before[Math.Max(0, before.Length - AddressWordReach)..];
        return before.EndsWith(',') || AddressWord().IsMatch(tail) || (addressedAfter && before.Length == 0);
    }

    // "Toller Beitrag", "Super Post": a capital after a capitalised first word is the language's or the
    // writer's habit, not a name. Names follow lower-case words ("we moved to Gong").
    private static bool FollowsSentenceOpener(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        var previousStart = before.LastIndexOfAny(" \n.!?") + 1;
        var previous = before[previousStart..];
        var head = before[..previousStart].TrimEnd();
        var atSentenceStart = previousStart == 0 || head.Length == 0 || head[^1] is '.' or '!' or '?' or '\n';
        return previous.Length > 0 && char.IsUpper(previous[0]) && atSentenceStart;
    }

    // "100% agree" and "+1" are agreement, not figures.
    private static bool IsAgreementOrPlusOne(string text, ValueMatch number)
    {
        var value = text.AsSpan(number.Index, number.Length);
        var after = text.AsSpan(number.Index + number.Length).TrimStart();
        var isHundredPercent = value.StartsWith("100", StringComparison.Ordinal) && (value.Contains('%') || after.StartsWith("%"));
        return isHundredPercent || (number.Index > 0 && text[number.Index - 1] == '+');
    }

    // Two or more capitalised words in a row of shouting: capitals there are volume, not names or acronyms.
    [GeneratedRegex(@"\b\p{Lu}{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shouted();

    // Longer than the longest address word ("félicitations") with a space or two.
    private const int AddressWordReach = 20;

    private static bool IsAcronymOrMixedCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(der|die|das|und|ist|nicht|ich|wir|fürs|für|mit|auf|ein|eine|sehr|danke|auch|wie|zu)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanFunctionWords();

    // "100%" on its own is agreement, not a figure; years, amounts, percentages and counts with units are.
    [GeneratedRegex(@"(?<![\p{L}\d-[\p{Lo}]])(\$|€|£)?\d[\d,.]*\s*(%|k\b|m\b|x\b|percent|hours?|days?|weeks?|months?|years?|people|seats|users|customers|accounts|candidates|hires|reps|engineers|minutes|mins|ms|sec|seconds|calls|emails|deals|points|pp)?(?![\p{L}-[\p{Lo}]])(?<!<3\s?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // A capitalised word or acronym after the first word of a sentence.
    [GeneratedRegex(@"(?<=[\p{L},;:()\-—] )(\p{Lu}[\p{Ll}\p{Lu}]*[\p{Lu}\d][\p{L}\d]*|\p{Lu}\p{Ll}+(\s\p{Lu}\p{Ll}+)*|\p{Lu}{2,}\d*)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex MidSentenceName();

    [GeneratedRegex(@"(hi|hey|hello|thanks|thank you|congrats|congratulations|dear|well said|great post|love this|merci|danke|gracias|obrigad[oa]|parabéns|felicidades|félicitations|glückwunsch|bravo|hola|hallo|bonjour|olá|salut|enhorabuena)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressWord();

    [GeneratedRegex(@"[""“«„][^""”»“]{3,60}[""”»“]|\*[^*\n]{2,40}\*", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
