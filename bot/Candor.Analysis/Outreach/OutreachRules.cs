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

    [GeneratedRegex(@"(i )?hope (this|my) (message|email|note) finds you well|(i )?hope (you('re| are)|all is|you're all) (doing )?(well|good|great)|hope you('re| are) having a (great|good|wonderful) (day|week)|i came across your profile|i (was|have been) (looking at|browsing|going through) your profile|dear (sir|madam|sir/madam|sir or madam|hiring manager|recruiter)|to whom it may concern|i'?d love to connect|i would love to connect|i wanted to reach out|i am reaching out to you|allow me to introduce myself|let me introduce myself|my name is \w+ and|ich hoffe,? (es geht (dir|ihnen) gut|diese nachricht)|sehr geehrte damen und herren|ich bin auf (dein|ihr) profil gestoßen|j'espère que (vous allez|tu vas) bien|madame,? monsieur|je me permets de vous contacter|je suis tombée? sur votre profil|espero que (estés|esté|te encuentres|se encuentre) (muy )?bien|a quien corresponda|me encontré con tu perfil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}

internal sealed partial class NoPersonalization() : OutreachRule(
    "no_personalization", 20, "Messages that could go to anyone are answered by no one.")
{
    public override OutreachIssue? Inspect(Draft draft)
    {
        var named = draft.GreetedName is not null || (draft.To is { } to && draft.Body.Contains(to.FirstName, StringComparison.OrdinalIgnoreCase));
        bool? known = draft.About is { } about ? UsesDetail(draft, about) : null;
        if (known == false)
        {
            return Issue(FirstLine(draft), $"You know that they {Lower(draft.About!)}, and the draft never mentions it. Open with that.");
        }

        if (named && (known == true || AboutThem().IsMatch(draft.Body)))
        {
            return null;
        }

        return Issue(FirstLine(draft), named
            ? "Mention one real thing about them or their work (a post, a talk, a launch), so it could only be for them."
            : "Greet them by name and mention one real thing about them or their work.");
    }

    /// <summary>
    /// The draft picks up the detail: two of its content words (all of a one-word detail) and at least a
    /// third of them, so a pitch that merely shares the recipient's field ("pricing", "conversions") does not count.
    /// </summary>
    internal static bool UsesDetail(Draft draft, string about)
    {
        var detail = TopicWords.Of(about);
        var needed = Math.Max(Math.Min(2, detail.Count), (int)Math.Ceiling(detail.Count / 3.0));
        return detail.Count > 0 && draft.Topic.CountShared(detail) >= needed;
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    // Something that belongs to the recipient: their post, talk, team's launch, a move they made.
    [GeneratedRegex(@"\b(your|you(r)? (team|company)'?s?) (recent |latest |last |new |great |excellent )?(post|article|talk|keynote|presentation|podcast|episode|interview|paper|thesis|book|newsletter|thread|comment|launch|release|work on|project|repo|library|course|research|study|write-?up|piece|answer|question|demo|video|session|panel|move|promotion|funding|round|raise|hire|hiring|role|team's|open role)|\b(you|you've|you have) (wrote|posted|shared|said|mentioned|spoke|presented|launched|shipped|built|published|raised|joined|led|moved|asked|answered)|\bcongrat(s|ulations)\b|\b(saw|read|heard|watched|listened to|loved|enjoyed) (your|you)\b|\b(dein|deine|deinen|ihr|ihre|ihren) (beitrag|vortrag|artikel|post|talk|buch|podcast)|\b(votre|ton|ta) (article|publication|post|conférence|intervention|livre|podcast)|\b(tu|su) (artículo|publicación|post|charla|libro|podcast)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AboutThem();
}

internal sealed partial class NoReason() : OutreachRule(
    "no_reason", 10, "Without a reason (why them, why now) a message reads as one of hundreds.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        Reason().IsMatch(draft.Body) || (draft.About is { } about && NoPersonalization.UsesDetail(draft, about))
            ? null
            : Issue(FirstLine(draft), "Say why you are writing to this person, now: what they did or said that made you write.");

    [GeneratedRegex(@"\b(because|since you|since your|as you|after (your|you|reading|seeing|hearing|watching)|saw (your|you|that you)|read (your|that you)|heard (your|you)|noticed (your|you|that)|your (recent |latest |last |new )?(post|article|talk|keynote|podcast|episode|comment|thread|paper|book|launch|release|question|answer|newsletter|video|panel|project|team)|you (wrote|posted|shared|said|mentioned|asked|spoke|presented|launched|shipped|published|raised|joined|are hiring|'re hiring|were hiring)|congrat(s|ulations)|we met|we spoke|met you|referred me|recommended (i|that i|you)|suggested (i|that i)|introduced us|mutual|fellow|same (school|team|company|city)|you'?re hiring|your (open )?(role|position|opening)|(job|role|position) (posting|opening|ad)|weil|da (du|sie)|nach (deinem|ihrem)|parce que|suite à (votre|ton)|porque|tras (tu|su)|después de (tu|su))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reason();
}

internal sealed partial class NoValue() : OutreachRule(
    "no_value", 15, "A message that only asks gives a stranger nothing to answer for.")
{
    public override OutreachIssue? Inspect(Draft draft)
    {
        var ask = Asking().Match(draft.Body);
        return ask.Success && !Offering().IsMatch(draft.Body)
            ? Issue(ask.Value, $"\"{ask.Value.Trim()}\" only asks. Offer something first: a finding, a resource, an answer to a problem they have.")
            : null;
    }

    [GeneratedRegex(@"\b(pick your brain|(quick|short|brief|15[- ]?min(ute)?|20[- ]?min(ute)?|30[- ]?min(ute)?) (call|chat|meeting)|hop on a call|jump on a call|get on a call|(would|i'?d) (love|like|appreciate) (your|some|any) (advice|feedback|input|thoughts|help|guidance)|any advice|refer me|a referral|put in a (good )?word|(check|take a look at|look at) (out )?(my|our)|(could|can|would) you (help|review|share|introduce|connect me|refer|forward|look)|(are|is) there any (openings|open roles|positions)|let me know if (you|there)|looking for (a job|opportunities|a role|work)|book a (call|demo|meeting)|schedule a (call|demo|meeting)|set up a (call|demo|meeting)|(a|your) few minutes|(15|20|30|45) minutes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asking();

    [GeneratedRegex(@"\b(happy to (share|send|help|walk|show|introduce|return)|(i|we) (can|could) (send|share|show|help|introduce)|i'?(ll| will) (send|share)|in return|(might|may|could|would) (help|be useful|be helpful|save you|interest you)|(useful|helpful|relevant) (for|to) (you|your)|thought you'?d (like|find|want|enjoy)|here'?s what|(we|i) (found|learned|saw|measured|noticed) (that|how)|(cut|reduced|raised|increased|grew|saved|doubled|halved)\b[^.?!\n]{0,40}\d|\d+\s?%|free (guide|template|audit|checklist|resource)|(a|the) (summary|write-?up|notes|checklist|template|deck|case study)|sent you|attached (is|are)|gern(e)? (teile|schicke|helfe)|je peux (partager|envoyer)|puedo (compartir|enviar))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offering();
}

internal sealed partial class PushyAsk() : OutreachRule(
    "pushy_ask", 20, "A meeting request from a stranger is a big ask; a small question gets answers.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        FirstMatch(Pattern(), draft, m => $"\"{m.Value.Trim()}\" asks a stranger for their time up front; ask one short question they can answer in a reply instead.");

    // Asking for time, not mentioning it: "your demo at the conference" or "your post this week" are fine.
    [GeneratedRegex(@"\b(\d{1,2}|fifteen|twenty|thirty|forty-five)[- ]?(min(ute)?s?)( (call|chat|demo|meeting|slot))?\b|\b(quick|short|brief) (call|chat|demo|meeting|sync|zoom)|\b(book|schedule|set up|jump on|hop on|get on|have|grab|get|give you|show you|do) (an? )?(quick |short |free |live |brief )?(call|demo|meeting|zoom|slot|time on (your|my) calendar)\b|\b(call|chat|demo|meeting|meet|talk|connect|sync)\b[^.?!\n]{0,30}\b(this|next) (week|monday|tuesday|wednesday|thursday|friday)\b|\b(by|before) (friday|monday|tomorrow|end of (the )?(day|week))\b|\basap\b|\burgent(ly)?\b|calendly\.com|\bcal\.com/|\b(my|our) calendar\b|\bwhen are you free\b|\bwhat time works\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}

internal sealed partial class LinkInFirstMessage() : OutreachRule(
    "link_in_first_message", 15, "Links and attachments from strangers look like phishing and get filtered.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        draft.IsReply ? null : FirstMatch(Pattern(), draft, _ => "Leave the link out of a first message; offer to send it if they want it.");

    [GeneratedRegex(@"https?://\S+|\bwww\.\S+|\b[\w-]+\.(com|io|ai|co|net|org|app|dev|ly|me)/\S*|\b(see attached|attached (is|are|you'?ll find|please find)|please find attached|in the attachment|(my|the) attachment|i'?ve attached|i have attached|attached my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}

internal sealed partial class Buzzwords() : OutreachRule(
    "buzzwords", 10, "Buzzwords make a message sound like every other pitch.")
{
    public override OutreachIssue? Inspect(Draft draft) =>
        FirstMatch(Pattern(), draft, m => $"Replace \"{m.Value.Trim()}\" with what it actually means for them, in plain words.");

    [GeneratedRegex(@"\b(synerg(y|ies|ize|istic)|leverag(e|es|ed|ing)|game[- ]chang(er|ers|ing)|best[- ]in[- ]class|cutting[- ]edge|bleeding[- ]edge|world[- ]class|revolutionary|revolutioni[sz]e|disruptive|paradigm shift|move the needle|circle back|low[- ]hanging fruit|value[- ]add|next[- ]level|seamless(ly)?|robust solution|end[- ]to[- ]end solution|turnkey solution|holistic approach|thought leader(ship)?|optimi[sz]e your|supercharge|10x your|unlock (your|the) (full )?potential)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}

internal sealed partial class Spammy() : OutreachRule(
    "spammy", 25, "Pressure and hype are what spam filters and people both look for.")
{
    // Two shouted words make a shouting message; one may be an acronym ("HIPAA").
    private const int ShoutedWords = 2;

    public override OutreachIssue? Inspect(Draft draft)
    {
        var hype = FirstMatch(Hype(), draft, m => $"Drop \"{m.Value.Trim()}\": pressure and hype read as spam.");
        var shouted = Shouting().Matches(draft.Body);
        return hype ?? (shouted.Count >= ShoutedWords
            ? Issue(shouted[0].Value, "Write in normal case: capitals read as shouting and as spam.")
            : null);
    }

    [GeneratedRegex(@"!{2,}|\b(act now|risk[- ]free|no risk|guarantee(d|s)?|100% free|limited[- ](time|offer|spots|seats)|don'?t miss( out)?|once in a lifetime|exclusive (offer|deal)|\d{1,2}% off|discount|special offer|only \d+ (spots|seats) left|click here|buy now|order now|earn (up to )?\$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

internal sealed class HardToRead() : OutreachRule(
    "hard_to_read", 10, "Long sentences and long words make a message work to read; most people stop.")
{
    // Grade level only means something over a few sentences.
    private const int MinWordsForGrade = 40;

    public override OutreachIssue? Inspect(Draft draft)
    {
        foreach (var sentence in draft.Sentences)
        {
            var words = Text.Words.Count(draft.Body.AsSpan(sentence.Start, sentence.Length));
            if (words > draft.Limits.SentenceWords)
            {
                return Issue(draft.SentenceText(sentence), $"This sentence has {words} words; split it so each says one thing.");
            }
        }

        var grade = Readability.Grade(draft.Words, draft.Sentences.Count);
        return draft.Words.Count >= MinWordsForGrade && grade > draft.Limits.GradeLevel
            ? Issue(FirstLine(draft), $"Reads at grade {grade:0}; use shorter words and sentences (aim for 8 to 10).")
            : null;
    }
}

internal sealed class LowEffortReply() : OutreachRule(
    "low_effort_reply", 30, "\"Sounds good!\" and \"Thanks.\" end a conversation; a specific reply keeps it going.")
{
    // Longer than this, a reply has room for something real even if it opens with thanks.
    private const int MaxWords = 8;

    private static readonly PhraseSet Stock = new(
    [
        "sounds good/great/perfect/interesting", "thanks/thank_you/thx/ty", "thanks/thank_you for sharing/reaching_out/the_message/this",
        "great/awesome/cool/nice/perfect/interesting/noted/ok/okay/sure/got_it/will_do/makes_sense/love_it/agreed",
        "will check/look_into_it/think_about_it", "let me check/think", "keep me posted", "talk soon", "👍", "🙏",
        "great thanks/thank_you", "ok thanks", "sure thing", "no problem", "cheers",
    ]);

    public override OutreachIssue? Inspect(Draft draft)
    {
        if (!draft.IsReply || draft.Words.Count > MaxWords || Stock.First(draft.Words) is not { } phrase)
        {
            return null;
        }

        var covered = Stock.All(draft.Words).Sum(span => Text.Words.Count(draft.Body.AsSpan(span.Start, span.Length)));
        var nameWords = draft.GreetedName is null && draft.FirstName is { } name && draft.Body.Contains(name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return covered + nameWords >= draft.Words.Count - 1
            ? Issue(draft.Body, $"\"{phrase.Of(draft.Body)}\" says nothing they can answer. Pick up one thing they wrote and ask one real question about it.")
            : null;
    }
}
