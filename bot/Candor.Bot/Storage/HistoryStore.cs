using System.Data.Common;
using Candor.Bot.Conversation;
using Dapper;

namespace Candor.Bot.Storage;

/// <summary>One check a conversation made, as kept: verdicts and ids, never the paste.</summary>
/// <param name="ThreadKey">The post's activity id when the paste named it, else a hash of the paste: the same post checked twice is one thread.</param>
internal sealed record CheckRecord(
    string Id, ConversationKey Conversation, DateTimeOffset At, string Kind, string Verdict, int Score, string ThreadKey,
    IReadOnlyList<string> SignalIds, IReadOnlyList<string> IssueIds, IReadOnlyList<CommenterRecord> Comments);

/// <param name="Excerpt">What they wrote, clipped, only when it was generic; null otherwise.</param>
internal sealed record CommenterRecord(string Author, string? Headline, DateTimeOffset? WrittenAt, string Verdict, string? Excerpt);

/// <summary>Conversations' check history. Failures are <see cref="StorageException"/>s.</summary>
internal interface IHistoryStore
{
    Task RecordAsync(CheckRecord check, CancellationToken cancel);

    /// <summary>A conversation's checks from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    Task<IReadOnlyList<CheckRecord>> ReadAsync(ConversationKey conversation, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel);

    /// <summary>Deletes every check of a conversation, with its commenters (the forget command).</summary>
    /// <returns>How many checks were deleted.</returns>
    Task<int> ForgetAsync(ConversationKey conversation, CancellationToken cancel);

    /// <summary>Deletes every check made before <paramref name="before"/>, with its commenters.</summary>
    /// <returns>How many checks were deleted.</returns>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancel);
}

internal sealed class SqlHistoryStore(Database database, GroupCommit writes) : IHistoryStore
{
    // Every answered check is recorded, so the check and its commenters go through the group commit: atomic, in
    // whatever transaction the waiting writes share. A check recorded again (its work answered again) changes nothing.
    public Task RecordAsync(CheckRecord check, CancellationToken cancel) => writes.WriteAsync(async (connection, transaction) =>
    {
        const string Check = """
            INSERT INTO checks (check_id, channel, conversation_id, checked_ms, kind, verdict, score, thread_key, signal_ids, issue_ids)
            VALUES (@Id, @Channel, @ConversationId, @CheckedMs, @Kind, @Verdict, @Score, @ThreadKey, @SignalIds, @IssueIds)
            ON CONFLICT DO NOTHING
            """;
        const string Comment = """
            INSERT INTO check_comments (check_id, position, author, headline, written_ms, verdict, excerpt)
            VALUES (@CheckId, @Position, @Author, @Headline, @WrittenMs, @Verdict, @Excerpt)
            ON CONFLICT DO NOTHING
            """;
        var rows = await connection.ExecuteAsync(new CommandDefinition(Check, new
        {
            check.Id, check.Conversation.Channel, ConversationId = check.Conversation.Id, CheckedMs = check.At.ToUnixTimeMilliseconds(), check.Kind,
            check.Verdict, check.Score, check.ThreadKey, SignalIds = string.Join(' ', check.SignalIds), IssueIds = string.Join(' ', check.IssueIds),
        }, transaction));
        var comments = check.Comments.Select((c, position) => new
        {
            CheckId = check.Id, Position = position, c.Author, c.Headline, WrittenMs = c.WrittenAt?.ToUnixTimeMilliseconds(), c.Verdict, c.Excerpt,
        });
        return rows + await connection.ExecuteAsync(new CommandDefinition(Comment, comments, transaction));
    }, cancel);

    public async Task<IReadOnlyList<CheckRecord>> ReadAsync(ConversationKey conversation, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel)
    {
        const string Checks = """
            SELECT check_id AS Id, checked_ms AS CheckedMs, kind AS Kind, verdict AS Verdict, score AS Score, thread_key AS ThreadKey,
                   signal_ids AS SignalIds, issue_ids AS IssueIds
            FROM checks WHERE channel = @Channel AND conversation_id = @Id AND checked_ms >= @From AND checked_ms < @To
            ORDER BY checked_ms, check_id
            """;
        const string Comments = """
            SELECT c.check_id AS CheckId, c.author AS Author, c.headline AS Headline, c.written_ms AS WrittenMs, c.verdict AS Verdict, c.excerpt AS Excerpt
            FROM check_comments c JOIN checks k ON k.check_id = c.check_id
            WHERE k.channel = @Channel AND k.conversation_id = @Id AND k.checked_ms >= @From AND k.checked_ms < @To
            ORDER BY c.check_id, c.position
            """;
        var range = new { conversation.Channel, conversation.Id, From = from.ToUnixTimeMilliseconds(), To = to.ToUnixTimeMilliseconds() };
        return await database.RunAsync(async connection =>
        {
            var checks = await connection.QueryAsync<CheckRow>(new CommandDefinition(Checks, range, cancellationToken: cancel));
            var commenters = (await connection.QueryAsync<CommentRow>(new CommandDefinition(Comments, range, cancellationToken: cancel)))
                .ToLookup(c => c.CheckId, c => c.Record);
            return (IReadOnlyList<CheckRecord>)[.. checks.Select(row => row.Record(conversation, [.. commenters[row.Id]]))];
        }, cancel);
    }

    public Task<int> ForgetAsync(ConversationKey conversation, CancellationToken cancel) =>
        DeleteAsync("channel = @Channel AND conversation_id = @Id", new { conversation.Channel, conversation.Id }, cancel);

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancel) =>
        DeleteAsync("checked_ms < @Before", new { Before = before.ToUnixTimeMilliseconds() }, cancel);

    // The checks matching a condition and their commenters, in one transaction.
    private Task<int> DeleteAsync(string which, object values, CancellationToken cancel) => database.RunAsync(async connection =>
    {
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM check_comments WHERE check_id IN (SELECT check_id FROM checks WHERE {which})", values, transaction, cancellationToken: cancel));
        var deleted = await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM checks WHERE {which}", values, transaction, cancellationToken: cancel));
        await transaction.CommitAsync(cancel);
        return deleted;
    }, cancel);

    // The tables' shapes, flat, as Dapper reads them. Settable properties rather than a constructor: SQLite hands an
    // INTEGER column over as long and PostgreSQL as int, and Dapper converts only into properties.
    private sealed class CheckRow
    {
        public string Id { get; init; } = string.Empty;

        public long CheckedMs { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string Verdict { get; init; } = string.Empty;

        public int Score { get; init; }

        public string ThreadKey { get; init; } = string.Empty;

        public string SignalIds { get; init; } = string.Empty;

        public string IssueIds { get; init; } = string.Empty;

        public CheckRecord Record(ConversationKey conversation, IReadOnlyList<CommenterRecord> comments) =>
            new(Id, conversation, DateTimeOffset.FromUnixTimeMilliseconds(CheckedMs), Kind, Verdict, Score, ThreadKey, Ids(SignalIds), Ids(IssueIds), comments);

        private static string[] Ids(string ids) => ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed record CommentRow(string CheckId, string Author, string? Headline, long? WrittenMs, string Verdict, string? Excerpt)
    {
        public CommenterRecord Record => new(Author, Headline, WrittenMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null, Verdict, Excerpt);
    }
}
