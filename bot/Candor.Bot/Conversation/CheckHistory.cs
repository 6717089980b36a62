using System.Security.Cryptography;
using System.Text;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;
using Candor.Analysis.Threads;
using Candor.Bot.Storage;
using Candor.Cards.Json;

namespace Candor.Bot.Conversation;

/// <summary>
/// Keeps what a conversation checked, for its digests and for finding accounts that keep commenting together:
/// verdicts, signal and issue ids, and for a thread its commenters (name, headline, when, verdict), with the
/// words only of generic comments, clipped. Never a draft, never a specific comment's text. Keeping never throws
/// and never waits long: a database in trouble costs the record, not the answer.
/// </summary>
internal sealed partial class CheckHistory(IHistoryStore store, TimeProvider clock, ILogger<CheckHistory> logger)
{
    private const int ExcerptChars = 140;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <param name="workId">
    /// The accepted work this check answers, when there is one: its check is kept once however often the work is
    /// answered (again after a stop, or when its answer was not taken).
    /// </param>
    public async Task RecordAsync(ConversationKey conversation, Report report, string input, string? workId, CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        var id = workId is null ? RandomNumberGenerator.GetBytes(8) : SHA256.HashData(Encoding.UTF8.GetBytes(workId))[..8];
        var check = new CheckRecord(
            Convert.ToHexStringLower(id), conversation, now, ReportJson.Name(report.Kind), ReportJson.Name(report.Verdict), report.Score,
            ThreadKey(report, input), [.. report.Signals.Select(s => s.Id).Distinct()], [.. report.Issues.Select(i => i.Id).Distinct()],
            report.Kind == ReportKind.Thread ? [.. report.Comments.Select(c => Commenter(c, now))] : []);
        try
        {
            await store.RecordAsync(check, cancel).WaitAsync(Patience, cancel);
        }
        catch (Exception failed) when (failed is StorageException or TimeoutException)
        {
            LogNotRecorded(conversation.Channel, conversation.Id, failed.Message);
        }
    }

    private static CommenterRecord Commenter(CommentReport comment, DateTimeOffset now) => new(
        comment.Author ?? "(no name)",
        comment.Headline,
        Written(comment.Age, now),
        ReportJson.Name(comment.Verdict),
        comment.Verdict is Verdict.LowEffort or Verdict.Automated or Verdict.Spam ? Excerpt.Cut(comment.Text, ExcerptChars) : null);

    // The post's own id when the paste linked it (two checks of one post are one thread), else the paste's hash.
    private static string ThreadKey(Report report, string input) =>
        report.Links.FirstOrDefault(l => l.ActivityId is not null)?.ActivityId
        ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..16];

    // "PT14M", "P1W": how long ago the page said it was written. Months and years are too coarse to place it.
    private static DateTimeOffset? Written(string? age, DateTimeOffset now) =>
        RelativeAge.TryParse(age, out var read) && read.Unit <= AgeUnit.Week ? now - read.Approximate : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep a check of {Channel} conversation {Conversation} in its history: {Reason}")]
    private partial void LogNotRecorded(string channel, string conversation, string reason);
}
