using System.Diagnostics;
using System.Globalization;

namespace Candor.Load;

/// <summary>The bot as its own process (local mode, loopback), so its memory and CPU are its own.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;

    // The bot's own SQLite file for the run, so a load test neither reads nor leaves anything in the repository.
    private readonly string database;

    private BotProcess(Process process, string url, string database) => (this.process, Url, this.database) = (process, url, database);

    public string Url { get; }

    /// <param name="arguments">The channel's settings, after the URL, logging and database.</param>
    public static BotProcess Start(string botDll, int port, IEnumerable<string> arguments)
    {
        var database = Path.Combine(Path.GetTempPath(), $"candor-load-{Guid.NewGuid():N}.db");
        // The load is one user of one tenant asking thousands of times a minute: the usage limits would answer nearly
        // all of it with a "slow down" note, so they are off to measure what the bot can analyse.
        var info = new ProcessStartInfo("dotnet", [
            botDll, "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning", $"--ConnectionStrings:Candor=Data Source={database}",
            "--Limits:PerUserPerMinute=0", "--Limits:PerTenantPerMinute=0", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("The bot did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, $"http://127.0.0.1:{port}", database);
    }

    public async Task WaitUntilHealthyAsync(HttpClient http)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var response = await http.GetAsync($"{Url}/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The bot did not become healthy in 20 s.");
    }

    /// <summary>The CPU time the process has used so far, in user and kernel mode.</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>The process's peak resident memory (VmHWM), from /proc.</summary>
    public double PeakRssMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
