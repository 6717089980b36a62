using System.Text.Json;

namespace Candor.Bot.Channels;

/// <summary>
/// Whether every string in a parsed JSON value can be read. The parser accepts invalid UTF-8 inside strings and
/// escaped lone surrogates ("\udc18") and only fails when a string is read, which would be later, in the middle of
/// answering; the endpoints check here instead and refuse such a body with a clear 400.
/// </summary>
internal static class ReadableJson
{
    public static bool IsReadable(JsonElement element)
    {
        try
        {
            Read(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Depth is bounded by the parser's (64 levels by default).
    private static void Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Read(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Read(property.Value);
                }

                break;
        }
    }
}
