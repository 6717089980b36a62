using System.Text.RegularExpressions;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;

namespace Candor.Analysis.Outreach;

internal sealed class UnfilledPlaceholder() : OutreachRule(
    "unfilled_placeholder", 40, "A placeholder left in a message tells the reader it was mass-sent.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        FirstMatch(Placeholders.Pattern, draft, m => $"Replace \"{m.Value.Trim()}\" with the real detail before sending; a leftover placeholder gets the message ignored.");
}

internal sealed partial class GenericOpener() : OutreachRule(
    "generic_opener", 15, "Stock openers are skipped; the first line decides whether the rest is read.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        FirstMatch(Pattern(), draft, m => $"Cut \"{m.Value.Trim()}\" and open with why you are writing to this person.");

    [GeneratedRegex(@"(i )?hope (this|my) (message|email|note) finds you well|(i )?hope (you('re| are)|all is|you're all) (doing )?(well|good|great)|hope you('re| are) having a (great|good|wonderful) (day|week)|i came across your profile|i (was|have been) (looking at|browsing|going through) your profile|dear (sir|madam|sir/madam|sir or madam|hiring manager|recruiter)|to whom it may concern|i'?d love to connect|(i )?would love to connect|i wanted to reach out|i am reaching out to you|allow me to introduce myself|let me introduce myself|my name is (\w+ ){1,3}and|me llamo (\w+ ){1,3}y|je m'appelle (\w+ ){1,3}et|ich heiße (\w+ ){1,3}und|mein name ist|ich hoffe,? (es geht (dir|ihnen) gut|diese nachricht)|sehr geehrte damen und herren|ich bin auf (dein|ihr) profil gestoßen|j'espère que (vous allez|tu vas) bien|madame,? monsieur|je me permets de vous contacter|je suis tombée? sur votre profil|espero que (estés|esté|te encuentres|se encuentre) (muy )?bien|a quien corresponda|me encontré con tu perfil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}

internal sealed class NoPersonalization() : OutreachRule(
    "no_personalization", 20, "Messages that could go to anyone are answered by no one.")
{
    public override OutreachIssue? Inspect(Draft draft)
    {
        var named = draft.Addressee is not null;
        var specific = draft.IsReply ? !draft.IsStockReply : draft.UsesAbout || draft.Trigger is not null;
        if (named && specific)
        {
            return null;
        }

        if (draft.About is { } about && !draft.UsesAbout && !draft.IsReply)
        {
            return Issue(FirstLine(draft), $"You know that they {Lower(about)}, and the draft never mentions it. Open with that.");
        }

        return Issue(FirstLine(draft), (named, draft.IsReply) switch
        {
            (true, true) => "Pick up one thing they wrote, so the reply could only be for them.",
            (false, true) => "Use their name, so the reply is clearly for them.",
            (true, false) => "Mention one real thing about them or their work (a post, a talk, a launch), so it could only be for them.",
            _ => "Greet them by name and mention one real thing about them or their work.",
        });
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}

internal sealed partial class NoReason() : OutreachRule(
    "no_reason", 10, "Without a reason (why them, why now) a message reads as one of hundreds.")
{
    public override OutreachIssue? Inspect(Draft draft)
    {
        var reasoned = draft.IsReply
            ? !draft.IsStockReply
            : draft.Trigger is not null || draft.UsesAbout || Connection().IsMatch(draft.Body);
        return reasoned ? null : Issue(FirstLine(draft), "Say why you are writing to this person, now: what they did or said that made you write.");
    }

    // Reasons that are not something they did: a shared tie, an introduction, their words answered.
    [GeneratedRegex(@"\b(because (you|your)|since (you|your)|as you (said|mentioned|asked|wrote)|we met|we spoke|met you|referred me|recommended (i|that i|you)|suggested (i|that i)|introduced us|mutual (friend|contact|connection)|fellow|same (school|team|company|city|meetup|program)|(job|role|position) (posting|opening|ad)|weil (du|sie)|da (du|sie)|parce que (vous|tu)|porque (tú|usted)|suite à (votre|ton)|nach (deinem|ihrem)|tras (tu|su)|después de (tu|su))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connection();
}

internal sealed partial class NoValue() : OutreachRule(
    "no_value", 15, "A message that only asks gives a stranger nothing to answer for.")
{
    public override OutreachIssue? Inspect(Draft draft)
    {
        if (draft.IsReply || Offering().IsMatch(draft.Body))
        {
            return null;
        }

        var ask = Asking().Match(draft.Body);
        return ask.Success
            ? Issue(ask.Value, $"\"{ask.Value.Trim()}\" only asks. Offer something first: a finding, a resource, an answer to a problem they have.")
            : null;
    }

    // Asks of every kind, pitches included: "we help teams like yours…" asks the reader to buy.
    [GeneratedRegex(@"\b(pick your brain|(quick|short|brief|\d{1,2}[- ]?min(ute)?) (call|chat|meeting)|(hop|jump|get) on a call|(would|i'?d) (love|like|appreciate|welcome) (your|some|any|the) (advice|feedback|input|thoughts|help|guidance|opportunity)|any advice|refer me|a referral|put in a (good )?word|(check|take a look at|look at) (out )?(my|our)|(could|can|would) you (please )?(help|review|share|introduce|connect me|refer|forward|look|point|let me know|give me)|(are|is) there any (openings|open roles|positions)|let me know (if|about)|looking for (a job|opportunities|a role|work|my first|a new)|(book|schedule|set up|arrange) a (call|demo|meeting)|(a|your) few minutes|(open|up) (to|for) (a|an|considering)|interested\?|let'?s (explore|connect|chat|talk|discuss)|i'?d love to connect|share your (cv|resume)|we (help|build|offer|place|deliver|provide|are (a|an|the)|specialise|specialize)\b|our ([\w-]+,? ){0,3}?(platform|product|solution|service|agency|package|team|software|tool)|(would|'d) love to (explore|discuss|show|talk|chat)|we (guarantee|promise)|click (here|below|the link)|(order|buy|call) (now|today)|call us|sign up (now|today|here)|visit our (site|website|store)|\d+\s?%\s*(off|rabatt|discount)|reply (yes|ja|oui|sí)|antworten sie|wir (sind|bieten|helfen)|unser(e|en)? [\w-]*(plattform|lösung|agentur|paket|angebot|produkt|software)|notre (plateforme|solution|agence|offre)|nuestra (plataforma|solución|agencia)|auriez-vous|hätten sie|tendrías|conseils|ratschläge|consejos|(advice|guidance|feedback|input|help) would be (appreciated|welcome)|here'?s my calendar|(pick|grab|choose) (any|a) (slot|time)|following up|formar parte|quedo atent[oa]|me encantaría|j'aimerais|ich würde mich freuen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asking();

    // Something the reader gets: a finding, a result, a resource, a fix, an introduction, the job's facts.
    [GeneratedRegex(@"\b(happy to (share|send|help|walk|show|introduce|return|answer)|(i|we) (can|could) (send|share|show|help|introduce)(?! (you )?(my|our) (cv|resume|résumé|portfolio|profile))|i'?(ll| will) (send|share)|in return|(?<!\b(platform|solution|product|tool|service|software|agency|we|team) )(might|may|could|would|should) (help|be useful|be helpful|save (you|your)|interest you)|(useful|helpful|relevant) (for|to) (you|your)|thought you'?d (like|find|want|enjoy)|here'?s what|(we|i) (found|learned|measured) (that|how)|(cut|reduced|raised|increased|grew|saved|doubled|halved|went from|dropped)\b[^.?!\n]{0,40}\d|\d+\s?%(?!\s*(off|rabatt|discount|de (réduction|descuento)))|free ([\w-]+ )?(guide|template|audit|checklist|resource|review)|(a|the|my) (summary|write-?up|notes|checklist|template|deck|case study|playbook|shortlist|fix|patch|script|queries|benchmark)|want (me to|a copy|the|it|them)\b|(is|are) ready|sent you|attached (is|are)|gern(e)? (teile|schicke|helfe)|je peux (partager|envoyer)|puedo (compartir|enviar))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offering();
}

internal sealed partial class PushyAsk() : OutreachRule(
    "pushy_ask", 20, "A meeting request from a stranger is a big ask; a small question gets answers.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        FirstMatch(TimeAsked(), draft, m => $"\"{m.Value.Trim()}\" asks a stranger for their time up front; ask one short question they can answer in a reply instead.")
        ?? FirstMatch(Urgency(), draft, m => $"\"{m.Value.Trim()}\" puts a deadline on a stranger; drop it and let them answer in their own time.");

    // Asking for time, not mentioning it: "your demo at the conference", "from 18 to 7 minutes" and "your talk this week" are fine.
    [GeneratedRegex(@"\b(have|spare|grab|take|give me|find|got|get|for|just|only|need|borrow) (\d{1,2}|ten|fifteen|twenty|thirty|forty-five)[- ]?min(ute)?s?\b|\b(\d{1,2}|ten|fifteen|twenty|thirty|forty-five)[- ]?min(ute)?s?( [\w-]+)? (call|chat|demo|meeting|slot|zoom|intro|conversation|workshop|session)\b|\b(\d{1,2}|ten|fifteen|twenty|thirty|forty-five)[- ]?min(ute)?s? of your time|\b(\d{1,2}|zehn|fünfzehn|zwanzig|dreißig)[- ]?(minuten|minütige\w*)|\b(\d{1,2}|dix|quinze|vingt|trente) minutes (pour|de votre)|\b(un|une) (appel|rendez-vous|démo) de \d{1,2} minutes|\b(\d{1,2}|diez|quince|veinte|treinta) minutos\b|\b(quick|short|brief) (call|chat|demo|meeting|sync|zoom)\b|\b(book|schedule|set up|arrange|jump on|hop on|get on|have|grab|give you|show you|do) (an? )?(quick |short |free |live |brief )?(call|demo|meeting|zoom|slot|time on (your|my) calendar)\b|\b(open|up|available|free|time) (to|for) (an? )?(quick |short |brief )?(call|chat|meeting|demo|zoom)\b|\b(present|pitch|demo) (our|my) (company|product|startup|solution|platform|deck)\b|(?<!\b(your|the|a|his|her|their) )\b(call|chat|demo|meeting|meet|talk|connect|sync)\b[^.?!\n]{0,30}\b(this|next) (week|monday|tuesday|wednesday|thursday|friday)\b|\b(demo|call|meeting)\b[^.?!\n]{0,15}\btomorrow\b|calendly\.com|\bcal\.[\w-]{1,30}(\.[\w-]{1,30}){0,3}/|\b(my|our) calendar\b|\bwhen are you free\b|\bwhat time works\b|\bwann passt es (ihnen|dir)\b|\bquand (seriez|êtes)-vous disponible|\bcuándo (te|le) viene bien", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex TimeAsked();

    [GeneratedRegex(@"\b((this|next) (week|month)|today|tonight) only\b|\bonly (this|today|tonight)\b|\b(for|in) the next \d{1,2} (hours|days)\b|\b(sign|order|buy|reply|book|register|act|decide) (up )?(today|tonight|now)\b|\bwon'?t last\b|\bonly \d+ (spots|seats|places) left\b|\b(by|before) (friday|monday|tuesday|wednesday|thursday|tomorrow|end of (the )?(day|week))\b|\basap\b|\burgent(ly)?\b|\bat your earliest convenience\b|\bnur (diese woche|heute|bis)\b|\bcette semaine seulement\b|\bsolo (esta semana|hoy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Urgency();
}

internal sealed partial class LinkInFirstMessage() : OutreachRule(
    "link_in_first_message", 15, "Links and attachments from strangers look like phishing and get filtered.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        draft.IsReply ? null : FirstMatch(Pattern(), draft, _ => "Leave the link out of a first message; offer to send it if they want it.");

    [GeneratedRegex(@"https?://\S+|\bwww\.\S+|\b[\w-]{1,63}\.(com|io|ai|co|net|org|app|dev|ly|me)/\S*|\b(see attached|attached (is|are|you'?ll find|please find)|please find attached|in the attachment|(my|the) attachment|i'?ve attached|i have attached|attached my|adjunto (mi|el|la)|ci-joint|en pièce jointe|im anhang|anbei)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}

internal sealed partial class Buzzwords() : OutreachRule(
    "buzzwords", 10, "Buzzwords make a message sound like every other pitch.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        FirstMatch(Pattern(), draft, m => $"Replace \"{m.Value.Trim()}\" with what it actually means for them, in plain words.");

    [GeneratedRegex(@"\b(synerg(y|ies|ize|istic)|leverag(e|es|ed|ing)|game[- ]chang(er|ers|ing)|best[- ]in[- ]class|cutting[- ]edge|bleeding[- ]edge|world[- ]class|revolutionary|revolutioni[sz]e|(?<!\b(less|more|very|too|not|least|most) )disruptive|paradigm shift|move the needle|circle back|low[- ]hanging fruit|value[- ]add|next[- ]level|seamless(ly)?|robust solution|end[- ]to[- ]end solution|turnkey solution|holistic approach|thought leader(ship)?|optimi[sz]e your|supercharge|10x your|unlock (your|the) (full )?potential)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}

internal sealed partial class Spammy() : OutreachRule(
    "spammy", 25, "Pressure and hype are what spam filters and people both look for.")
{
    // Two different shouted words make a shouting message; one may be an acronym ("HIPAA"). In a long mail
    // a newsletter's name in capitals ("CNET", "OSDN") is not shouting, so they must also be 1 word in 100.
    private const int ShoutedWords = 2;
    private const double ShoutedShare = 0.01;

    public override OutreachIssue? Inspect(Draft draft)
    {
        var hype = FirstMatch(Hype(), draft, m => $"Drop \"{m.Value.Trim()}\": pressure and hype read as spam.");
        // "[CLIENT NAME]" is a template token (its own issue), not shouting.
        var placeholders = Placeholders.Pattern.Matches(draft.Body);
        var shouted = Shouting().Matches(draft.Body).Where(m => !placeholders.Any(p => m.Index >= p.Index && m.Index < p.Index + p.Length)).ToArray();
        var distinct = shouted.Select(m => m.Value).Distinct(StringComparer.Ordinal).Count();
        return hype ?? (distinct >= ShoutedWords && distinct >= ShoutedShare * draft.Words.Count
            ? Issue(shouted[0].Value, "Write in normal case: capitals read as shouting and as spam.")
            : null);
    }

    [GeneratedRegex(@"!{2,}|\b(act now|risk[- ]free|no risk|guarantee(d|s)?|100% free|limited[- ](time|offer|spots|seats)|don'?t miss( out)?|once in a lifetime|exclusive (offer|deal)|\d{1,2}% off|discount|special offer|only \d+ (spots|seats) left|click here|buy now|order now|earn (up to )?\$|nicht verpassen|jetzt zugreifen|\d{1,2}\s?% rabatt|ne manquez pas|offre limitée|no te lo pierdas|oferta limitada)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Hype();

    [GeneratedRegex(@"\b(?!(HIPAA|GDPR|SOC|ISO|AWS|GCP|SaaS|B2B|B2C|CEO|CTO|CFO|COO|CMO|CRM|ERP|API|SDK|HTML|JSON|NASA|NATO|UCLA|MBA|KPI|OKR|ROI|ARR|MRR|LLM|GPU|USA|EMEA|APAC|DACH|NYC|SQL|HTTP|HTTPS|IPO)\b)\p{Lu}{4,}\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Shouting();
}

internal sealed partial class SelfFocused() : OutreachRule(
    "self_focused", 10, "A message about the sender gives the reader no reason to answer.")
{
    public override OutreachIssue? Inspect(Draft draft)
    {
        var self = SelfWords().Matches(draft.Body);
        var other = YouWords().Count(draft.Body);
        return self.Count >= 4 && self.Count > 2 * Math.Max(other, 1)
            ? Issue(self[0].Value, $"It says I/we/our {self.Count} times and you/your {other}; turn it around to what is in it for them.")
            : null;
    }

    [GeneratedRegex(@"\b(i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'll|us|our|ours|ich|mir|mich|mein|meine|wir|uns|unser|unsere|je|j'|moi|mon|ma|mes|nous|notre|nos|yo|mi|mis|nosotros|nuestra|nuestro)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfWords();

    [GeneratedRegex(@"\b(you|you're|you've|you'll|you'd|your|yours|du|dir|dich|dein|deine|sie|ihnen|ihr|ihre|vous|votre|vos|tu|ton|ta|tes|usted|tú|tu|tus|su|sus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YouWords();
}

internal sealed class TooLong() : OutreachRule(
    "too_long", 15, "Long messages go unread; the best answered messages are short.")
{
    public override OutreachIssue? Inspect(Draft draft)
    {
        var limits = draft.Limits;
        var words = draft.Words.Count;
        var chars = draft.Body.Length;
        return draft.Format switch
        {
            DraftFormat.Note when chars > limits.NoteChars => Issue(FirstLine(draft), $"{chars} characters; a connection note is cut off at {limits.NoteChars}. Keep the name, the detail and the question."),
            DraftFormat.Inmail when draft.Subject is { } subject && subject.Length > limits.InmailSubjectChars => Issue(subject, $"The subject is {subject.Length} characters; InMail allows {limits.InmailSubjectChars}."),
            DraftFormat.Inmail when chars > limits.InmailBodyChars => Issue(FirstLine(draft), $"{chars} characters; InMail allows {limits.InmailBodyChars:N0}, and short InMails get more answers."),
            DraftFormat.Message when words > limits.MessageWords => Issue(FirstLine(draft), $"{words} words; messages under 100 words get the most answers."),
            DraftFormat.Reply when words > limits.ReplyWords => Issue(FirstLine(draft), $"{words} words; a reply reads best under {limits.ReplyWords}."),
            _ => null,
        };
    }
}

internal sealed partial class HardToRead() : OutreachRule(
    "hard_to_read", 10, "Long sentences, long words and walls of acronyms make a message work to read; most people stop.")
{
    // Grade level only means something over a few sentences.
    private const int MinWordsForGrade = 40;

    // A reader can carry a few acronyms; past this many, and this share of the words, it is a wall of jargon.
    private const int MinAcronyms = 6;
    private const double AcronymShare = 0.12;

    public override OutreachIssue? Inspect(Draft draft)
    {
        foreach (var sentence in draft.Sentences)
        {
            // A colon or semicolon lets the reader breathe, so each side counts on its own.
            var text = draft.SentenceText(sentence);
            var words = text.Split([':', ';']).Max(clause => Text.Words.Count(clause));
            if (words > draft.Limits.SentenceWords)
            {
                return Issue(text, $"This sentence runs to {words} words without a break; split it so each says one thing.");
            }
        }

        // All-caps words that are shouting ("URGENT") are the spam check's; acronyms are the short ones.
        var acronyms = Acronym().Matches(draft.Body).Where(m => !Spammy.Shouting().IsMatch(m.Value)).ToArray();
        if (acronyms.Length >= MinAcronyms && acronyms.Length >= AcronymShare * draft.Words.Count)
        {
            return Issue(FirstLine(draft), $"{acronyms.Length} acronyms in {draft.Words.Count} words ({string.Join(", ", acronyms.Take(4).Select(a => a.Value))}…); say what they mean in plain words.");
        }

        var grade = Readability.Grade(draft.Words, draft.Sentences.Count);
        return draft.Words.Count >= MinWordsForGrade && grade > draft.Limits.GradeLevel
            ? Issue(FirstLine(draft), $"Reads at grade {grade:0}; use shorter words and sentences (aim for 8 to 10).")
            : null;
    }

    // "MSK", "RCM", "SaaS", "AR>90": two or more capitals, possibly with lower-case letters or digits among them.
    [GeneratedRegex(@"\b(?=\w*\p{Lu}\w*\p{Lu})[\p{Lu}\d][\p{L}\d]{1,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();
}

internal sealed class LowEffortReply() : OutreachRule(
    "low_effort_reply", 30, "\"Sounds good!\" and \"Thanks.\" end a conversation; a specific reply keeps it going.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        draft.IsReply && draft.IsStockReply
            ? Issue(draft.Body, StockReply.Phrase(draft) is { } phrase
                ? $"\"{phrase}\" says nothing they can answer. Pick up one thing they wrote and ask one real question about it."
                : "A reply with no words says nothing they can answer. Pick up one thing they wrote and ask one real question about it.")
            : null;
}
