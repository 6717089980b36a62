using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Storage;

/// <summary>Digest firing claims and card feedback on real SQLite and PostgreSQL databases.</summary>
public sealed class DigestStoresTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly ConversationKey Team = new("teams", "19:team-channel@thread.tacv2");
    private static readonly ConversationKey Other = new("slack", "C0OTHER");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Claim_SameFiringFromManyInstancesAtOnce_IsWonOnce(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        var instances = Enumerable.Range(0, 4).Select(_ => new Database(test.Settings)).ToList();
        await new Migrator(instances[0], TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        var firing = new DigestFiring("job-1", Monday, Team);

        var claims = await ClaimAtOnceAsync(instances, firing, recovering: false);
        // Were two recoveries of a dead node's run to take it over at once, several may take it in turn, but only the
        // last can mark it sending: the others find their marks refused and stop before posting.
        var takeOvers = await ClaimAtOnceAsync(instances, firing, recovering: true);
        var tokens = takeOvers.Where(c => c.Token is not null).Select(c => c.Token!.Value).ToList();
        var marks = await Task.WhenAll(tokens.Select(token => Task.Run(() =>
            new SqlDigestDeliveryStore(instances[0], TimeProvider.System).MarkAsync(firing, token, DigestState.Sending, null, null, CancellationToken.None))));

        Assert.Single(claims, claim => claim.Token is not null);
        Assert.Equal(claims.Length - 1, claims.Count(claim => claim.Found == DigestState.Composing));
        Assert.NotEmpty(tokens);
        Assert.Single(marks, marked => marked);
        foreach (var database in instances)
        {
            await database.DisposeAsync();
        }
    }

    private static Task<DigestClaim[]> ClaimAtOnceAsync(IEnumerable<Database> instances, DigestFiring firing, bool recovering) =>
        Task.WhenAll(instances.SelectMany(database => Enumerable.Range(0, 5).Select(_ =>
            Task.Run(() => new SqlDigestDeliveryStore(database, TimeProvider.System).ClaimAsync(firing, recovering, CancellationToken.None)))));

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Claim_AfterEachState_TakesOverOnlyWhatNeverLeft(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        var store = new SqlDigestDeliveryStore(database, TimeProvider.System);
        var states = new[] { DigestState.Composing, DigestState.Sending, DigestState.Sent, DigestState.Failed, DigestState.Skipped };
        var found = new List<DigestState?>();
        foreach (var (state, i) in states.Select((s, i) => (s, i)))
        {
            var firing = new DigestFiring($"job-{i}", Monday, Team);
            var token = (await store.ClaimAsync(firing, recovering: false, CancellationToken.None)).Token!.Value;
            Assert.True(await store.MarkAsync(firing, token, state, state == DigestState.Sent ? "reply-1" : null, null, CancellationToken.None));
            found.Add(Seen(await store.ClaimAsync(firing, recovering: false, CancellationToken.None)));
            found.Add(Seen(await store.ClaimAsync(firing, recovering: true, CancellationToken.None)));
            // The first claim's token no longer holds a firing that was taken over.
            Assert.Equal(state is not (DigestState.Composing or DigestState.Failed), await store.MarkAsync(firing, token, state, null, null, CancellationToken.None));
        }

        // A failed firing is taken by a retry (and is then composing, so a recovery takes it too); a composing one
        // only by a recovery; the rest are left as they were. Null: this run took it.
        DigestState?[] expected =
        [
            DigestState.Composing, null,
            DigestState.Sending, DigestState.Sending,
            DigestState.Sent, DigestState.Sent,
            null, null,
            DigestState.Skipped, DigestState.Skipped,
        ];
        Assert.Equal(expected, found);
        Assert.NotNull((await store.ClaimAsync(new DigestFiring("job-2", Monday.AddDays(7), Team), recovering: false, CancellationToken.None)).Token);
    }

    private static DigestState? Seen(DigestClaim claim) => claim.Token is null ? claim.Found : null;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForgetAndPurge_DropOnlyTheirClaims(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        var clock = new TestClock(Monday);
        var store = new SqlDigestDeliveryStore(database, clock);
        await store.ClaimAsync(new DigestFiring("team", Monday, Team), recovering: false, CancellationToken.None);
        await store.ClaimAsync(new DigestFiring("other", Monday, Other), recovering: false, CancellationToken.None);
        clock.Now = clock.Now.AddDays(40);
        await store.ClaimAsync(new DigestFiring("other", Monday.AddDays(40), Other), recovering: false, CancellationToken.None);

        await store.ForgetAsync(Team, CancellationToken.None);
        var purged = await store.PurgeAsync(clock.GetUtcNow().AddDays(-30), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal(1, (await store.ClaimAsync(new DigestFiring("team", Monday, Team), recovering: false, CancellationToken.None)).Token);
        Assert.Equal(1, (await store.ClaimAsync(new DigestFiring("other", Monday, Other), recovering: false, CancellationToken.None)).Token);
        Assert.Equal(DigestState.Composing, (await store.ClaimAsync(new DigestFiring("other", Monday.AddDays(40), Other), recovering: false, CancellationToken.None)).Found);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Feedback_IsTalliedPerConversationAndPeriod_ForgottenAndPurged(string provider)
    {
        await using var test = await TestDatabases.CreateAsync(provider, output);
        if (test is null)
        {
            return;
        }

        await using var database = await test.MigratedAsync();
        var store = new SqlFeedbackStore(database);
        CardFeedback[] votes =
        [
            new(Team, Monday.AddDays(-8), "thread", "mixed", Right: true),
            new(Team, Monday.AddDays(-6), "thread", "mixed", Right: true),
            new(Team, Monday.AddDays(-5), "comment", "automated", Right: true),
            new(Team, Monday.AddDays(-1), "comment", "authentic", Right: false),
            new(Team, Monday, "thread", "mixed", Right: false),
            new(Other, Monday.AddDays(-2), "comment", "spam", Right: false),
        ];
        foreach (var vote in votes)
        {
            await store.RecordAsync(vote, CancellationToken.None);
        }

        var week = await store.TallyAsync(Team, Monday.AddDays(-7), Monday, CancellationToken.None);
        await store.ForgetAsync(Other, CancellationToken.None);
        var purged = await store.PurgeAsync(Monday.AddDays(-7), CancellationToken.None);

        Assert.Equal(new FeedbackTally(2, 1), week);
        Assert.Equal(1, purged);
        Assert.Equal(FeedbackTally.None, await store.TallyAsync(Other, Monday.AddDays(-30), Monday.AddDays(1), CancellationToken.None));
        Assert.Equal(new FeedbackTally(2, 2), await store.TallyAsync(Team, Monday.AddDays(-30), Monday.AddDays(1), CancellationToken.None));
    }
}
