using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Candor.Bot.Tests.Digests;

/// <summary>
/// The bot as an operator runs it: its own process (`dotnet candor.dll`), local mode on a free loopback port, with the
/// test's settings. What it logs is kept, so a test waits for what it says rather than for a fixed time; killing it
/// is a real SIGKILL, with no graceful stop.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private BotProcess(Process process) => this.process = process;

    public string Name { get; private init; } = string.Empty;

    /// <summary>Where its Bot Framework endpoint listens.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    public IEnumerable<string> Lines => lines;

    public static async Task<BotProcess> StartAsync(string name, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "candor.dll"), "--urls", "http://127.0.0.1:0", "--Logging:Console:FormatterName=simple" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        var bot = new BotProcess(Process.Start(start)!) { Name = name };
        bot.process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        bot.process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        var listening = await bot.WaitForLineAsync(line => Listening().IsMatch(line), StartTimeout);
        bot.Endpoint = $"{Listening().Match(listening).Groups["url"].Value}/api/messages";
        return bot;
    }

    /// <summary>The first line logged (from the start) that matches.</summary>
    /// <exception cref="TimeoutException">None did in time, or the process ended first; the message carries its log.</exception>
    public async Task<string> WaitForLineAsync(Func<string, bool> matches, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (lines.FirstOrDefault(matches) is { } line)
            {
                return line;
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{Name} did not log what was awaited within {timeout}{(process.HasExited ? " (it exited)" : string.Empty)}. Its log:\n{string.Join('\n', lines.TakeLast(80))}");
    }

    public bool Logged(string text) => lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>SIGKILL: whatever it was doing stops mid-way.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
