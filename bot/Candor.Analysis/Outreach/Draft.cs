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
        Sentences = Text.Sentences.Of(body);
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

    [GeneratedRegex(@"^\s*(?<key>" + MessageWords.ContextKeys + @")\s*:(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContextLine();

    // "Hi Aisha," "Dear Dr. Rahman" "Hallo Jonas" — not "Hi there", "Dear Sir", "Hello team".
    // Blanks are [ \t], not \s: with Multiline, \s at each line start re-scanned runs of blank lines (quadratic).
    [GeneratedRegex(@"^[ \t]*(" + MessageWords.Greetings + @")[ \t]+((dr|mr|mrs|ms|prof)\.?[ \t]+)?(?!there\b|all\b|team\b|everyone\b|sir\b|madam\b|friend\b|folks\b|hiring\b|recruiter\b)(?<name>(?-i:\p{Lu})[\p{L}'’-]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamedGreeting();
}
