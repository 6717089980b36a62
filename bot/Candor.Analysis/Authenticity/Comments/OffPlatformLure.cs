using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Moves the conversation somewhere LinkedIn cannot see: Telegram, WhatsApp, a phone number, "check your inbox".</summary>
internal sealed partial class OffPlatformLure() : CommentHeuristic(
    "off_platform_lure", Leaning.Spam, 45, "Scams move people off the platform, where nobody can report or warn them.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        if (comment.IsWarning)
        {
            return null;
        }

        return FirstMatch(PrivateChannel, comment, _ => "Pulls readers to a private channel (messenger, phone or inbox) where scams happen.", strong: true)
            ?? FirstMatch(PrivateMessages, comment, _ => "Asks readers to take it to private messages instead of replying here.");
    }

    // Each pattern behind the words all its matches contain, so most comments skip the regexes entirely.
    private static readonly GatedPattern[] PrivateChannel =
    [
        new(Messenger(), "wa.me/", "t.me/", "telegram", "whats", "wechat", "weixin", "signal", "viber", "kik", "line", "加我", "私聊", "私信我", "ＬＩＮＥ"),
        new(PhoneNumber(), "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        new(PrivateEmail(), "@"),
        new(Inbox(), "inbox", "dm", "message", "request", "mailbox", "sent you", "dropped you", "messaged you", "me on", "me at", "me via", "boîte",
            "bandeja", "buzón", "mensaje privado", "caixa", "mensagem privada", "posteingang", "private nachricht"),
    ];

    private static readonly GatedPattern PrivateMessages = new(
        DirectMessage(), "dm", "pm me", "inbox me", "message me", "send me a", "drop me a", "slide into", "offline", "schreib mir", "écris-moi",
        "escríbeme", "me chama");

    // Messenger apps and their link hosts.
    [GeneratedRegex(@"\b(wa\.me|t\.me)/|\b(telegram|whats\s?app|wechat|weixin|signal|viber|kik)\s*(:|@|\+|\d|id\b|number|handle|group link)|\b(on|via|at|through|no|na|en|sur|auf|über|por|pelo|add me on|contact me on|text me on|message me on|dm me on|join (me|us) on|reach me on|chat on)\s+(telegram|whats\s?app|wechat|weixin|signal|viber|kik|(?-i:LINE))\b|(?-i:\bLINE\s*(ID|id|:|で|に))|加我|私聊|私信我|ＬＩＮＥ|LINEで", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Messenger();

    // Phone numbers in international or grouped form.
    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?([\s.-]?\d{2,4}){2,4}(?![\w])|\b\d{3}[\s.-]\d{3}[\s.-]\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    // Private e-mail addresses.
    [GeneratedRegex(@"[\w.+-]+@(gmail|yahoo|hotmail|outlook|proton|protonmail|icloud|mail|qq|163)\.(com|me|net)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrivateEmail();

    [GeneratedRegex(@"\b((check|see|open|verify|look at) (your|ur) (inbox|dms?|messages|requests|mailbox)|(i('ve)?|just|have) (sent|dropped|messaged) you (a |an )?(dm|message|pm|inbox|connection request|note|proposal)|(text|call|email|mail|reach|contact|message|write to) me (on|at|via)|(vérifie[rz]?|consulte[rz]?) (votre|ta) boîte|boîte de réception|message privé|(revisa|mira) tu (bandeja|buzón)|mensaje privado|(verifique|confira) (sua|a sua) caixa|caixa de entrada|mensagem privada|posteingang|private nachricht)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Inbox();

    [GeneratedRegex(@"\b(dm me|pm me|inbox me|message me|send me a (dm|message)|dm for|drop me a (dm|message)|slide into my dms|let'?s take this offline|schreib mir|écris-moi|escríbeme|me chama no)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DirectMessage();
}
