using Dapper;

namespace Candor.Bot.Storage;

/// <summary>One piece of work in the outbox, as a run holds it: its id, its channel, the work as JSON and the claim.</summary>
/// <param name="Token">The claim count when this run took it: only the latest holder can mark or finish it.</param>
/// <param name="Sending">Left in the sending state by a run that stopped: the answer may have arrived, so it is never repeated.</param>
internal sealed record OutboxWork(string Id, string Channel, string Payload, long Token, bool Sending, DateTimeOffset Accepted);

/// <summary>
/// The durable outbox (migration 005): work is kept from before its acknowledgement until its answer has gone, so
/// a run that stops mid-work leaves it for the next to answer. Failures are <see cref="StorageException"/>s.
/// </summary>
internal interface IOutboxStore
{
    /// <summary>Keeps new work, held by <paramref name="owner"/> until <paramref name="leaseUntil"/>; its token is 1.</summary>
    Task AddAsync(string id, string channel, string payload, string owner, DateTimeOffset leaseUntil, CancellationToken cancel);

    /// <summary>Marks the work as being sent, if <paramref name="token"/> still holds it.</summary>
    /// <returns>False when another run has taken it over since: this one must not send.</returns>
    Task<bool> MarkSendingAsync(string id, long token, CancellationToken cancel);

    /// <summary>
    /// Puts the work back as queued and held by no run until <paramref name="until"/>, if <paramref name="token"/>
    /// still holds it: its answer was not taken, and the next look after that answers it again.
    /// </summary>
    Task PostponeAsync(string id, long token, DateTimeOffset until, CancellationToken cancel);

    /// <summary>Deletes the work, if <paramref name="token"/> still holds it: answered, or given up (and logged).</summary>
    Task FinishAsync(string id, long token, CancellationToken cancel);

    /// <summary>
    /// Takes over up to <paramref name="most"/> pieces of work held by other runs whose lease ended before
    /// <paramref name="expiredBefore"/>, oldest first: each now held by <paramref name="owner"/> until
    /// <paramref name="leaseUntil"/>. A piece another run takes at the same moment goes to one of them.
    /// </summary>
    Task<IReadOnlyList<OutboxWork>> TakeOverAsync(string owner, DateTimeOffset expiredBefore, DateTimeOffset leaseUntil, int most, CancellationToken cancel);
}

/// <summary>The outbox in the bot's database. Its three writes come with every message, so they go through <see cref="GroupCommit"/>.</summary>
internal sealed class SqlOutboxStore(Database database, GroupCommit writes, TimeProvider clock) : IOutboxStore
{
    public Task AddAsync(string id, string channel, string payload, string owner, DateTimeOffset leaseUntil, CancellationToken cancel)
    {
        const string Add = """
            INSERT INTO outbox (work_id, channel, payload, state, owner, claims, accepted_ms, lease_ms)
            VALUES (@Id, @Channel, @Payload, 'queued', @Owner, 1, @Now, @Lease)
            """;
        return writes.WriteAsync(Add, new { Id = id, Channel = channel, Payload = payload, Owner = owner, Now = clock.GetUtcNow().ToUnixTimeMilliseconds(), Lease = leaseUntil.ToUnixTimeMilliseconds() }, cancel);
    }

    public async Task<bool> MarkSendingAsync(string id, long token, CancellationToken cancel) =>
        await writes.WriteAsync("UPDATE outbox SET state = 'sending' WHERE work_id = @Id AND claims = @Token", new { Id = id, Token = token }, cancel) == 1;

    public Task PostponeAsync(string id, long token, DateTimeOffset until, CancellationToken cancel) =>
        writes.WriteAsync(
            "UPDATE outbox SET state = 'queued', owner = '', lease_ms = @Until WHERE work_id = @Id AND claims = @Token",
            new { Id = id, Token = token, Until = until.ToUnixTimeMilliseconds() }, cancel);

    public Task FinishAsync(string id, long token, CancellationToken cancel) =>
        writes.WriteAsync("DELETE FROM outbox WHERE work_id = @Id AND claims = @Token", new { Id = id, Token = token }, cancel);

    public Task<IReadOnlyList<OutboxWork>> TakeOverAsync(string owner, DateTimeOffset expiredBefore, DateTimeOffset leaseUntil, int most, CancellationToken cancel) =>
        database.RunAsync<IReadOnlyList<OutboxWork>>(async connection =>
        {
            const string Expired = """
                SELECT work_id AS Id, channel AS Channel, payload AS Payload, state AS State, claims AS Claims, accepted_ms AS AcceptedMs
                FROM outbox WHERE lease_ms < @Before AND owner <> @Owner ORDER BY accepted_ms LIMIT @Most
                """;
            // Conditional on the claim count read, so of two runs taking the same work over at once, one wins.
            const string Take = "UPDATE outbox SET owner = @Owner, claims = claims + 1, lease_ms = @Lease WHERE work_id = @Id AND claims = @Claims";
            var expired = await connection.QueryAsync<Row>(new CommandDefinition(
                Expired, new { Before = expiredBefore.ToUnixTimeMilliseconds(), Owner = owner, Most = most }, cancellationToken: cancel));
            var taken = new List<OutboxWork>();
            foreach (var row in expired)
            {
                var values = new { Owner = owner, Lease = leaseUntil.ToUnixTimeMilliseconds(), row.Id, row.Claims };
                if (await connection.ExecuteAsync(new CommandDefinition(Take, values, cancellationToken: cancel)) == 1)
                {
                    taken.Add(new OutboxWork(row.Id, row.Channel, row.Payload, row.Claims + 1, row.State == "sending", DateTimeOffset.FromUnixTimeMilliseconds(row.AcceptedMs)));
                }
            }

            return taken;
        }, cancel);

    // Settable properties: SQLite hands the INTEGER over as long, PostgreSQL as int, and Dapper converts only into properties.
    private sealed class Row
    {
        public string Id { get; init; } = string.Empty;

        public string Channel { get; init; } = string.Empty;

        public string Payload { get; init; } = string.Empty;

        public string State { get; init; } = string.Empty;

        public long Claims { get; init; }

        public long AcceptedMs { get; init; }
    }
}
