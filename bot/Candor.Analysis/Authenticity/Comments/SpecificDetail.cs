using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>A concrete detail: a number with meaning, a named thing, an acronym or a quoted term.</summary>
internal sealed partial class SpecificDetail() : CommentHeuristic(
    "specific_detail", Leaning.Genuine, 15, "Numbers, names and quoted terms are costly to fake across many posts.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        var number = Number().Matches(comment.Text).FirstOrDefault(m => !comment.InLink(m.Index) && !IsAgreementOrPlusOne(comment.Text, m));
        if (number is not null)
        {
            return Found(number.Value.TrimEnd(' ', ',', '.'), "Gives a concrete figure.");
        }

        // German capitalises every noun, so there a capital letter says nothing; only acronyms and brand-like mixed case count.
        var german = GermanFunctionWords().IsMatch(comment.Text);
        var shouting = Shouted().Count(comment.Text) >= 2;
        var named = MidSentenceName().Matches(comment.Text)
            .FirstOrDefault(m => !comment.InLink(m.Index) && !IsAddress(comment.Text, m) && (!german || IsAcronymOrMixedCase(m.Value))
                && !(shouting && m.Value.All(c => !char.IsLower(c))) && !FollowsSentenceOpener(comment.Text, m.Index));
        if (named is not null)
        {
            return Found(named.Value, "Names something specific.");
        }

        var quoted = Quoted().Match(comment.Text);
        return quoted.Success ? Found(quoted.Value, "Quotes or names a specific term.") : null;
    }

    // "Great insights, Tom!" — a name used to address the poster is not a detail.
    private static bool IsAddress(string text, Match name)
    {
        var after = name.Index + name.Length;
        var before = text[..name.Index].TrimEnd();
        var addressedAfter = after >= text.Length || text[after] is '!' or ',' or '.' or ' ' && (after + 1 >= text.Length || !char.IsLetter(text[after + 1]));
        return before.EndsWith(',') || AddressWord().IsMatch(before) || (addressedAfter && before.Length == 0);
    }

    // "Toller Beitrag", "Super Post": a capital after a capitalised first word is the language's or the
    // writer's habit, not a name. Names follow lower-case words ("we moved to Gong").
    private static bool FollowsSentenceOpener(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var previousStart = before.LastIndexOfAny([' ', '\n', '.', '!', '?']) + 1;
        var previous = before[previousStart..];
        var atSentenceStart = previousStart == 0 || before[..previousStart].TrimEnd() is var head && (head.Length == 0 || head[^1] is '.' or '!' or '?' or '\n');
        return previous.Length > 0 && char.IsUpper(previous[0]) && atSentenceStart;
    }

    // "100% agree" and "+1" are agreement, not figures.
    private static bool IsAgreementOrPlusOne(string text, Match number)
    {
        var after = text.AsSpan(number.Index + number.Length).TrimStart();
        var isHundredPercent = number.Value.StartsWith("100", StringComparison.Ordinal) && (number.Value.Contains('%', StringComparison.Ordinal) || after.StartsWith("%"));
        return isHundredPercent || (number.Index > 0 && text[number.Index - 1] == '+');
    }

    // Two or more capitalised words in a row of shouting: capitals there are volume, not names or acronyms.
    [GeneratedRegex(@"\b\p{Lu}{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shouted();

    private static bool IsAcronymOrMixedCase(string word) => word.Skip(1).Any(char.IsUpper);

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
