using Candor.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace Candor.Bot.Tests;

/// <summary>A folder of the test's own under the temp directory, removed with whatever SQLite left open in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "candor-tests", Guid.NewGuid().ToString("N"))).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // Pooled connections keep the database files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}

/// <summary>The bot as tests start it: Kestrel on a free loopback port and its own SQLite file, plus the test's settings.</summary>
internal static class TestHost
{
    public static WebApplication Build(TempFolder folder, params string[] settings) =>
        CandorHost.Build(["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Candor=Data Source={folder.File("candor.db")}", .. settings]);
}
