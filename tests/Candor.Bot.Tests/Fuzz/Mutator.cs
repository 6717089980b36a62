using System.Text;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>
/// Text mutations: what copy-paste, lookalike spoofing and broken clients do to text (homoglyphs, zero-width and
/// bidi controls, BOMs, flipped bytes, cuts, repeats, splices), plus random Unicode from every plane. Every
/// choice comes from the <see cref="Random"/> passed in, so a seed and an index give the same input again.
/// </summary>
internal static class Mutator
{
    // Cyrillic, Greek and fullwidth letters that look like Latin ones.
    private static readonly Dictionary<char, string> Homoglyphs = new()
    {
        ['a'] = "аɑａ", ['c'] = "сϲｃ", ['e'] = "еєｅ", ['i'] = "іӏｉ", ['j'] = "ј", ['k'] = "κｋ", ['l'] = "ӏⅼｌ", ['n'] = "ո",
        ['o'] = "оοσ０", ['p'] = "рρ", ['s'] = "ѕｓ", ['x'] = "хχ", ['y'] = "уү", ['A'] = "ΑА", ['B'] = "ΒВ", ['E'] = "ΕЕ",
        ['H'] = "ΗН", ['I'] = "ΙІ", ['K'] = "ΚК", ['M'] = "ΜМ", ['N'] = "Ν", ['O'] = "ΟО", ['P'] = "ΡР", ['T'] = "ΤТ",
        ['.'] = "․。", ['/'] = "⁄∕", [':'] = "։꞉",
    };

    private static readonly string[] ZeroWidth = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E"];

    private static readonly string[] Bidi = ["\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];

    private static readonly string[] Controls = ["\0", "\u0001", "\u001B", "\r", "\r\n", "\v", "\f", "\u0085", "\u2028", "\u2029", "\t\t\t", "\u007F"];

    private static readonly Func<Random, string, string>[] Mutations =
    [
        Homoglyph, (r, t) => Sprinkle(r, t, ZeroWidth), (r, t) => Sprinkle(r, t, Bidi), (r, t) => Sprinkle(r, t, Controls),
        Bom, FlipBytes, Truncate, Duplicate, Splice, Combining, (r, t) => Sprinkle(r, t, [RandomUnicode(r, r.Next(1, 8))]),
    ];

    /// <summary>One to four mutations of <paramref name="text"/>.</summary>
    public static string Mutate(Random random, string text)
    {
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            text = Mutations[random.Next(Mutations.Length)](random, text);
        }

        return text;
    }

    /// <summary>A seed, mutated or (one time in five) as written.</summary>
    public static string SeedText(Random random)
    {
        var seed = FuzzSeeds.Texts[random.Next(FuzzSeeds.Texts.Length)];
        return random.Next(5) == 0 ? seed : Mutate(random, seed);
    }

    /// <summary>
    /// <paramref name="length"/> UTF-16 units from anywhere: ASCII, controls, the BMP, lone surrogate halves,
    /// astral pairs, noncharacters and private use.
    /// </summary>
    public static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder(length + 1);
        while (text.Length < length)
        {
            switch (random.Next(8))
            {
                case 0: text.Append((char)random.Next(0x20, 0x7F)); break;
                case 1: text.Append((char)random.Next(0, 0x20)); break;
                case 2: text.Append((char)random.Next(0xA0, 0xD800)); break;
                case 3: text.Append((char)random.Next(0xD800, 0xE000)); break;
                case 4: text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); break;
                case 5: text.Append(random.Next(2) == 0 ? '\uFFFE' : '\uFFFF'); break;
                case 6: text.Append((char)random.Next(0xE000, 0xFFFE)); break;
                default: text.Append(' '); break;
            }
        }

        return text.ToString(0, length);
    }

    /// <summary><paramref name="text"/> repeated (and cut) to exactly <paramref name="length"/> characters: a huge paste.</summary>
    public static string Huge(string text, int length)
    {
        var huge = new StringBuilder(length + text.Length);
        while (huge.Length < length)
        {
            huge.Append(text).Append('\n');
        }

        return huge.ToString(0, length);
    }

    private static string Homoglyph(Random random, string text)
    {
        var chars = new StringBuilder(text.Length);
        var rate = random.Next(2, 40);
        foreach (var c in text)
        {
            chars.Append(Homoglyphs.TryGetValue(c, out var looks) && random.Next(rate) == 0 ? looks[random.Next(looks.Length)] : c);
        }

        return chars.ToString();
    }

    private static string Sprinkle(Random random, string text, string[] pieces)
    {
        var mixed = new StringBuilder(text);
        for (var i = random.Next(1, 12); i > 0; i--)
        {
            mixed.Insert(random.Next(mixed.Length + 1), pieces[random.Next(pieces.Length)]);
        }

        return mixed.ToString();
    }

    private static string Bom(Random random, string text) => random.Next(3) switch
    {
        0 => "\uFEFF" + text,
        1 => "\uFEFF\uFEFF" + text + "\uFEFF",
        _ => "ï»¿" + text, // a UTF-8 BOM read as Latin-1, as some clipboards do
    };

    // Bit flips in the UTF-8 bytes, read back leniently: the broken sequences become U+FFFD, as a lossy client sends them.
    private static string FlipBytes(Random random, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        for (var i = random.Next(1, 10); i > 0; i--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    // By UTF-16 unit, so a cut can leave half a surrogate pair.
    private static string Truncate(Random random, string text) => text.Length == 0 ? text : text[..random.Next(text.Length)];

    private static string Duplicate(Random random, string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = random.Next(text.Length);
        var slice = text.Substring(start, random.Next(1, Math.Min(400, text.Length - start) + 1));
        return text.Insert(start, string.Concat(Enumerable.Repeat(slice, random.Next(2, 30))));
    }

    private static string Splice(Random random, string text)
    {
        var other = FuzzSeeds.Texts[random.Next(FuzzSeeds.Texts.Length)];
        return text[..random.Next(text.Length + 1)] + other[random.Next(other.Length + 1)..];
    }

    // "Zalgo" text: a pile of combining marks on a few letters.
    private static string Combining(Random random, string text)
    {
        var marks = new StringBuilder();
        for (var i = random.Next(5, 300); i > 0; i--)
        {
            marks.Append((char)random.Next(0x0300, 0x0370));
        }

        return text.Insert(random.Next(text.Length + 1), marks.ToString());
    }
}
