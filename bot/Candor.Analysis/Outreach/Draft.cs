using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Outreach;

/// <summary>
/// A draft read once for every rule and for the rewrite: the message body without its context lines, its
/// words and sentences, who it is for, the one real detail known about them, and the format's limits.
/// </summary>
internal sealed partial class Draft
{
    private Draft(string body, Recipient? to, string? about, DraftFormat format, string? subject, OutreachLimits limits)
    {
        Body = body;
        To = to;
        // "none", "." or "-" say nothing about anyone.
        About = about?.Trim() is { } detail && detail.Any(char.IsLetterOrDigit) && !detail.Equals("none", StringComparison.OrdinalIgnoreCase) ? detail : null;
        Format = format;
        Subject = subject;
        Limits = limits;
        Words = Text.Words.Of(body);
        Sentences = Text.Sentences.Of(body);
        (GreetedName, greetedSalutation) = GreetingOf(body);
        Addressee = AddresseeOf(body, to, GreetedName);
        Trigger = TriggerIn(body);
        UsesAbout = About is not null && UsesDetail(About);
    }

    /// <summary>The message itself: what the recipient would read.</summary>
    public string Body { get; }

    public Recipient? To { get; }

    public string? About { get; }

    public DraftFormat Format { get; }

    /// <summary>The InMail subject, from a <c>Subject:</c> line.</summary>
    public string? Subject { get; }

    public OutreachLimits Limits { get; }

    public List<Word> Words { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>The message is not the first one: the user answers someone, so asks and links may have been invited.</summary>
    public bool IsReply => Format == DraftFormat.Reply;

    /// <summary>The name the draft greets, or null ("Hi there", "Dear Sir" and "Hi XXX" greet nobody).</summary>
    public string? GreetedName { get; }

    // The greeted name with its title when it has one ("Dr. Rahman").
    private readonly string? greetedSalutation;

    /// <summary>
    /// The person the draft speaks to by name: greeted ("Hi Aisha"), named at the start or end of a sentence
    /// ("Felix, saw you're hiring", "went smoothly, Tomás."), or the context's recipient named anywhere.
    /// </summary>
    public string? Addressee { get; }

    /// <summary>The first thing the draft says they did or said ("your post on…", "congrats on…", "saw you're hiring"), or null.</summary>
    public string? Trigger { get; }

    /// <summary>The draft uses the detail the user gave about the recipient.</summary>
    public bool UsesAbout { get; }

    /// <summary>
    /// How to greet the recipient: from the context ("Aisha", "Frau Müller"), else as the draft greets them
    /// ("Dr. Rahman"), else the name it speaks to ("Tomás, …"); null when the draft names no one.
    /// </summary>
    public string? Salutation => To?.Salutation ?? greetedSalutation ?? Addressee;

    /// <summary>A reply that says nothing (<see cref="StockReply"/>); asked by three rules, so worked out once.</summary>
    public bool IsStockReply => isStockReply ??= StockReply.IsStock(this);

    private bool? isStockReply;

    /// <summary>The language the rewrite adds its own words in.</summary>
    public RewriteLanguage Language => language ??= RewriteLanguage.Identify(Words) ?? RewriteLanguage.English;

    private RewriteLanguage? language;

    /// <summary>The draft's topic words, to tell whether it uses what is known about the recipient.</summary>
    public TopicWords Topic => topic ??= TopicWords.Of(Body, Words);

    private TopicWords? topic;

    public string SentenceText(TextSpan sentence) => sentence.Of(Body);

    /// <summary>The text refers to something the recipient did or said.</summary>
    public static bool HasTrigger(string text) => TriggerIn(text) is not null;

    // After a title the name is a surname, and "Hi Rahman" would be rude: the salutation keeps the title ("Dr. Rahman").
    private static (string? Name, string? Salutation) GreetingOf(string body)
    {
        if (NamedGreeting().Match(body) is not { Success: true } greeting || Placeholders.Pattern.IsMatch(greeting.Groups["name"].Value))
        {
            return (null, null);
        }

        var name = greeting.Groups["name"].Value;
        return (name, greeting.Groups["title"].Value.Trim() is { Length: > 0 } title ? $"{Capitalised(title)} {name}" : name);
    }

    private static string Capitalised(string title) =>
        string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static string? AddresseeOf(string body, Recipient? to, string? greeted)
    {
        if (greeted is not null)
        {
            return greeted;
        }

        if (to is not null && Regex.IsMatch(body, $@"\b{Regex.Escape(to.FirstName)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        {
            return to.FirstName;
        }

        return Vocative().Match(body) is { Success: true } m && !Placeholders.Pattern.IsMatch(m.Groups["name"].Value) ? m.Groups["name"].Value : null;
    }

    /// <summary>
    /// The first trigger whose object is real: "your recent post about {{topic}}" is a template, not a reason,
    /// while "congrats on the new role at [Company]" still names a real event.
    /// </summary>
    private static string? TriggerIn(string body)
    {
        for (var match = TriggerPattern().Match(body); match.Success; match = match.NextMatch())
        {
            var topic = TopicPreposition().Match(body, match.Index + match.Length);
            var objectStart = topic.Index + topic.Length;
            if (!topic.Success || Placeholders.Pattern.Match(body, objectStart) is not { Success: true } placeholder || placeholder.Index != objectStart)
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The draft picks up the detail: two of its content words (all of a one-word detail) and at least a third
    /// of them, so a pitch that merely shares the recipient's field ("pricing", "conversions") does not count.
    /// One shared name from the detail (a capitalised word after its first, or one with a digit) is enough.
    /// </summary>
    private bool UsesDetail(string about)
    {
        var detail = TopicWords.Of(about);
        var needed = Math.Max(Math.Min(2, detail.Count), (int)Math.Ceiling(detail.Count / 3.0));
        return detail.Count > 0 && (Topic.CountShared(detail) >= needed || NamesIn(about).Any(name => Topic.Contains(TopicWords.Stem(name))));
    }

    private static IEnumerable<string> NamesIn(string about) =>
        Text.Words.Of(about).Skip(1).Where(w => w.Lower.Length >= 3 && !StopWords.Contains(w.Lower) && (char.IsUpper(about[w.Span.Start]) || w.Lower.Any(char.IsDigit))).Select(w => w.Lower);

    /// <param name="text">Normalised text (line breaks are '\n'), as <see cref="CandorEngine"/> passes it.</param>
    public static Draft Parse(string text, CoachOptions? options = null)
    {
        options ??= CoachOptions.None;
        var lines = text.Split('\n');
        var context = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var first = 0;
        for (; first < lines.Length; first++)
        {
            if (lines[first].Trim().Length == 0)
            {
                continue;
            }

            if (ContextLine().Match(lines[first]) is not { Success: true } line)
            {
                break;
            }

            context[line.Groups["key"].Value] = line.Groups["value"].Value.Trim();
        }

        var body = string.Join('\n', lines[first..]).Trim();
        var subject = context.GetValueOrDefault("subject");
        var format = options.Format ?? DraftFormats.Parse(context.GetValueOrDefault("format")) ?? (subject is null ? DraftFormat.Message : DraftFormat.Inmail);
        return new Draft(body, options.To ?? Recipient.Parse(context.GetValueOrDefault("to")), options.About ?? context.GetValueOrDefault("about"),
            format, subject, options.Limits ?? OutreachLimits.Default);
    }

    // Something that belongs to the recipient or that they did: their post, talk, docs, a launch, a move, a hire.
    [GeneratedRegex(@"(?<!\b(book|schedule|get|claim|try|start|grab|request|boost|grow|improve|optimi[sz]e|scale|transform|automate)[ \t])\b(your|you(r)? (team|company)'?s?) (?!(next|upcoming|future|free)\b)([\w-]+ ){0,2}?(post|article|blog|talk|keynote|presentation|webinar|workshop|podcast|episode|interview|paper|thesis|book|newsletter|thread|comment|launch|release|docs|documentation|api|repo|library|course|research|study|write-?up|piece|answer|question|demo|video|session|panel|move|promotion|funding|round|raise|open role|job post(ing)?|opening|migration)s?\b|\b(you|you've|you have|you're|you are) (recently |just )?(wrote|posted|shared|said|mentioned|spoke|presented|launched|shipped|built|published|raised|joined|led|moved|asked|answered|described|hiring|opening|opened)\b|\bcongrat(s|ulations)\b|\b(saw|read|heard|watched|listened to|loved|enjoyed|noticed) (that )?(your|you)\b|\bthe move to\b|\bj'ai (vu|lu) (que|votre|ton|ta)\b|\bich habe (gesehen|gelesen)|\b(dein|deine|deinen|ihr|ihre|ihren) (beitrag|vortrag|artikel|post|talk|buch|podcast|studie)|\b(votre|ton|ta) (article|billet|publication|post|conférence|intervention|livre|podcast)|\b(tu|su) (artículo|publicación|post|charla|libro|podcast)|\b(vi|leí) (que|tu|su)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerPattern();

    // What leads from a trigger to its topic in the same sentence: "loved your recent post about {{topic}}".
    [GeneratedRegex(@"\G[^.!?\n]{0,40}?\b(about|on|regarding|über|sur|sobre)[ \t]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicPreposition();

    // "Felix, saw you're hiring" and "Thanks Sanjay, …" at the start; "…went smoothly, Tomás." at a sentence end.
    [GeneratedRegex(@"\A\s*((thanks|thank you|danke|merci|gracias)[ \t]+)?(?!(thanks|thank|hi|hello|hey|yes|no|sure|okay|ok|great|sorry|well|so|also|and|but|dear|please|congrats|congratulations|quick|sounds|interesting|cheers|hallo|bonjour|hola|danke|merci|gracias|today|yesterday|however|first|last|again|still|now|then|meanwhile|anyway|btw)\b|\p{L}+ly\b)(?<name>(?-i:\p{Lu})[\p{L}'’-]+),|(?<!\b(in|at|from|near|to|of|and)[ \t]+(?-i:\p{Lu})[\p{L}'’-]*),[ \t]+(?!(thanks|team|everyone|all)\b)(?<name>(?-i:\p{Lu})[\p{L}'’-]+)[.!?](\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vocative();

    [GeneratedRegex(@"^\s*(?<key>" + MessageWords.ContextKeys + @")\s*:(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContextLine();

    // "Hi Aisha," "Dear Dr. Rahman" "Hallo Jonas" — not "Hi there", "Dear Sir", "Hello team".
    // Blanks are [ \t], not \s: with Multiline, \s at each line start re-scanned runs of blank lines (quadratic).
    [GeneratedRegex(@"^[ \t]*(" + MessageWords.Greetings + @")[ \t]+(?<title>((dr|mr|mrs|ms|prof|frau|herr|madame|monsieur|señor|señora|sr|sra)\.?[ \t]+){0,2})(?!(there|all|team|everyone|sir|madam|friend|folks|hiring|recruiter|damen|herren|kollegen|mesdames|messieurs|señores|equipo)\b)(?<name>(?-i:\p{Lu})[\p{L}'’-]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamedGreeting();
}
