using System.Text.RegularExpressions;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Outreach;

internal sealed class UnfilledPlaceholder() : OutreachRule(
    "unfilled_placeholder", 40, "A placeholder left in a message tells the reader it was mass-sent.")
{
    public override OutreachIssue? Inspect(string draft) =>
        FirstMatch(Text.Placeholders.Pattern, draft, m => $"Replace \"{m.Value.Trim()}\" with the real detail before sending; a leftover placeholder gets the message ignored.");
}

internal sealed partial class GenericOpener() : OutreachRule(
    "generic_opener", 15, "Stock openers are skipped; the first line decides whether the rest is read.")
{
    public override OutreachIssue? Inspect(string draft) =>
        FirstMatch(Opener(), draft, m => $"Cut \"{m.Value.Trim()}\" and open with why you are writing to this person.");

    [GeneratedRegex(@"(i )?hope (this|my) (message|email|note) finds you well|hope you('re| are) (doing )?well|i came across your profile|dear (sir|madam|sir/madam|sir or madam|hiring manager)|to whom it may concern|i'?d love to connect|i wanted to reach out|allow me to introduce myself|my name is \w+ and", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();
}

internal sealed partial class PushyAsk() : OutreachRule(
    "pushy_ask", 20, "A meeting request from a stranger is a big ask; a small question gets answers.")
{
    public override OutreachIssue? Inspect(string draft) =>
        FirstMatch(Ask(), draft, m => $"\"{m.Value.Trim()}\" asks a stranger for their time up front; ask one short question they can answer in a reply instead.");

    // Asking for time, not mentioning it: "your demo at the conference" or "your post this week" are fine.
    [GeneratedRegex(@"\b(\d{1,2}|fifteen|twenty|thirty|forty-five)[- ]?(min(ute)?s?)( (call|chat|demo|meeting))?|\b(quick|short|brief) (call|chat|demo|meeting)|\b(book|schedule|set up|jump on|hop on|have|get|give you|show you|do) an? (quick |short |free |live )?(call|demo|meeting|time)|\b(call|chat|demo|meeting|meet|talk)\b[^.?!\n]{0,30}\b(this|next) week\b|\basap\b|\burgent(ly)?\b|calendly\.com|\bmy calendar\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ask();
}

internal sealed partial class LinkInFirstMessage() : OutreachRule(
    "link_in_first_message", 15, "Links and attachments from strangers look like phishing and get filtered.")
{
    public override OutreachIssue? Inspect(string draft) =>
        FirstMatch(Link(), draft, _ => "Leave the link out of a first message; offer to send it if they want it.");

    [GeneratedRegex(@"https?://\S+|\bwww\.\S+|\b\w+\.(com|io|ai|co|net|org)/\S*|\b(attached|attachment|see attached)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}

internal sealed partial class Buzzwords() : OutreachRule(
    "buzzwords", 10, "Buzzwords make a message sound like every other pitch.")
{
    public override OutreachIssue? Inspect(string draft) =>
        FirstMatch(Buzz(), draft, m => $"Replace \"{m.Value.Trim()}\" with what it actually means for them, in plain words.");

    [GeneratedRegex(@"\b(synerg(y|ies|ize)|leverag(e|ing)|game[- ]changer|best[- ]in[- ]class|cutting[- ]edge|world[- ]class|revolutionary|disruptive|paradigm shift|move the needle|circle back|low[- ]hanging fruit|value[- ]add|next[- ]level|seamless(ly)?|robust solution|end[- ]to[- ]end solution|optimi[sz]e your)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Buzz();
}

internal sealed partial class Spammy() : OutreachRule(
    "spammy", 25, "Pressure and hype are what spam filters and people both look for.")
{
    // Two shouted words make a shouting message; one may be an acronym ("HIPAA").
    private const int ShoutedWords = 2;

    public override OutreachIssue? Inspect(string draft)
    {
        var hype = FirstMatch(Hype(), draft, m => $"Drop \"{m.Value.Trim()}\": pressure and hype read as spam.");
        var shouted = Shouting().Matches(draft);
        return hype ?? (shouted.Count >= ShoutedWords
            ? new OutreachIssue(Id, shouted[0].Value, "Write in normal case: capitals read as shouting and as spam.")
            : null);
    }

    [GeneratedRegex(@"!{2,}|\b(act now|risk[- ]free|guarantee(d)?|100% free|limited (time|offer)|don'?t miss( out)?|once in a lifetime|exclusive offer|\d{1,2}% off|discount)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hype();

    [GeneratedRegex(@"\b\p{Lu}{4,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shouting();
}

internal sealed partial class SelfFocused() : OutreachRule(
    "self_focused", 15, "A message about the sender gives the reader no reason to answer.")
{
    public override OutreachIssue? Inspect(string draft)
    {
        var self = SelfWords().Matches(draft);
        var other = YouWords().Count(draft);
        return self.Count >= 4 && self.Count > 2 * Math.Max(other, 1)
            ? new OutreachIssue(Id, self[0].Value, $"It says I/we/our {self.Count} times and you/your {other}; turn it around to what is in it for them.")
            : null;
    }

    [GeneratedRegex(@"\b(i|i'm|i've|i'd|me|my|we|we're|we've|us|our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfWords();

    [GeneratedRegex(@"\b(you|you're|you've|your|yours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YouWords();
}

internal sealed partial class NoPersonalization() : OutreachRule(
    "no_personalization", 25, "Messages that could go to anyone are answered by no one.")
{
    public override OutreachIssue? Inspect(string draft) =>
        NamedGreeting().IsMatch(draft)
            ? null
            : new OutreachIssue(Id, FirstLine(draft), "Greet them by name and mention one real thing about them or their work.");

    private static string FirstLine(string draft) => draft.Trim().Split('\n')[0].Trim();

    [GeneratedRegex(@"^\s*(hi|hello|hey|dear|good (morning|afternoon)|bonjour|salut|hallo|liebe[r]?|guten tag|hola|buenos días|olá|oi|ciao)\s+(?!there\b|all\b|team\b|everyone\b|sir\b|madam\b|friend\b)\p{Lu}[\p{L}'’-]+", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamedGreeting();
}

internal sealed class TooLong() : OutreachRule(
    "too_long", 15, "Long first messages go unread; the best replies come to messages under ~100 words.")
{
    private const int MaxWords = 150;

    public override OutreachIssue? Inspect(string draft)
    {
        var words = Text.Words.Count(draft);
        return words > MaxWords
            ? new OutreachIssue(Id, draft.Trim().Split('\n')[0].Trim(), $"{words} words; keep a first message under 100.")
            : null;
    }
}
