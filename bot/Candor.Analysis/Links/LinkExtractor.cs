using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Links;

/// <summary>Finds the links in pasted text, with or without "https://", and where each one sits.</summary>
internal static partial class LinkExtractor
{
    // Sentence punctuation and quotes that end up glued to a link: "see https://x.com/a." means ".../a".
    private static readonly SearchValues<char> TrailingPunctuation = SearchValues.Create(".,;:!?'\"*…‘’“”");

    private static readonly SearchValues<char> EmailLocalPartCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-");

    // A bare "name.tld" with neither "www." nor a path is a link only for these endings, so that file names
    // ("report.zip", "Program.cs") and abbreviations stay text.
    private static readonly FrozenSet<string> BareLinkEndings = FrozenSet.Create(
        StringComparer.Ordinal,
        "com", "org", "net", "io", "co", "ai", "app", "dev", "me", "info", "biz", "edu", "gov", "ly", "gl", "in",
        "us", "uk", "de", "fr", "nl", "eu", "ca", "au", "ch", "es", "it", "se", "no", "dk", "fi", "be", "at", "ie",
        "pl", "jp", "br", "tv", "gg", "so", "ee", "to", "cc", "xyz", "top", "click", "icu");

    /// <summary>Every link in <paramref name="text"/>, in order; never throws, linear in the text's length.</summary>
    public static IReadOnlyList<FoundLink> Extract(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        // Most comments have no link-like token; they cost one scan and no allocation.
        var first = NextToken(text, 0);
        if (first.Length == 0)
        {
            return [];
        }

        var links = new List<FoundLink>();
        var resumeAt = 0;
        var slackLabelEnd = new SlackLabelEnd(text);
        for (var token = first; token.Length > 0; token = NextToken(text, token.End))
        {
            foreach (var match in Candidate().EnumerateMatches(text.AsSpan(token.Start, token.Length)))
            {
                var start = token.Start + match.Index;
                if (start < resumeAt)
                {
                    continue;
                }

                var candidate = text.AsSpan(start, match.Length);
                var hasScheme = candidate.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || candidate.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                var link = candidate[..TrimmedLength(candidate)];
                if (hasScheme ? HasHost(link) : (IsBareLink(link) && !IsEmailLocalPart(text, start + match.Length)))
                {
                    links.Add(new FoundLink(link.ToString(), new TextSpan(start, link.Length)));
                }

                resumeAt = slackLabelEnd.After(start, start + match.Length);
            }
        }

        return links;
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>
    /// The next whitespace-delimited token at or after <paramref name="from"/> that could hold a link: one with
    /// "://" or a dot followed by a letter or digit. Empty when there is none.
    /// </summary>
    /// <remarks>
    /// The candidate pattern can start at any letter, so scanning a whole thread with it tries a match at every
    /// word. No match crosses whitespace and the pattern's look-arounds treat whitespace like the text's edge,
    /// so matching token by token finds exactly the same links, and most tokens are skipped unread.
    /// </remarks>
    private static TextSpan NextToken(string text, int from)
    {
        for (var at = from; at < text.Length;)
        {
            var mark = text.AsSpan(at).IndexOfAny('.', ':');
            if (mark < 0)
            {
                break;
            }

            var i = at + mark;
            var linkLike = i + 1 < text.Length
                && (text[i] == '.' ? char.IsLetter(text[i + 1]) || char.IsNumber(text[i + 1]) : text.AsSpan(i).StartsWith("://", StringComparison.Ordinal));
            if (!linkLike)
            {
                at = i + 1;
                continue;
            }

            var start = text.AsSpan(0, i).LastIndexOfAny(Whitespace) + 1;
            var length = text.AsSpan(i).IndexOfAny(Whitespace) is var end and >= 0 ? i + end - start : text.Length - start;
            return new TextSpan(start, length);
        }

        return new TextSpan(text.Length, 0);
    }

    // Drops trailing punctuation, and closing brackets that have no opening partner inside the link, so
    // "(see https://x.com/a)" loses its ")" but "https://en.wikipedia.org/wiki/Foo_(bar)" keeps it.
    private static int TrimmedLength(ReadOnlySpan<char> candidate)
    {
        Span<int> unmatched = [Unmatched(candidate, '(', ')'), Unmatched(candidate, '[', ']'), Unmatched(candidate, '{', '}')];
        var end = candidate.Length;
        while (end > 0)
        {
            var last = candidate[end - 1];
            var bracket = last switch { ')' => 0, ']' => 1, '}' => 2, _ => -1 };
            if (bracket >= 0 && unmatched[bracket] > 0)
            {
                unmatched[bracket]--;
            }
            else if (bracket >= 0 || !TrailingPunctuation.Contains(last))
            {
                break;
            }

            end--;
        }

        return end;
    }

    private static int Unmatched(ReadOnlySpan<char> candidate, char open, char close) =>
        Math.Max(0, candidate.Count(close) - candidate.Count(open));

    private static bool HasHost(ReadOnlySpan<char> link)
    {
        var afterScheme = link.IndexOf("://", StringComparison.Ordinal) + 3;
        return afterScheme < link.Length && (char.IsLetterOrDigit(link[afterScheme]) || link[afterScheme] == '[');
    }

    private static bool IsBareLink(ReadOnlySpan<char> link)
    {
        if (link.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || link.IndexOfAny('/', '?', '#') >= 0)
        {
            return true;
        }

        var host = link.IndexOf(':') is var colon and >= 0 ? link[..colon] : link;

        // Case-sensitive on purpose: "ASP.NET" is a product name, "asp.net" a site.
        return BareLinkEndings.Contains(host[(host.LastIndexOf('.') + 1)..].ToString());
    }

    // "max.de.vries@acme.nl" is an e-mail address whose start ("max.de") merely looks like a site. Linear: the scan
    // stays inside the one word, where no other bare link can start.
    private static bool IsEmailLocalPart(string text, int end)
    {
        var rest = text.AsSpan(end);
        var wordEnd = rest.IndexOfAnyExcept(EmailLocalPartCharacters);
        return wordEnd >= 0 && rest[wordEnd] == '@';
    }

    // Slack writes links as <https://x.com|x.com>; the label after '|' is display text, not a second link.
    private sealed class SlackLabelEnd(string text)
    {
        // Where the next '>' or line break is; found once and reused until a link lies past it, so that many
        // unclosed "<https://…|" in one text still cost a single scan.
        private int _nextCloser = -1;

        /// <summary>Where scanning may resume after the link between <paramref name="start"/> and <paramref name="end"/>.</summary>
        public int After(int start, int end)
        {
            if (start == 0 || text[start - 1] != '<' || end >= text.Length || text[end] != '|')
            {
                return end;
            }

            if (_nextCloser < end)
            {
                var offset = text.AsSpan(end).IndexOfAny('>', '\n');
                _nextCloser = offset < 0 ? text.Length : end + offset;
            }

            // A label never spans lines: without a '>' on the same line this is not Slack markup.
            return _nextCloser < text.Length && text[_nextCloser] == '>' ? _nextCloser : end;
        }
    }

    // Either a link with its scheme, or a bare host ("name.tld", not inside a word, an e-mail address or a
    // path) with an optional port and path. Labels are capped at 63 characters, so matching stays linear.
    [GeneratedRegex(
        @"https?://[^\s<>""|`]+"
        + @"|(?<![\p{L}\p{N}_@./\-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?::\d{2,5})?(?![\p{L}\p{N}_@\-])"
        + @"(?:[/?#][^\s<>""|`]*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
