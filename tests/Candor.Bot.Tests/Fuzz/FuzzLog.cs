using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>One log entry of the bot under fuzz, with its structured values (<c>{OriginalFormat}</c>, <c>Error</c> …).</summary>
internal sealed record FuzzLogEntry(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Values)
{
    public string Template => Values.TryGetValue("{OriginalFormat}", out var format) ? format?.ToString() ?? Message : Message;
}

/// <summary>
/// Keeps the bot's logs in memory, so the fuzz run can fail on any exception the bot logged (ASP.NET Core logs an
/// unhandled one at Error with the exception) and on any answer that failed for a reason other than the network.
/// </summary>
internal sealed class FuzzLog : ILoggerProvider
{
    public ConcurrentQueue<FuzzLogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<FuzzLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value)
                : [];
            entries.Enqueue(new FuzzLogEntry(category, logLevel, formatter(state, exception), exception, values));
        }
    }
}
