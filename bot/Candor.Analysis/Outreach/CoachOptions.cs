namespace Candor.Analysis.Outreach;

/// <summary>What kind of message a draft is; each has its own length limit and its own rewrite shape.</summary>
public enum DraftFormat
{
    /// <summary>A direct message to a connection, or a follow-up.</summary>
    Message,

    /// <summary>The note on a connection request (300 characters).</summary>
    Note,

    /// <summary>An InMail to someone outside the network.</summary>
    Inmail,

    /// <summary>An answer to someone who wrote first.</summary>
    Reply,
}

/// <summary>The formats by the names people type.</summary>
public static class DraftFormats
{
    /// <summary>"note", "inmail", "message" or "reply"; null for anything else.</summary>
    public static DraftFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "note" or "connection" or "connection note" => DraftFormat.Note,
        "inmail" => DraftFormat.Inmail,
        "message" or "dm" or "follow-up" or "followup" => DraftFormat.Message,
        "reply" => DraftFormat.Reply,
        _ => null,
    };

}

/// <summary>Length and readability limits per format (configuration <c>Outreach:*</c>; LinkedIn's own limits by default).</summary>
public sealed record OutreachLimits
{
    public int NoteChars { get; init; } = 300;

    public int InmailSubjectChars { get; init; } = 200;

    public int InmailBodyChars { get; init; } = 1900;

    /// <summary>First messages past this many words are read less and answered less (best under about 100).</summary>
    public int MessageWords { get; init; } = 120;

    public int ReplyWords { get; init; } = 100;

    /// <summary>A sentence longer than this is hard to follow in a chat window.</summary>
    public int SentenceWords { get; init; } = 35;

    /// <summary>Flesch–Kincaid grade above which a message reads like a report.</summary>
    public double GradeLevel { get; init; } = 14;

    public static OutreachLimits Default { get; } = new();

    /// <summary>What is wrong with these limits, named by their configuration keys; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (key, value) in new (string, double)[]
        {
            (nameof(NoteChars), NoteChars), (nameof(InmailSubjectChars), InmailSubjectChars), (nameof(InmailBodyChars), InmailBodyChars),
            (nameof(MessageWords), MessageWords), (nameof(ReplyWords), ReplyWords), (nameof(SentenceWords), SentenceWords), (nameof(GradeLevel), GradeLevel),
        })
        {
            if (value <= 0)
            {
                problems.Add($"Outreach:{key} must be above 0, not {value}.");
            }
        }

        return problems;
    }
}

/// <summary>Who a draft is for, from <c>--to "Aisha Rahman, Head of Growth at Fourth Coffee"</c> or a <c>To:</c> line.</summary>
public sealed record Recipient(string Name, string? Role, string? Company)
{
    /// <summary>The first name, past any title ("Dr. Annika Wolff" is Annika).</summary>
    public string FirstName => Parts.SkipWhile(IsTitle).FirstOrDefault() ?? Name;

    /// <summary>How to greet them: the first name, or title and surname when that is all there is ("Frau Müller", "Dr. Rahman").</summary>
    public string Salutation => Parts.Length == 2 && IsTitle(Parts[0]) ? $"{Parts[0]} {Parts[1]}" : FirstName;

    private string[] Parts => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsTitle(string word) => word.TrimEnd('.').ToLowerInvariant() is "dr" or "prof" or "mr" or "mrs" or "ms" or "mx" or "frau" or "herr" or "mme" or "m" or "sr" or "sra" or "ing";

    /// <summary>"Name, Role at Company", "Name, Role", "Name at Company" or just "Name"; null when empty.</summary>
    public static Recipient? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        var (name, rest) = comma < 0 ? (trimmed, null) : (trimmed[..comma].Trim(), trimmed[(comma + 1)..].Trim());
        if (!name.Any(char.IsLetter))
        {
            // ", Head of Growth at Contoso": a role with no one in it.
            return null;
        }

        if (rest is null && AtCompany(name) is var (person, firm) && firm is not null)
        {
            return new Recipient(person, null, firm);
        }

        if (string.IsNullOrEmpty(rest))
        {
            return new Recipient(name, null, null);
        }

        var (role, company) = AtCompany(rest);
        return new Recipient(name, role.Length == 0 ? null : role, company);
    }

    private static (string Before, string? Company) AtCompany(string text)
    {
        var at = text.LastIndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? (text, null) : (text[..at].Trim(), text[(at + 4)..].Trim());
    }
}

/// <summary>What the user said about the draft besides its text. Options win over <c>To:</c>/<c>About:</c> lines in the paste.</summary>
/// <param name="About">One real detail about the recipient or their work, used as the rewrite's hook.</param>
/// <param name="Format">The kind of message; when null it is read from a <c>Format:</c> or <c>Subject:</c> line, else a message.</param>
public sealed record CoachOptions(Recipient? To = null, string? About = null, DraftFormat? Format = null, OutreachLimits? Limits = null)
{
    public static CoachOptions None { get; } = new();
}
