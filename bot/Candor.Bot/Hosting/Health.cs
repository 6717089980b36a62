using System.Collections.Concurrent;
using System.Net;
using Candor.Bot.Conversation;
using Candor.Bot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Candor.Bot.Hosting;

/// <summary>
/// What the services Candor calls answered lately (the Bot Connector, Slack's Web API): a run of failures
/// (5xx, 429, no connection, timeouts) marks one degraded until it answers again. Refusals about one conversation
/// (403, 404) are that conversation's, not the service's.
/// </summary>
internal sealed class DependencyHealth(TimeProvider clock)
{
    /// <summary>This many failures in a row, with none older than <see cref="Recent"/>, is degraded.</summary>
    public const int FailuresInARow = 3;

    private static readonly TimeSpan Recent = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Outcomes> services = new(StringComparer.Ordinal);

    public void Succeeded(string service) => services[service] = new Outcomes(0, null, null);

    public void Failed(string service, string reason) =>
        services.AddOrUpdate(service, _ => new Outcomes(1, clock.GetUtcNow(), reason), (_, was) => new Outcomes(was.InARow + 1, clock.GetUtcNow(), reason));

    /// <summary>Each service failing now, with its last reason.</summary>
    public IReadOnlyDictionary<string, string> Failing()
    {
        var now = clock.GetUtcNow();
        return services.Where(s => s.Value.InARow >= FailuresInARow && now - s.Value.LastFailure < Recent)
            .ToDictionary(s => s.Key, s => $"{s.Value.InARow} failures in a row, the last: {s.Value.Reason}", StringComparer.Ordinal);
    }

    private sealed record Outcomes(int InARow, DateTimeOffset? LastFailure, string? Reason);
}

/// <summary>Records each call a named HttpClient makes to a service in <see cref="DependencyHealth"/>.</summary>
internal sealed class DependencyOutcomes(DependencyHealth health, string service) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                health.Failed(service, $"HTTP {(int)response.StatusCode}");
            }
            else
            {
                health.Succeeded(service);
            }

            return response;
        }
        catch (Exception failure) when (failure is HttpRequestException || (failure is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            health.Failed(service, failure is HttpRequestException { HttpRequestError: var error } ? error.ToString() : "timed out");
            throw;
        }
    }
}

/// <summary>
/// The database answers a trivial query within two seconds. /healthz is unauthenticated, so it says only whether;
/// the log says why.
/// </summary>
internal sealed partial class DatabaseHealthCheck(Database database, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.QuerySingleOrDefaultAsync<int>("SELECT 1", null, cancellationToken).WaitAsync(Patience, cancellationToken);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (Exception failure) when (failure is StorageException or TimeoutException)
        {
            // Answers are still given without the database; history, claims and digests wait for it.
            LogUnreachable(database.Settings, failure.Message);
            return HealthCheckResult.Degraded("unreachable or slow: answers go on; history, delivery claims and digests wait");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health: {Where} did not answer: {Reason}")]
    private partial void LogUnreachable(StorageSettings where, string reason);
}

/// <summary>The digest scheduler is running.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            // Quartz starts once the host has (so no digest runs during start-up): created is starting, not failing.
            return scheduler.Status switch
            {
                SchedulerStatus.Running => HealthCheckResult.Healthy("running"),
                SchedulerStatus.Created => HealthCheckResult.Healthy("starting"),
                var status => HealthCheckResult.Degraded($"{status.ToString().ToLowerInvariant()}: digests are not sent"),
            };
        }
        catch (SchedulerException)
        {
            return HealthCheckResult.Degraded("unavailable: digests are not sent");
        }
    }
}

/// <summary>
/// The work queues have room. Nearly full is degraded; full is unhealthy, since new work is then refused (503) and a
/// load balancer should send it elsewhere.
/// </summary>
internal sealed class QueuesHealthCheck(IEnumerable<IQueueDepth> queues) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var depths = queues.Select(q => (q.Name, q.Waiting, Capacity: q.Bound)).ToList();
        var summary = string.Join(", ", depths.Select(d => $"{d.Name} {d.Waiting}/{d.Capacity} waiting"));
        return Task.FromResult(
            depths.Any(d => d.Waiting >= d.Capacity) ? HealthCheckResult.Unhealthy($"full: {summary}")
            : depths.Any(d => d.Waiting >= d.Capacity * 8 / 10) ? HealthCheckResult.Degraded($"nearly full: {summary}")
            : HealthCheckResult.Healthy(summary));
    }
}

/// <summary>The Bot Connector and Slack's Web API have not been failing.</summary>
internal sealed class ServicesHealthCheck(DependencyHealth services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(services.Failing() is { Count: > 0 } failing
            ? HealthCheckResult.Degraded(string.Join("; ", failing.Select(f => $"{f.Key}: {f.Value}")))
            : HealthCheckResult.Healthy("answering"));
}

internal static class HealthExtensions
{
    /// <summary>What /healthz checks: the database, the digest scheduler, the work queues and the services Candor calls.</summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DependencyHealth>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler")
            .AddCheck<QueuesHealthCheck>("queues")
            .AddCheck<ServicesHealthCheck>("services");
        return builder;
    }

    /// <summary>Records the calls of the named HttpClient (<paramref name="service"/>) for the health endpoint.</summary>
    public static IHttpClientBuilder RecordingOutcomes(this IHttpClientBuilder client, string service) =>
        client.AddHttpMessageHandler(s => new DependencyOutcomes(s.GetRequiredService<DependencyHealth>(), service));
}
