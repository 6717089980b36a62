using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Candor.Bot.LinkFetch;

/// <summary>
/// Reads a public post page's metadata: Open Graph (<c>og:description</c>, <c>og:title</c>,
/// <c>article:published_time</c>) and JSON-LD postings (<c>SocialMediaPosting</c>, <c>DiscussionForumPosting</c>,
/// also inside <c>@graph</c>) with their author, date and comments. The page is someone else's text: nothing
/// here throws on it, and counts and lengths are capped.
/// </summary>
internal static class PostPageReader
{
    public const int MostComments = 200;
    public const int MostChars = 5000;
    private const int MostScripts = 20;
    private const int MostAuthorChars = 120;

    private static readonly string[] PostingTypes = ["SocialMediaPosting", "DiscussionForumPosting", "BlogPosting", "Article"];

    /// <returns>The post; null when the page carries no post text and no comments (a login wall, say).</returns>
    public static PublicPost? Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var posting = document.QuerySelectorAll("script[type='application/ld+json']")
            .Take(MostScripts)
            .Select(script => Posting(script.TextContent))
            .FirstOrDefault(found => found is not null);

        string? Meta(string name) => document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content") is { } content
            && !string.IsNullOrWhiteSpace(content) ? content.Trim() : null;

        var text = posting?.Text ?? Meta("og:description") ?? Meta("og:title");
        var comments = posting?.Comments ?? [];
        if (text is null && comments.Count == 0)
        {
            return null;
        }

        return new PublicPost(posting?.Author, posting?.PublishedAt ?? Time(Meta("article:published_time")), Clip(text ?? "", MostChars), comments);
    }

    private static PublicPost? Posting(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            return Postings(document.RootElement).Select(ReadPosting).FirstOrDefault(found => found is not null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The posting objects in a JSON-LD block: the block itself, an array of them, or an @graph.
    private static IEnumerable<JsonElement> Postings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Postings),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => Postings(graph),
        JsonValueKind.Object when TypeOf(element).Any(type => PostingTypes.Contains(type, StringComparer.Ordinal)) => [element],
        _ => [],
    };

    private static PublicPost? ReadPosting(JsonElement posting)
    {
        var text = String(posting, "articleBody") ?? String(posting, "text");
        var comments = posting.TryGetProperty("comment", out var found)
            ? (found.ValueKind == JsonValueKind.Array ? found.EnumerateArray() : (IEnumerable<JsonElement>)[found])
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(ReadComment)
                .OfType<PublicComment>()
                .Take(MostComments)
                .ToArray()
            : [];
        return text is null && comments.Length == 0
            ? null
            : new PublicPost(AuthorOf(posting), Time(String(posting, "datePublished")), Clip(text ?? "", MostChars), comments);
    }

    private static PublicComment? ReadComment(JsonElement comment) =>
        String(comment, "text") is { } text
            ? new PublicComment(AuthorOf(comment), Time(String(comment, "dateCreated") ?? String(comment, "datePublished")), Clip(text, MostChars))
            : null;

    // "author" may be an object, a list of them, or a bare name.
    private static string? AuthorOf(JsonElement item)
    {
        if (!item.TryGetProperty("author", out var author))
        {
            return null;
        }

        var first = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().FirstOrDefault() : author;
        var name = first.ValueKind switch
        {
            JsonValueKind.String => first.GetString(),
            JsonValueKind.Object => String(first, "name"),
            _ => null,
        };
        return name is null ? null : Clip(name, MostAuthorChars);
    }

    private static IEnumerable<string> TypeOf(JsonElement element) =>
        !element.TryGetProperty("@type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime() : null;

    private static string Clip(string text, int most) => text.Length <= most ? text : text[..most];
}
