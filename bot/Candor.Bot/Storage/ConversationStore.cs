using Candor.Bot.Conversation;

namespace Candor.Bot.Storage;

/// <summary>Conversation references, kept across restarts and shared by every instance. Failures are <see cref="StorageException"/>s.</summary>
internal interface IConversationStore
{
    /// <summary>Adds the reference or refreshes the stored one (a conversation's service URL can move).</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancel);

    Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancel);

    /// <returns>False when nothing was stored for the key.</returns>
    Task<bool> ForgetAsync(ConversationKey key, CancellationToken cancel);

    /// <summary>Forgets every conversation of a team (Candor was removed from it, or it was deleted).</summary>
    /// <returns>How many were forgotten.</returns>
    Task<int> ForgetTeamAsync(string channel, string teamId, CancellationToken cancel);
}

internal sealed class SqlConversationStore(Database database) : IConversationStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancel)
    {
        // A later sighting without a tenant or title (some activities omit them) keeps what an earlier one told.
        const string Upsert = """
            INSERT INTO conversations (channel, conversation_id, kind, service_url, tenant_id, team_id, bot_id, bot_name, title, seen_ms)
            VALUES (@Channel, @Id, @Kind, @ServiceUrl, @TenantId, @TeamId, @BotId, @BotName, @Title, @SeenMs)
            ON CONFLICT (channel, conversation_id) DO UPDATE SET
                kind = excluded.kind,
                service_url = COALESCE(excluded.service_url, conversations.service_url),
                tenant_id = COALESCE(excluded.tenant_id, conversations.tenant_id),
                team_id = COALESCE(excluded.team_id, conversations.team_id),
                bot_id = COALESCE(excluded.bot_id, conversations.bot_id),
                bot_name = COALESCE(excluded.bot_name, conversations.bot_name),
                title = COALESCE(excluded.title, conversations.title),
                seen_ms = excluded.seen_ms
            """;
        await database.ExecuteAsync(Upsert, Row.Of(reference), cancel);
    }

    public async Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancel)
    {
        const string Select = """
            SELECT channel AS Channel, conversation_id AS Id, kind AS Kind, service_url AS ServiceUrl, tenant_id AS TenantId, team_id AS TeamId,
                   bot_id AS BotId, bot_name AS BotName, title AS Title, seen_ms AS SeenMs
            FROM conversations WHERE channel = @Channel AND conversation_id = @Id
            """;
        var row = await database.QuerySingleOrDefaultAsync<Row>(Select, new { key.Channel, key.Id }, cancel);
        return row?.Reference;
    }

    public async Task<bool> ForgetAsync(ConversationKey key, CancellationToken cancel)
    {
        const string Delete = "DELETE FROM conversations WHERE channel = @Channel AND conversation_id = @Id";
        return await database.ExecuteAsync(Delete, new { key.Channel, key.Id }, cancel) > 0;
    }

    public async Task<int> ForgetTeamAsync(string channel, string teamId, CancellationToken cancel)
    {
        const string Delete = "DELETE FROM conversations WHERE channel = @Channel AND team_id = @TeamId";
        return await database.ExecuteAsync(Delete, new { Channel = channel, TeamId = teamId }, cancel);
    }

    // The table's shape, flat, as Dapper reads and writes it.
    private sealed record Row(string Channel, string Id, string Kind, string? ServiceUrl, string? TenantId, string? TeamId, string? BotId, string? BotName, string? Title, long SeenMs)
    {
        public ConversationReference Reference =>
            new(new ConversationKey(Channel, Id), Kind, ServiceUrl, TenantId, TeamId, BotId, BotName, Title, DateTimeOffset.FromUnixTimeMilliseconds(SeenMs));

        public static Row Of(ConversationReference r) =>
            new(r.Key.Channel, r.Key.Id, r.Kind, r.ServiceUrl, r.TenantId, r.TeamId, r.BotId, r.BotName, r.Title, r.Seen.ToUnixTimeMilliseconds());
    }
}
