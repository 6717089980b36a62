using System.Security.Cryptography;
using Candor.Bot.Conversation;
using Dapper;

namespace Candor.Bot.Storage;

/// <summary>One press of "This was right" or "This was wrong": on which kind of card, with which verdict. Never the text judged.</summary>
internal sealed record CardFeedback(ConversationKey Conversation, DateTimeOffset At, string CardKind, string Verdict, bool Right);

/// <summary>How many cards a conversation marked right and wrong in a period.</summary>
internal sealed record FeedbackTally(int Right, int Wrong)
{
    public static FeedbackTally None { get; } = new(0, 0);
}

/// <summary>Card feedback, counted in digests. Failures are <see cref="StorageException"/>s.</summary>
internal interface IFeedbackStore
{
    Task RecordAsync(CardFeedback feedback, CancellationToken cancel);

    /// <summary>The votes given from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    Task<FeedbackTally> TallyAsync(ConversationKey conversation, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel);

    /// <summary>Deletes a conversation's feedback (the forget command).</summary>
    Task ForgetAsync(ConversationKey conversation, CancellationToken cancel);

    /// <summary>Deletes feedback given before <paramref name="before"/>.</summary>
    /// <returns>How many votes were deleted.</returns>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancel);
}

internal sealed class SqlFeedbackStore(Database database) : IFeedbackStore
{
    public Task RecordAsync(CardFeedback feedback, CancellationToken cancel)
    {
        const string Insert = """
            INSERT INTO card_feedback (feedback_id, channel, conversation_id, given_ms, card_kind, verdict, vote)
            VALUES (@Id, @Channel, @ConversationId, @GivenMs, @CardKind, @Verdict, @Vote)
            """;
        return database.ExecuteAsync(Insert, new
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), feedback.Conversation.Channel, ConversationId = feedback.Conversation.Id,
            GivenMs = feedback.At.ToUnixTimeMilliseconds(), feedback.CardKind, feedback.Verdict, Vote = feedback.Right ? "up" : "down",
        }, cancel);
    }

    public async Task<FeedbackTally> TallyAsync(ConversationKey conversation, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel)
    {
        const string Count = """
            SELECT vote AS Vote, COUNT(*) AS Votes FROM card_feedback
            WHERE channel = @Channel AND conversation_id = @Id AND given_ms >= @From AND given_ms < @To
            GROUP BY vote
            """;
        var range = new { conversation.Channel, conversation.Id, From = from.ToUnixTimeMilliseconds(), To = to.ToUnixTimeMilliseconds() };
        var votes = await database.RunAsync(async connection =>
            (await connection.QueryAsync<VoteRow>(new CommandDefinition(Count, range, cancellationToken: cancel))).ToDictionary(v => v.Vote, v => (int)v.Votes), cancel);
        return new FeedbackTally(votes.GetValueOrDefault("up"), votes.GetValueOrDefault("down"));
    }

    public Task ForgetAsync(ConversationKey conversation, CancellationToken cancel) =>
        database.ExecuteAsync("DELETE FROM card_feedback WHERE channel = @Channel AND conversation_id = @Id", new { conversation.Channel, conversation.Id }, cancel);

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancel) =>
        database.ExecuteAsync("DELETE FROM card_feedback WHERE given_ms < @Before", new { Before = before.ToUnixTimeMilliseconds() }, cancel);

    // COUNT(*) is a long on both databases; settable properties because Dapper converts only into those.
    private sealed class VoteRow
    {
        public string Vote { get; init; } = string.Empty;

        public long Votes { get; init; }
    }
}
