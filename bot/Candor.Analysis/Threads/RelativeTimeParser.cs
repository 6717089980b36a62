using System.Globalization;

namespace Candor.Analysis.Threads;

/// <summary>
/// Recognises LinkedIn's relative-time labels ("3h", "2 Std.", "3 周", "il y a 2 j", "Just now") in the UI
/// languages of the shared lexicon, either as a whole line or glued to the start of a comment whose author
/// line was lost in the copy ("3 周Great point"). Hand-written span scanning: no allocation per call, linear
/// in the line length, and no input makes it throw.
/// </summary>
internal static partial class RelativeTimeParser
{
    /// <summary>How a unit form behaves when comment text is glued right after it.</summary>
    private enum UnitKind
    {
        /// <summary>A letter or short word without a dot ("h", "mo", "min", "mois", "años").</summary>
        Short,

        /// <summary>An abbreviation whose dot closes the time ("Std.", "sem."), so any text may follow.</summary>
        Dotted,

        /// <summary>A full English or German word that prose uses too ("hours", "Stunden").</summary>
        Word,

        /// <summary>Chinese or Japanese: the unit is unambiguous, so Latin or CJK text may follow directly.</summary>
        Cjk,
    }

    private sealed record UnitForm(string Text, AgeUnit Unit, UnitKind Kind);

    /// <summary>A time read from the start of a line; SaysAgo when "ago", "前" or a prefix such as "vor" frames it.</summary>
    private readonly record struct TimeToken(RelativeAge Age, UnitKind Kind, bool SaysAgo, int Length);

    /// <summary>Every unit form of the lexicon; forms of up to two characters match exactly, longer ones ignore case.</summary>
    private static readonly UnitForm[] Units =
    [
        .. Forms(AgeUnit.Minute, UnitKind.Short, "m", "min", "mins"),
        .. Forms(AgeUnit.Minute, UnitKind.Dotted, "Min."),
        .. Forms(AgeUnit.Minute, UnitKind.Word, "minute", "minutes", "Minuten"),
        .. Forms(AgeUnit.Minute, UnitKind.Cjk, "分钟", "分鐘", "分"),
        .. Forms(AgeUnit.Hour, UnitKind.Short, "h", "hr", "hrs"),
        .. Forms(AgeUnit.Hour, UnitKind.Dotted, "Std."),
        .. Forms(AgeUnit.Hour, UnitKind.Word, "hour", "hours", "Stunde", "Stunden"),
        .. Forms(AgeUnit.Hour, UnitKind.Cjk, "小时", "小時", "時間"),
        .. Forms(AgeUnit.Day, UnitKind.Short, "d", "j"),
        .. Forms(AgeUnit.Day, UnitKind.Dotted, "Tg.", "T."),
        .. Forms(AgeUnit.Day, UnitKind.Word, "day", "days", "Tag", "Tage", "Tagen"),
        .. Forms(AgeUnit.Day, UnitKind.Cjk, "天", "日"),
        .. Forms(AgeUnit.Week, UnitKind.Short, "w", "sem"),
        .. Forms(AgeUnit.Week, UnitKind.Dotted, "Wo.", "sem."),
        .. Forms(AgeUnit.Week, UnitKind.Word, "week", "weeks", "Woche", "Wochen"),
        .. Forms(AgeUnit.Week, UnitKind.Cjk, "周", "週", "週間"),
        .. Forms(AgeUnit.Month, UnitKind.Short, "mo", "mois", "mes", "meses", "mês"),
        .. Forms(AgeUnit.Month, UnitKind.Dotted, "Mon."),
        .. Forms(AgeUnit.Month, UnitKind.Word, "month", "months", "Monat", "Monate", "Monaten"),
        .. Forms(AgeUnit.Month, UnitKind.Cjk, "个月", "個月", "か月", "ヶ月", "カ月"),
        .. Forms(AgeUnit.Year, UnitKind.Short, "y", "yr", "yrs", "a", "an", "ans", "año", "años", "ano", "anos"),
        .. Forms(AgeUnit.Year, UnitKind.Dotted, "J."),
        .. Forms(AgeUnit.Year, UnitKind.Word, "year", "years", "Jahr", "Jahre", "Jahren"),
        .. Forms(AgeUnit.Year, UnitKind.Cjk, "年"),
    ];

    /// <summary>Words before the number that mean "ago": de, fr, es, pt. Each is followed by a space.</summary>
    private static readonly string[] AgoPrefixes = ["vor", "il y a", "hace", "há"];

    private static readonly string[] CjkNowWords = ["刚刚", "剛剛", "たった今"];

    private static readonly string[] NowWords =
        ["just now", "now", "刚刚", "たった今", "Jetzt", "À l’instant", "À l'instant", "Ahora", "Agora"];

    private static readonly string[] EditedMarkers =
    [
        "(edited)", "Edited", "(bearbeitet)", "(modifié)", "(editado)",
        "(已编辑)", "（已编辑）", "(已編輯)", "（已編輯）", "(編集済み)", "（編集済み）",
    ];

    /// <summary>
    /// True when the whole line is a relative time ("3h", "2 Tg.", "刚刚"), optionally followed by an edited
    /// marker and by " • "-separated web-copy noise ("1d • Edited • 🌐"). <see cref="RelativeTimeMatch.Length"/>
    /// is the length of the line.
    /// </summary>
    public static bool TryParseLine(string line, out RelativeTimeMatch match)
    {
        match = default;
        var text = TrimInvisible(line);
        RelativeAge age;
        int length;
        if (TryReadTime(text, out var token))
        {
            (age, length) = (token.Age, token.Length);
        }
        else if (StartingEntry(NowWords, text) is { } now)
        {
            (age, length) = (RelativeAge.JustNow, now.Length);
        }
        else
        {
            return false;
        }

        if (!TryReadTail(text[length..], out bool edited))
        {
            return false;
        }

        match = new RelativeTimeMatch(age, edited, line.Length);
        return true;
    }

    /// <summary>
    /// True when the line starts with a relative time glued to comment text ("3 周Great point", "2 Std.So true",
    /// "4 j Merci"). <see cref="RelativeTimeMatch.Length"/> is how many characters to drop so that the rest is
    /// the comment text (any leading blanks and the single space after the time included).
    /// </summary>
    /// <remarks>
    /// "Just now" words are never taken as glued: "Now we know" and "Ahora bien" are ordinary sentence openers.
    /// </remarks>
    public static bool TryParseGluedPrefix(string line, out RelativeTimeMatch match)
    {
        match = default;
        ReadOnlySpan<char> whole = line;
        int start = LeadingInvisible(whole);
        var text = whole[start..];
        if (StartingEntry(CjkNowWords, text) is { } now && now.Length < text.Length && IsTextStart(text[now.Length]))
        {
            // Unlike "Now we know", 刚刚/たった今 directly followed by text is only ever the page's time label.
            match = new RelativeTimeMatch(RelativeAge.JustNow, false, start + now.Length);
            return true;
        }

        if (!TryReadTime(text, out var token))
        {
            return false;
        }

        int pos = token.Length + SpaceAt(text, token.Length);
        bool edited = false;

        // A parenthesised marker may sit between time and text: "3h (edited)Great post". A bare "Edited" may
        // not, as it could be the comment's first word.
        if (pos < text.Length && text[pos] is '(' or '（' && StartingEntry(EditedMarkers, text[pos..]) is { } marker)
        {
            edited = true;
            pos += marker.Length;
            pos += SpaceAt(text, pos);
        }

        if (pos >= text.Length)
        {
            return false;
        }

        // Numbers followed by an ordinary word open plenty of sentences ("5 min read", "1 a la vez", "3 hours of
        // meetings"), so a Latin unit without a closing dot needs the comment to visibly start a sentence right
        // after it, and a full word ("hours", "Stunden") also needs "ago"/"vor".
        char first = text[pos];
        bool startsComment = token.Kind switch
        {
            UnitKind.Cjk or UnitKind.Dotted => IsTextStart(first),
            UnitKind.Short => IsSentenceStart(first),
            _ => token.SaysAgo && IsSentenceStart(first),
        };
        if (!startsComment || !ContainsText(text[pos..]))
        {
            return false;
        }

        match = new RelativeTimeMatch(token.Age, edited, start + pos);
        return true;
    }

    /// <summary>Reads "[vor |il y a |hace |há ]N[ ]unit[ ago|前]" at the start of the text.</summary>
    private static bool TryReadTime(ReadOnlySpan<char> text, out TimeToken token)
    {
        token = default;
        int pos = 0;
        if (StartingEntry(AgoPrefixes, text) is { } prefix && SpaceAt(text, prefix.Length) == 1)
        {
            pos = prefix.Length + 1;
        }

        bool saysAgo = pos > 0;
        int amount = 0;
        int digitsStart = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            if (pos - digitsStart == 3)
            {
                return false; // four digits are a year ("2023"), not an age
            }

            amount = (amount * 10) + (text[pos++] - '0');
        }

        if (pos == digitsStart)
        {
            return false;
        }

        pos += SpaceAt(text, pos);
        if (LongestUnitAt(text[pos..]) is not { } unit)
        {
            return false;
        }

        pos += unit.Text.Length;
        int suffix = AgoSuffixLength(text[pos..]);
        token = new TimeToken(new RelativeAge(amount, unit.Unit), unit.Kind, saysAgo || suffix > 0, pos + suffix);
        return true;
    }

    private static UnitForm? LongestUnitAt(ReadOnlySpan<char> text)
    {
        UnitForm? best = null;
        char head = text.IsEmpty ? '\0' : char.ToLowerInvariant(text[0]);
        foreach (var form in Units)
        {
            if (char.ToLowerInvariant(form.Text[0]) != head)
            {
                continue; // cheap first-letter filter: this runs for every line that starts with a number
            }

            // One- and two-character forms ("h", "mo", "T.") are also plain letters, so they must appear exactly
            // as LinkedIn prints them: "3D printing" and "5 Mo" are not ages. Longer forms ignore case.
            var comparison = form.Text.Length <= 2 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if ((best is null || form.Text.Length > best.Text.Length) && text.StartsWith(form.Text, comparison))
            {
                best = form;
            }
        }

        return best;
    }

    /// <summary>Length of " ago" (English) or "前" (Chinese/Japanese, space optional) at the start of the text, else 0.</summary>
    private static int AgoSuffixLength(ReadOnlySpan<char> text)
    {
        int space = SpaceAt(text, 0);
        var rest = text[space..];
        if (rest.StartsWith("前", StringComparison.Ordinal))
        {
            return space + 1;
        }

        bool ago = space == 1 && rest.StartsWith("ago", StringComparison.OrdinalIgnoreCase)
            && (rest.Length == 3 || !char.IsLetter(rest[3]));
        return ago ? 4 : 0;
    }

    /// <summary>What may follow a time on its own line: an edited marker, then " • " or " · " separated noise.</summary>
    private static bool TryReadTail(ReadOnlySpan<char> rest, out bool edited)
    {
        edited = false;
        rest = TrimInvisible(rest);
        if (StartingEntry(EditedMarkers, rest) is { } marker)
        {
            edited = true;
            rest = TrimInvisible(rest[marker.Length..]);
        }

        while (!rest.IsEmpty)
        {
            if (rest[0] is not ('•' or '·'))
            {
                return false;
            }

            rest = rest[1..];
            int end = rest.IndexOfAny('•', '·');
            if (end < 0)
            {
                end = rest.Length;
            }

            var segment = TrimInvisible(rest[..end]);
            rest = rest[end..];
            if (StartingEntry(EditedMarkers, segment) is { } segmentMarker && segmentMarker.Length == segment.Length)
            {
                edited = true;
            }
            else if (!IsNoise(segment))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Web-copy noise after a bullet: an icon such as 🌐 (no letters or digits) or the visibility notice, which names LinkedIn.</summary>
    private static bool IsNoise(ReadOnlySpan<char> segment)
    {
        if (segment.Contains("LinkedIn", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (char c in segment)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string? StartingEntry(string[] entries, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        // Every line of a paste is tried against these lists; comparing first letters rules most out cheaply.
        var head = char.ToUpperInvariant(text[0]);
        foreach (string entry in entries)
        {
            if (char.ToUpperInvariant(entry[0]) == head && text.StartsWith(entry, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Upper-case, non-Latin (CJK, Cyrillic…), an emoji, or Spanish ¡/¿: text that visibly opens a comment.</summary>
    private static bool IsSentenceStart(char c) =>
        char.IsUpper(c) || (char.IsLetter(c) && !IsLatin(c)) || IsEmoji(c) || IsOpening(c);

    private static bool IsTextStart(char c) => char.IsLetter(c) || IsEmoji(c) || IsOpening(c);

    // Comments may open with a quotation: 「まず聞く」, “Listen first”, «Écouter», ¿Por qué?
    private static bool IsOpening(char c) => c is '¡' or '¿' or '「' or '『' or '“' or '"' or '«' or '„' or '【' or '（';


    private static bool ContainsText(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c) || IsEmoji(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>Emoji are mostly outside the BMP (a surrogate pair); the rest are symbols such as ❤ or ✅.</summary>
    private static bool IsEmoji(char c) =>
        char.IsHighSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;

    /// <summary>A space as LinkedIn puts it between number and unit: plain, or no-break (French typography).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static int SpaceAt(ReadOnlySpan<char> text, int pos) => pos < text.Length && IsSpace(text[pos]) ? 1 : 0;

    /// <summary>Whitespace plus the zero-width and direction marks that copy-paste leaves at line edges (one definition, the normaliser's).</summary>
    private static bool IsInvisible(char c) => char.IsWhiteSpace(c) || Text.TextNormalizer.IsInvisible(c);

    private static int LeadingInvisible(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && IsInvisible(text[start]))
        {
            start++;
        }

        return start;
    }

    private static ReadOnlySpan<char> TrimInvisible(ReadOnlySpan<char> text)
    {
        int start = LeadingInvisible(text);
        int end = text.Length;
        while (end > start && IsInvisible(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static IEnumerable<UnitForm> Forms(AgeUnit unit, UnitKind kind, params string[] texts) =>
        texts.Select(text => new UnitForm(text, unit, kind));
}
