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
        var text = HtmlText(activity) ?? activity.Text ?? string.Empty;
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type == "mention" && mention.Mentioned?.Id is { } id && id == activity.Recipient?.Id && mention.Text is { Length: > 0 } written)
            {
                // Once: "@Candor, what does Candor think of this?" keeps the second "Candor".
                text = RemoveFirst(RemoveFirst(text, written), AtTags().Replace(written, string.Empty));
            }
        }

        return text.Trim();
    }

    private static string RemoveFirst(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.OrdinalIgnoreCase);
        return at < 0 || part.Length == 0 ? text : text.Remove(at, part.Length);
    }

    /// <summary>The text of a text/html attachment, when Teams sent one.</summary>
    private static string? HtmlText(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == "text/html")?.Content is { ValueKind: System.Text.Json.JsonValueKind.String } content
            ? FromHtml(content.GetString() ?? string.Empty)
            : null;

    /// <summary>
    /// Teams HTML as text: paragraphs and line breaks kept, links kept as their addresses (a link's label can
    /// hide where it goes, and where it goes is what the link check needs), other tags removed, entities decoded.
    /// </summary>
    public static string FromHtml(string html)
    {
        var withLinks = Links().Replace(html, m => m.Groups["label"].Value.Trim() == m.Groups["href"].Value ? m.Groups["href"].Value : $"{m.Groups["label"].Value} ({m.Groups["href"].Value})");
        var withBreaks = LineBreaks().Replace(withLinks, "\n");
        return WebUtility.HtmlDecode(Tags().Replace(withBreaks, string.Empty)).Replace("\u00A0", " ", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"<a\s[^>]{0,500}?href=""(?<href>[^""]{1,2000})""[^>]{0,500}>(?<label>[^<]{0,2000})</a>", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</li>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<[^>]{0,2000}>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"</?at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTags();
}
