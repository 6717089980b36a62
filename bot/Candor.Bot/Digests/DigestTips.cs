namespace Candor.Bot.Digests;

/// <summary>What a digest's period showed, as far as choosing its tip goes.</summary>
/// <param name="TopIssueId">The outreach issue that came up most, if any did.</param>
/// <param name="MostlyGeneric">More than half the comments judged were low effort or automated.</param>
internal sealed record DigestSigns(int Checked, bool PodSuspects, string? TopIssueId, bool MostlyGeneric);

/// <summary>
/// One tip per digest, about the most pressing thing the period showed: pods first (they distort everything else
/// the channel reads), then the outreach mistake made most, then generic comments, then how to start; a quiet
/// period gets a general tip, a different one each period.
/// </summary>
internal static class DigestTips
{
    public const string Pods =
        "Accounts that keep arriving together make each other's posts look popular, so judge those posts by what their comments say, not by how many there are.";

    public const string MostlyGeneric =
        "Most of the comments you checked were generic, so a like is answer enough; save your replies for people who made a specific point.";

    public const string Start =
        "Mention Candor here with a LinkedIn comment thread copied with its names and times, a post link or an outreach draft, and it will be judged and counted in the next digest.";

    /// <summary>A tip for each outreach issue the engine can raise, by its id.</summary>
    public static IReadOnlyDictionary<string, string> ForIssue { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["unfilled_placeholder"] = "Read each draft once as its recipient before sending: a leftover placeholder shows the message went to hundreds of people.",
        ["no_personalization"] = "Before writing, find one thing the person said or did recently and open with it.",
        ["generic_opener"] = "Drop the stock opening line and start with why you are writing to this person in particular.",
        ["no_reason"] = "Say in one line why you are writing to this person now, such as a post of theirs or a change at their company.",
        ["no_value"] = "Give before you ask: a result from your own work or an answer to a question they raised makes a stranger want to reply.",
        ["pushy_ask"] = "Swap the meeting request for one short question the person can answer in a line; the meeting can come after the reply.",
        ["self_focused"] = "Count the sentences about you and the sentences about them, and rewrite until theirs are the majority.",
        ["too_long"] = "Cut first messages down to the name, one real detail and one question; short messages get the most replies.",
        ["hard_to_read"] = "Split long sentences and spell out acronyms; a message that takes effort to read is usually not read to the end.",
        ["buzzwords"] = "Replace each buzzword with the plain thing you do, in the words a customer would use.",
        ["link_in_first_message"] = "Leave links and attachments out of a first message and offer to send them once the person has replied.",
        ["spammy"] = "Take out the urgency and the hype; people and spam filters both stop reading at \"limited time\" and \"guaranteed\".",
        ["low_effort_reply"] = "When you answer a message, pick up something specific the person wrote or ask one real question, so the conversation goes on.",
    };

    /// <summary>Shown in turn when the period gave nothing more pressing to say.</summary>
    public static IReadOnlyList<string> General { get; } =
    [
        "Reply to the commenters who made a specific point: one real conversation under a post is worth more than a hundred likes.",
        "Paste threads with the commenters' names and times, so Candor can tell when the same accounts keep arriving together.",
        "Check an outreach draft here before you send it; every issue quotes the phrase to change.",
        "Never move to WhatsApp or Telegram because a stranger's comment asks you to; that is how many LinkedIn scams begin.",
        "A post with hundreds of comments and no replies between the commenters is rarely a real discussion; read a few before you are impressed.",
    ];

    public static string Choose(DigestSigns signs, DigestPeriod period)
    {
        if (signs.PodSuspects)
        {
            return Pods;
        }

        if (signs.TopIssueId is { } issue && ForIssue.TryGetValue(issue, out var forIssue))
        {
            return forIssue;
        }

        return signs.MostlyGeneric ? MostlyGeneric
            : signs.Checked == 0 ? Start
            : General[Turn(period)];
    }

    // Counting periods of this length from 1 Jan 0001 (a Monday) gives consecutive digests consecutive tips.
    private static int Turn(DigestPeriod period) => period.FirstDay.DayNumber / (period.Days ?? 1) % General.Count;
}
