using Candor.Analysis.Text;
using Candor.Bot.Conversation;
using Dapper;

namespace Candor.Bot.Storage;

/// <summary>How far one digest firing got. See migration 004 for what each state allows.</summary>
internal enum DigestState
{
    /// <summary>Claimed; nothing has left the process yet.</summary>
    Composing,

    /// <summary>The post was handed to the channel; whether it arrived is not known until <see cref="Sent"/>.</summary>
    Sending,

    Sent,

    /// <summary>Not posted (the channel refused or could not be reached); a retry may send it.</summary>
    Failed,

    /// <summary>Nothing to send (nothing was checked), or nowhere to send it.</summary>
    Skipped,
}

/// <summary>One digest firing: the job and the time it was scheduled for.</summary>
internal sealed record DigestFiring(string JobKey, DateTimeOffset ScheduledFor, ConversationKey Conversation);

/// <summary>
/// What claiming a firing found: a <see cref="Token"/> when this run now holds it, else the state another left it in.
/// Only the holder of the latest token can move the firing on, so of two runs that took it over one after the other,
/// the first finds its marks refused.
/// </summary>
internal sealed record DigestClaim(long? Token, DigestState? Found);

/// <summary>
/// Claims on digest firings, shared by every instance, so a firing is posted at most once even when Quartz runs
/// it again after its node died. Failures are <see cref="StorageException"/>s.
/// </summary>
internal interface IDigestDeliveryStore
{
    /// <summary>
    /// Claims the firing for composing. This run holds it when it was new, or had failed (a retry), or was left
    /// composing by a run whose node died and <paramref name="recovering"/> says this run is Quartz's recovery of it.
    /// Otherwise nothing is changed and the state it was found in comes back.
    /// </summary>
    Task<DigestClaim> ClaimAsync(DigestFiring firing, bool recovering, CancellationToken cancel);

    /// <summary>Moves the firing on, if <paramref name="token"/> still holds it.</summary>
    /// <returns>False when another run has taken it over since.</returns>
    Task<bool> MarkAsync(DigestFiring firing, long token, DigestState state, string? messageId, string? reason, CancellationToken cancel);

    /// <summary>Deletes a conversation's claims (the forget command).</summary>
    Task ForgetAsync(ConversationKey conversation, CancellationToken cancel);

    /// <summary>Deletes claims last changed before <paramref name="before"/>.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancel);
}

internal sealed class SqlDigestDeliveryStore(Database database, TimeProvider clock) : IDigestDeliveryStore
{
    public Task<DigestClaim> ClaimAsync(DigestFiring firing, bool recovering, CancellationToken cancel) => database.RunAsync(async connection =>
    {
        const string Claim = """
            INSERT INTO digest_deliveries (job_key, fire_ms, channel, conversation_id, state, claims, updated_ms)
            VALUES (@JobKey, @FireMs, @Channel, @Id, 'composing', 1, @Now)
            ON CONFLICT (job_key, fire_ms) DO NOTHING
            """;
        const string Found = "SELECT state AS State, claims AS Claims FROM digest_deliveries WHERE job_key = @JobKey AND fire_ms = @FireMs";
        // Conditional on the claim count read, so of two runs taking the same firing over at once, one wins.
        const string TakeOver = """
            UPDATE digest_deliveries SET state = 'composing', claims = claims + 1, updated_ms = @Now
            WHERE job_key = @JobKey AND fire_ms = @FireMs AND claims = @Claims
            """;
        var values = new
        {
            firing.JobKey, FireMs = firing.ScheduledFor.ToUnixTimeMilliseconds(), firing.Conversation.Channel, firing.Conversation.Id,
            Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        if (await connection.ExecuteAsync(new CommandDefinition(Claim, values, cancellationToken: cancel)) == 1)
        {
            return new DigestClaim(1, null);
        }

        var found = await connection.QuerySingleAsync<ClaimRow>(new CommandDefinition(Found, values, cancellationToken: cancel));
        var state = Parse(found.State);
        var mayTakeOver = state == DigestState.Failed || (state == DigestState.Composing && recovering);
        return mayTakeOver && await connection.ExecuteAsync(new CommandDefinition(TakeOver, new { values.JobKey, values.FireMs, values.Now, found.Claims }, cancellationToken: cancel)) == 1
            ? new DigestClaim(found.Claims + 1, null)
            : new DigestClaim(null, state);
    }, cancel);

    public async Task<bool> MarkAsync(DigestFiring firing, long token, DigestState state, string? messageId, string? reason, CancellationToken cancel)
    {
        const string Mark = """
            UPDATE digest_deliveries SET state = @State, updated_ms = @Now, message_id = @MessageId, reason = @Reason
            WHERE job_key = @JobKey AND fire_ms = @FireMs AND claims = @Token
            """;
        return await database.ExecuteAsync(Mark, new
        {
            firing.JobKey, FireMs = firing.ScheduledFor.ToUnixTimeMilliseconds(), Token = token, State = Name(state), Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            MessageId = messageId, Reason = reason is null ? null : Excerpt.Clip(reason, 500),
        }, cancel) == 1;
    }

    public Task ForgetAsync(ConversationKey conversation, CancellationToken cancel) =>
        database.ExecuteAsync("DELETE FROM digest_deliveries WHERE channel = @Channel AND conversation_id = @Id", new { conversation.Channel, conversation.Id }, cancel);

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancel) =>
        database.ExecuteAsync("DELETE FROM digest_deliveries WHERE updated_ms < @Before", new { Before = before.ToUnixTimeMilliseconds() }, cancel);

    // Settable properties: SQLite hands the INTEGER over as long, PostgreSQL as int, and Dapper converts only into properties.
    private sealed class ClaimRow
    {
        public string State { get; init; } = string.Empty;

        public long Claims { get; init; }
    }

    private static string Name(DigestState state) => state.ToString().ToLowerInvariant();

    private static DigestState Parse(string state) => Enum.Parse<DigestState>(state, ignoreCase: true);
}
