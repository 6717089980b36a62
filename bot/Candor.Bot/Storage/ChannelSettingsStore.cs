using Candor.Bot.Conversation;

namespace Candor.Bot.Storage;

/// <summary>What a channel's members chose for it. Failures are <see cref="StorageException"/>s.</summary>
internal interface IChannelSettingsStore
{
    /// <summary>Whether Candor reads every message in the channel (off until a member turns it on).</summary>
    Task<bool> IsListeningAsync(ConversationKey channel, CancellationToken cancel);

    Task SetListeningAsync(ConversationKey channel, bool listening, CancellationToken cancel);

    /// <summary>Drops everything the channel chose (the forget command).</summary>
    Task ForgetAsync(ConversationKey channel, CancellationToken cancel);
}

internal sealed class SqlChannelSettingsStore(Database database, TimeProvider clock) : IChannelSettingsStore
{
    public async Task<bool> IsListeningAsync(ConversationKey channel, CancellationToken cancel)
    {
        const string Select = "SELECT listening FROM channel_settings WHERE channel = @Channel AND conversation_id = @Id";
        var listening = await database.QuerySingleOrDefaultAsync<int?>(Select, new { channel.Channel, channel.Id }, cancel);
        return listening == 1;
    }

    public async Task SetListeningAsync(ConversationKey channel, bool listening, CancellationToken cancel)
    {
        const string Upsert = """
            INSERT INTO channel_settings (channel, conversation_id, listening, updated_ms) VALUES (@Channel, @Id, @Listening, @Now)
            ON CONFLICT (channel, conversation_id) DO UPDATE SET listening = excluded.listening, updated_ms = excluded.updated_ms
            """;
        var values = new { channel.Channel, channel.Id, Listening = listening ? 1 : 0, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        await database.ExecuteAsync(Upsert, values, cancel);
    }

    public async Task ForgetAsync(ConversationKey channel, CancellationToken cancel)
    {
        const string Delete = "DELETE FROM channel_settings WHERE channel = @Channel AND conversation_id = @Id";
        await database.ExecuteAsync(Delete, new { channel.Channel, channel.Id }, cancel);
    }
}
