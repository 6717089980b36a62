using System.Text.RegularExpressions;

namespace Candor.Bot.Channels.Slack;

/// <summary>
/// Slack's message markup turned back into what the person pasted (protocols.md §3.3): links unwrapped,
/// mentions removed, <c>&amp;amp; &amp;lt; &amp;gt;</c> unescaped, in that order so an escaped "&lt;" in the paste is
/// never taken for markup.
/// </summary>
internal static partial class SlackText
{
    public static string Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decoded = Markup().Replace(text, match => match.Groups["target"].Value switch
        {
            // <@U123>, <@U123|ana>, <#C123|general>, <!here>, <!subteam^S1|@team>: who it was said to, not what was said.
            ['@' or '#' or '!', ..] => string.Empty,
            // <https://x|label>: the link itself is what must be judged (a label can claim any address).
            var link => link,
        });
        decoded = decoded.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        return SpacesLeftByMentions().Replace(decoded, " ").Trim();
    }

    [GeneratedRegex(@"<(?<target>[^<>|\s]+)(?:\|[^<>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesLeftByMentions();
}
