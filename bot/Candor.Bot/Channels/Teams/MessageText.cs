using System.Net;
using System.Text.RegularExpressions;

namespace Candor.Bot.Channels.Teams;

/// <summary>
/// The text a user sent, ready for the engine: the bot's own @mention removed (by the mention entities, as the
/// SDK does), and when Teams sends the message as HTML too, its line structure recovered from that, because a
/// pasted thread is read line by line.
/// </summary>
internal static partial class MessageText
{
    public static string Of(Activity activity)
    {
        var mentions = (activity.Entities ?? [])
            .Where(m => m.Type == "mention" && m.Mentioned?.Id is { } id && id == activity.Recipient?.Id && m.Text is { Length: > 0 })
            .Select(m => m.Text!)
            .ToList();
        var html = activity.Attachments?.FirstOrDefault(a => a.ContentType == "text/html")?.Content;
        if (html is { ValueKind: System.Text.Json.JsonValueKind.String } content)
        {
            // The mention is removed from the HTML, where it is still an <at> element, before the tags go.
            return FromHtml(mentions.Aggregate(content.GetString() ?? string.Empty, RemoveFirst));
        }

        // Once: "@Candor, what does Candor think of this?" keeps the second "Candor".
        return mentions.Aggregate(activity.Text ?? string.Empty, RemoveFirst).Trim();
    }

    private static string RemoveFirst(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.OrdinalIgnoreCase);
        return at < 0 || part.Length == 0 ? text : text.Remove(at, part.Length);
    }

    /// <summary>
    /// Teams HTML as text: paragraphs and line breaks kept, links kept as their addresses (a link's label can
    /// hide where it goes, and where it goes is what the link check needs), other tags removed, entities decoded.
    /// </summary>
    public static string FromHtml(string html)
    {
        var withLinks = Links().Replace(html, m =>
        {
            var label = Tags().Replace(m.Groups["label"].Value, string.Empty).Trim();
            var href = m.Groups["href"].Value;
            return label.Length == 0 || label == href ? href : $"{label} ({href})";
        });
        var withBreaks = LineBreaks().Replace(withLinks, "\n");
        return WebUtility.HtmlDecode(Tags().Replace(withBreaks, string.Empty)).Replace("\u00A0", " ", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"<a\s[^>]{0,500}?href=(?<q>[""'])(?<href>(?:(?!\k<q>).){1,2000})\k<q>[^>]{0,500}>(?<label>.{0,2000}?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Links();

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</li>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<[^>]{0,2000}>")]
    private static partial Regex Tags();

}
