using System.Collections.Frozen;

namespace Candor.Analysis.Text;

/// <summary>
/// A list of stock phrases matched word by word, so finding them costs a dictionary lookup per word instead
/// of a regular expression trying hundreds of alternatives at every character.
/// </summary>
/// <remarks>
/// A phrase is written as slots separated by spaces. A slot lists alternatives separated by '/'; an
/// alternative of several words joins them with '_' ("thank_you"); a slot ending in '?' may be skipped;
/// a first slot starting with '!' lists words that must not come just before the phrase ("!not/never agree");
/// the word "#year" stands for a year from 1900 to 2099 and "*" for any one word (not as the first slot).
/// Alternatives are split into words the way <see cref="Words"/> splits text, so "感谢分享" is four words.
/// </remarks>
internal sealed class PhraseSet
{
    private readonly FrozenDictionary<string, Phrase[]> byFirstWord;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var index = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var phrase in phrases.Select(Phrase.Parse))
        {
            foreach (var first in phrase.FirstWords())
            {
                if (!index.TryGetValue(first, out var list))
                {
                    index[first] = list = [];
                }

                list.Add(phrase);
            }
        }

        byFirstWord = index.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The first phrase in the text (the longest where several start at the same word), or null.</summary>
    public TextSpan? First(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (LongestAt(words, i) is var end and > 0)
            {
                return Span(words, i, end);
            }
        }

        return null;
    }

    /// <summary>Every phrase in the text, left to right, not overlapping.</summary>
    public List<TextSpan> All(IReadOnlyList<Word> words)
    {
        var spans = new List<TextSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (LongestAt(words, i) is var end and > 0)
            {
                spans.Add(Span(words, i, end));
                i = end - 1;
            }
        }

        return spans;
    }

    private static TextSpan Span(IReadOnlyList<Word> words, int start, int end) =>
        new(words[start].Span.Start, words[end - 1].Span.End - words[start].Span.Start);

    // Index just past the longest phrase starting at word i, or 0 when none starts there.
    private int LongestAt(IReadOnlyList<Word> words, int i)
    {
        if (!byFirstWord.TryGetValue(words[i].Lower, out var candidates))
        {
            return 0;
        }

        var best = 0;
        foreach (var phrase in candidates)
        {
            best = Math.Max(best, phrase.MatchAt(words, i));
        }

        return best;
    }

    private sealed record Slot(string[][] Alternatives, bool Optional);

    private sealed record Phrase(Slot[] Slots, FrozenSet<string> NotAfter)
    {
        public static Phrase Parse(string text)
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var notAfter = parts.Length > 0 && parts[0].StartsWith('!') ? parts[0][1..].Split('/').ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty;
            var slots = parts.Skip(notAfter.Count > 0 ? 1 : 0).Select(ParseSlot).ToArray();

            // Phrases are found through their first words, so a phrase must have one that is a real word.
            if (slots.Length == 0 || slots.TakeWhile(s => s.Optional).Append(slots.FirstOrDefault(s => !s.Optional)).OfType<Slot>()
                    .SelectMany(s => s.Alternatives).Any(a => a[0] is Year or AnyWord))
            {
                throw new ArgumentException($"Phrase \"{text}\" must start with a word, not with nothing, * or #year.", nameof(text));
            }

            return new Phrase(slots, notAfter);
        }

        private static Slot ParseSlot(string slot)
        {
            var optional = slot.EndsWith('?');
            var alternatives = slot.TrimEnd('?').Split('/')
                .Select(alternative => alternative is Year or AnyWord ? [alternative] : Words.Of(alternative.Replace('_', ' ')).Select(w => w.Lower).ToArray())
                .Where(tokens => tokens.Length > 0)
                .OrderByDescending(tokens => tokens.Length)
                .ToArray();
            return new Slot(alternatives, optional);
        }

        /// <summary>Words a match can start with: those of the first slot, and of the next ones while slots are optional.</summary>
        public IEnumerable<string> FirstWords()
        {
            foreach (var slot in Slots)
            {
                foreach (var alternative in slot.Alternatives)
                {
                    yield return alternative[0];
                }

                if (!slot.Optional)
                {
                    yield break;
                }
            }
        }

        public int MatchAt(IReadOnlyList<Word> words, int start)
        {
            if (start > 0 && NotAfter.Contains(words[start - 1].Lower))
            {
                return 0;
            }

            var end = Match(words, start, 0);
            return end > start ? end : 0;
        }

        // Longest end over every way the remaining slots can match from word i; 0 when none can.
        private int Match(IReadOnlyList<Word> words, int i, int slot)
        {
            if (slot == Slots.Length)
            {
                return i;
            }

            var best = Slots[slot].Optional ? Match(words, i, slot + 1) : 0;
            foreach (var alternative in Slots[slot].Alternatives)
            {
                if (StartsWith(words, i, alternative))
                {
                    best = Math.Max(best, Match(words, i + alternative.Length, slot + 1));
                }
            }

            return best;
        }

        private static bool StartsWith(IReadOnlyList<Word> words, int i, string[] tokens)
        {
            if (i + tokens.Length > words.Count)
            {
                return false;
            }

            for (var k = 0; k < tokens.Length; k++)
            {
                if (!string.Equals(words[i + k].Lower, tokens[k], StringComparison.Ordinal) && tokens[k] != AnyWord && !(tokens[k] == Year && IsYear(words[i + k].Lower)))
                {
                    return false;
                }
            }

            return true;
        }

        private const string Year = "#year";
        private const string AnyWord = "*";

        private static bool IsYear(string word) =>
            word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && word.All(char.IsAsciiDigit);
    }
}
