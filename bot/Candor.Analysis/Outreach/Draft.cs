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
        About = string.IsNullOrWhiteSpace(about) || about.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? null : about.Trim();
        Format = format;
        Subject = subject;
        Limits = limits;
        Words = Text.Words.Of(body);
        Sentences = SentencesOf(body);
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

    /// <summary>The name the draft greets, or null ("Hi there", "Dear Sir" greet nobody).</summary>
    public string? GreetedName => NamedGreeting().Match(Body) is { Success: true } m ? m.Groups["name"].Value : null;

    /// <summary>The recipient's first name, from the context or the greeting.</summary>
    public string? FirstName => To?.FirstName ?? GreetedName;

    /// <summary>The draft's topic words, to tell whether it uses what is known about the recipient.</summary>
    public TopicWords Topic => topic ??= TopicWords.Of(Body, Words);

    private TopicWords? topic;

    public string SentenceText(TextSpan sentence) => sentence.Of(Body);

    public static Draft Parse(string text, CoachOptions? options = null)
    {
        options ??= CoachOptions.None;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
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

    /// <summary>Sentences: runs ending at . ! ? before a space, or at a line break (greetings and sign-offs are lines of their own).</summary>
    internal static List<TextSpan> SentencesOf(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                AddTrimmed(text, start, i, sentences);
                start = i + 1;
            }
            else if (text[i] is '.' or '!' or '?' or '。' or '！' or '？' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                AddTrimmed(text, start, i + 1, sentences);
                start = i + 1;
            }
        }

        AddTrimmed(text, start, text.Length, sentences);
        return sentences;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }

    [GeneratedRegex(@"^\s*(?<key>to|about|subject|format)\s*:(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContextLine();

    // "Hi Aisha," "Dear Dr. Rahman" "Hallo Jonas" — not "Hi there", "Dear Sir", "Hello team".
    [GeneratedRegex(@"^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|bonjour|salut|hallo|liebe[r]?|guten tag|hola|buenos días|buenas|olá|oi|ciao|estimad[oa])\s+((dr|mr|mrs|ms|prof)\.?\s+)?(?!there\b|all\b|team\b|everyone\b|sir\b|madam\b|friend\b|folks\b|hiring\b|recruiter\b)(?<name>(?-i:\p{Lu})[\p{L}'’-]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamedGreeting();
}
