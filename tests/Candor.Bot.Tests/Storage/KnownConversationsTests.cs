using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>How often conversation references reach the database (real SQLite, counted), and what a failing database costs.</summary>
public sealed class KnownConversationsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    private static readonly ConversationReference Chat = new(
        new ConversationKey("teams", "a:1pXq7Zr"), "personal", "https://smba.trafficmanager.net/emea/", "tenant-1", null, "28:candor", "Candor", null, Monday);

    private MigratedSqlite sqlite = null!;
    private readonly TestClock clock = new(Monday);
    private CountingStore store = null!;
    private KnownConversations known = null!;

    public async Task InitializeAsync()
    {
        sqlite = await MigratedSqlite.CreateAsync();
        store = new CountingStore(new SqlConversationStore(sqlite.Database));
        known = new KnownConversations(store, clock, NullLogger<KnownConversations>.Instance);
    }

    public async Task DisposeAsync() => await sqlite.DisposeAsync();

    [Fact]
    public async Task Remember_SameConversationWithinTheHour_IsWrittenOnce()
    {
        await known.RememberAsync(Chat, added: false, CancellationToken.None);
        await known.RememberAsync(Chat with { Seen = Monday.AddMinutes(59) }, added: false, CancellationToken.None);

        Assert.Equal(1, store.Saves);
    }

    [Fact]
    public async Task Remember_AfterAnHour_OrChanged_OrAdded_IsWrittenAgain()
    {
        await known.RememberAsync(Chat, added: false, CancellationToken.None);
        await known.RememberAsync(Chat with { Seen = Monday.AddMinutes(61) }, added: false, CancellationToken.None);
        await known.RememberAsync(Chat with { Seen = Monday.AddMinutes(62), ServiceUrl = "https://smba.trafficmanager.net/amer/" }, added: false, CancellationToken.None);
        await known.RememberAsync(Chat with { Seen = Monday.AddMinutes(63), ServiceUrl = "https://smba.trafficmanager.net/amer/" }, added: true, CancellationToken.None);

        Assert.Equal(4, store.Saves);
        Assert.Equal("https://smba.trafficmanager.net/amer/", (await known.FindAsync(Chat.Key, CancellationToken.None))!.ServiceUrl);
    }

    [Fact]
    public async Task Forget_ThenRemember_WritesAgain()
    {
        await known.RememberAsync(Chat, added: false, CancellationToken.None);
        await known.ForgetAsync(Chat.Key, CancellationToken.None);
        Assert.Null(await known.FindAsync(Chat.Key, CancellationToken.None));

        await known.RememberAsync(Chat, added: false, CancellationToken.None);

        Assert.Equal(2, store.Saves);
        Assert.NotNull(await known.FindAsync(Chat.Key, CancellationToken.None));
    }

    [Fact]
    public async Task FailingDatabase_IsLeftAloneFor30Seconds_ExceptForInstalls()
    {
        store.Failing = true;
        await known.RememberAsync(Chat, added: false, CancellationToken.None);
        var other = Chat with { Key = Chat.Key with { Id = "a:2other" } };
        await known.RememberAsync(other, added: false, CancellationToken.None);
        Assert.Equal(1, store.Saves);

        await known.RememberAsync(other, added: true, CancellationToken.None);
        Assert.Equal(2, store.Saves);

        store.Failing = false;
        clock.Now = Monday.AddSeconds(31);
        await known.RememberAsync(other with { Seen = clock.Now }, added: false, CancellationToken.None);

        Assert.Equal(3, store.Saves);
        Assert.NotNull(await known.FindAsync(other.Key, CancellationToken.None));
    }


    // Counts the writes that reach the real store, and can stand in for a database that has gone away.
    private sealed class CountingStore(IConversationStore inner) : IConversationStore
    {
        public int Saves { get; private set; }

        public bool Failing { get; set; }

        public Task SaveAsync(ConversationReference reference, CancellationToken cancel)
        {
            Saves++;
            return Failing ? Task.FromException(new StorageException("SQLite at test refused: disk I/O error")) : inner.SaveAsync(reference, cancel);
        }

        public Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancel) => inner.FindAsync(key, cancel);

        public Task<bool> ForgetAsync(ConversationKey key, CancellationToken cancel) => inner.ForgetAsync(key, cancel);

        public Task<int> ForgetTeamAsync(string channel, string teamId, CancellationToken cancel) => inner.ForgetTeamAsync(channel, teamId, cancel);
    }
}
