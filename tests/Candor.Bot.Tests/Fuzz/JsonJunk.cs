using System.Text;
using System.Text.Json.Nodes;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>Wrong values for JSON fields and broken JSON documents: what a buggy or hostile client sends.</summary>
internal static class JsonJunk
{
    /// <summary>A value of any JSON type, often the wrong one for the field it lands in.</summary>
    public static JsonNode? Value(Random random) => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(random.NextDouble() * 1e300),
        4 => new JsonArray(),
        5 => new JsonObject(),
        6 => JsonValue.Create(FuzzSeeds.Odd[random.Next(FuzzSeeds.Odd.Length)]),
        7 => JsonValue.Create(Mutator.RandomUnicode(random, random.Next(1, 200))),
        8 => JsonValue.Create(Mutator.SeedText(random)),
        9 => new JsonArray([.. Enumerable.Range(0, random.Next(1, 5000)).Select(i => (JsonNode?)JsonValue.Create(i))]),
        10 => new JsonObject { ["id"] = Value(random), ["text"] = Value(random), ["type"] = Value(random) },
        _ => JsonValue.Create(new string('x', random.Next(1000, 100_000))),
    };

    /// <summary>Replaces one to three fields of <paramref name="json"/> (at the top or one level down) with wrong values, or removes them.</summary>
    public static void Corrupt(Random random, JsonObject json)
    {
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var target = json;
            var names = target.Select(p => p.Key).ToList();
            if (names.Count == 0)
            {
                return;
            }

            var name = names[random.Next(names.Count)];
            if (target[name] is JsonObject inner && inner.Count > 0 && random.Next(2) == 0)
            {
                (target, names) = (inner, inner.Select(p => p.Key).ToList());
                name = names[random.Next(names.Count)];
            }

            if (random.Next(4) == 0)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = Value(random);
            }
        }
    }

    /// <summary>Bytes that are not (quite) JSON: cut, flipped, invalid UTF-8, trailing junk, comments, NaN, or nested 10,000 deep.</summary>
    public static byte[] Broken(Random random, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(10))
        {
            case 0:
                return bytes[..random.Next(bytes.Length + 1)];
            case 1:
                for (var i = random.Next(1, 8); i > 0 && bytes.Length > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 2:
                // Invalid UTF-8 inside a string: a lone continuation byte, an overlong slash, an encoded surrogate, 0xFF.
                byte[][] invalid = [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];
                var quote = Array.IndexOf(bytes, (byte)'"', random.Next(bytes.Length + 1));
                var at = quote < 0 ? bytes.Length : quote + 1;
                return [.. bytes[..at], .. invalid[random.Next(invalid.Length)], .. bytes[at..]];
            case 3:
                return [.. bytes, .. Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "}}]]" : " garbage")];
            case 4:
                return Encoding.UTF8.GetBytes("/* a comment */" + json.Replace("\"", "'", StringComparison.Ordinal));
            case 5:
                return Encoding.UTF8.GetBytes(json.Insert(json.Length > 1 ? 1 : 0, "\"n\":NaN,\"i\":Infinity,"));
            case 6:
                return Deep(random, 10_000);
            case 7:
                // The nesting hidden inside a field the reader looks into.
                var deep = Encoding.UTF8.GetString(Deep(random, random.Next(60, 10_000)));
                return Encoding.UTF8.GetBytes(json.Length > 1 ? $"{{\"value\":{deep},\"event\":{deep},{json[1..]}" : deep);
            case 8:
                return random.Next(3) switch { 0 => [], 1 => "null"u8.ToArray(), _ => Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "[]" : "\"text\"") };
            default:
                var noise = new byte[random.Next(1, 4000)];
                random.NextBytes(noise);
                return noise;
        }
    }

    /// <summary>Arrays or objects nested <paramref name="depth"/> deep, sometimes never closed.</summary>
    public static byte[] Deep(Random random, int depth)
    {
        var objects = random.Next(2) == 0;
        var open = objects ? "{\"a\":" : "[";
        var close = objects ? "}" : "]";
        var closed = random.Next(4) != 0;
        var text = new StringBuilder(depth * (open.Length + 1) + 1);
        text.Insert(0, open, depth).Append('1');
        if (closed)
        {
            text.Insert(text.Length, close, depth);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
