using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Bot.Rewriting;
using Candor.Bot.Tests.Cli;
using Microsoft.Extensions.Logging;

namespace Candor.Bot.Tests.Rewriting;

/// <summary>The optional model rewriter against a fake OpenAI-compatible server: used only when it is better and invents nothing.</summary>
public sealed class ModelRewriterTests : IAsyncLifetime
{
    // Self-focused, so the deterministic rewrite, which keeps the user's sentences, still scores only 60.
    private const string Draft =
        "Hi Aisha, I came across your profile. I founded my company in 2019 and I have grown my team to 30 and I think my product is the best. "
        + "We help SaaS teams cut churn by 20%. Do you have 30 minutes this week for a demo?";

    private static readonly CoachOptions Context = new(Recipient.Parse("Aisha Rahman, Head of Growth at Fourth Coffee"), null, DraftFormat.Message);

    // Better than the deterministic rewrite, and only the user's own facts: Aisha, SaaS, churn, 20%.
    private const string GoodAnswer = "Hi Aisha,\n\nWe help SaaS teams cut churn by 20%. What does churn look like for your team this quarter?";

    private FakeChatServer server = null!;
    private readonly RecordingLogger log = new();

    public async Task InitializeAsync() => server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Improve_BetterAnswerThatInventsNothing_IsShownAndSaysSo()
    {
        server.Answer = GoodAnswer;
        var deterministic = CandorEngine.Coach(Draft, Context).Report!.Rewrite!;

        var report = (await Rewriter().ImproveAsync(CandorEngine.Coach(Draft, Context), Draft, Context, CancellationToken.None)).Report!;

        Assert.Equal(GoodAnswer, report.Rewrite!.Text);
        Assert.True(report.Rewrite.Score > deterministic.Score, $"{report.Rewrite.Score} vs {deterministic.Score}");
        Assert.Contains(report.Rewrite.Changes, c => c.Contains("language model", StringComparison.Ordinal));
        Assert.Contains(log.Entries, e => e.Line.StartsWith("Model rewrite shown", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Improve_SendsTheModelTheKeyTheDraftAndTheRules()
    {
        server.Answer = GoodAnswer;

        await Rewriter(apiKey: "sk-test-123").ImproveAsync(CandorEngine.Coach(Draft, Context), Draft, Context, CancellationToken.None);

        var (authorization, body) = Assert.Single(server.Requests);
        Assert.Equal("Bearer sk-test-123", authorization);
        Assert.Equal("test-model", body.GetProperty("model").GetString());
        var messages = body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()).ToArray();
        Assert.Contains("Never add a name, number, company", messages[0], StringComparison.Ordinal);
        Assert.Contains("Recipient: Aisha Rahman, Head of Growth at Fourth Coffee", messages[1], StringComparison.Ordinal);
        Assert.Contains("Do you have 30 minutes this week", messages[1], StringComparison.Ordinal);
        Assert.Contains("Problem: pushy_ask", messages[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi Aisha,\n\nOur client Contoso cut churn by 20%. What does churn look like for your team?", "adds 1 name(s) or number(s)")]
    [InlineData("Hi Aisha,\n\nWe cut churn by 35% for SaaS teams. What does churn look like for your team?", "adds 1 name(s) or number(s)")]
    [InlineData("Hi Aisha, we help SaaS teams cut churn by 20%. Do you have 30 minutes for a call?", "pushy_ask")]
    [InlineData("Hi Aisha, I founded my company and I have grown my team and I think my product is the best. I want to grow my team.", "scores")]
    public async Task Improve_AnswerThatInventsOrScoresLower_KeepsTheDeterministicRewriteAndLogsWhy(string answer, string reason)
    {
        server.Answer = answer;
        var coached = CandorEngine.Coach(Draft, Context);

        var report = (await Rewriter().ImproveAsync(coached, Draft, Context, CancellationToken.None)).Report!;

        Assert.Equal(coached.Report!.Rewrite!.Text, report.Rewrite!.Text);
        Assert.Contains(log.Entries, e => e.Line.StartsWith("Model rewrite not used", StringComparison.Ordinal) && e.Line.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Improve_Rejected_QuotesTheWordsOnlyAtTrace()
    {
        server.Answer = "Hi Aisha,\n\nOur client Contoso cut churn by 20%. What does churn look like for your team?";

        await Rewriter().ImproveAsync(CandorEngine.Coach(Draft, Context), Draft, Context, CancellationToken.None);

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Trace && e.Line.Contains("Contoso", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Entries, e => e.Level > LogLevel.Trace && e.Line.Contains("Contoso", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(401, null, "HTTP 401")]
    [InlineData(200, "{\"choices\":[{\"index\":0,\"message\":null}]}", "could not be read")]
    [InlineData(200, "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"To: , Head of Growth\\n\\nHello\"}}]}", "context lines")]
    public async Task Improve_HostileOrBrokenAnswer_NeverThrowsAndNeverLogsTheServersBody(int status, string? rawBody, string reason)
    {
        (server.Status, server.RawBody) = (status, rawBody);
        var coached = CandorEngine.Coach(Draft, Context);

        var result = await Rewriter(apiKey: "sk-secret-key").ImproveAsync(coached, Draft, Context, CancellationToken.None);

        Assert.Equal(coached.Report!.Rewrite!.Text, result.Report!.Rewrite!.Text);
        Assert.Contains(log.Entries, e => e.Line.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(log.Entries, e => e.Line.Contains("secret", StringComparison.Ordinal) || e.Line.Contains("told to fail", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500, null)]
    [InlineData(429, null)]
    [InlineData(200, "{\"not\": \"a completion\"}")]
    [InlineData(200, "<html>gateway</html>")]
    public async Task Improve_ServerFailsOrAnswersNonsense_FallsBackQuietly(int status, string? rawBody)
    {
        (server.Status, server.RawBody) = (status, rawBody);
        var coached = CandorEngine.Coach(Draft, Context);

        var result = await Rewriter().ImproveAsync(coached, Draft, Context, CancellationToken.None);

        Assert.Same(coached, result);
        Assert.Contains(log.Entries, e => e.Line.StartsWith("Model rewriter failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Improve_ServerTooSlow_FallsBackAtTheTimeout()
    {
        (server.Answer, server.Delay) = (GoodAnswer, TimeSpan.FromSeconds(30));
        var coached = CandorEngine.Coach(Draft, Context);

        var result = await Rewriter(timeoutSeconds: 0.5).ImproveAsync(coached, Draft, Context, CancellationToken.None);

        Assert.Same(coached, result);
        Assert.Contains(log.Entries, e => e.Line.Contains("no answer within 0.5 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Improve_Off_CallsNothing()
    {
        var coached = CandorEngine.Coach(Draft, Context);

        var result = await new ModelRewriter(new RewriterOptions(), log).ImproveAsync(coached, Draft, Context, CancellationToken.None);

        Assert.Same(coached, result);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task CoachCommand_WithTheRewriterOn_PrintsTheModelsRewrite()
    {
        server.Answer = GoodAnswer;

        var run = await CliRun.RunAsync(["coach", "--to", "Aisha Rahman, Head of Growth at Fourth Coffee", "-"], Draft, Rewriter());

        Assert.Equal(0, run.Exit);
        Assert.Contains("What does churn look like for your team this quarter?", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anthropic", null, "m", null, "Rewriter:Provider 'anthropic'")]
    [InlineData("openai", "http://localhost:11434/v1", null, null, "Rewriter:Model is required")]
    [InlineData("openai", null, "m", null, "Rewriter:ApiKey is required")]
    [InlineData("openai", "localhost:11434", "m", null, "Rewriter:Endpoint 'localhost:11434'")]
    [InlineData("openai", "http://localhost:11434/v1", "m", "NaN", "Rewriter:TimeoutSeconds")]
    public void Validate_BadSettings_NameTheKey(string provider, string? endpoint, string? model, string? timeout, string message)
    {
        var problems = new RewriterOptions { Provider = provider, Endpoint = endpoint, Model = model, TimeoutSeconds = timeout is null ? 8 : double.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture) }.Problems();

        Assert.Contains(problems, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    private ModelRewriter Rewriter(string? apiKey = null, double timeoutSeconds = 10) =>
        new(new RewriterOptions { Provider = "openai", Endpoint = server.Endpoint, Model = "test-model", ApiKey = apiKey, TimeoutSeconds = timeoutSeconds }, log);

    /// <summary>Keeps what the rewriter logs, to check that every fallback says why and that user text stays at Trace.</summary>
    private sealed class RecordingLogger : ILogger<ModelRewriter>
    {
        public List<(LogLevel Level, string Line)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
