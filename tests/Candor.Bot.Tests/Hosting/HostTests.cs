using System.Net.Http.Json;
using Candor.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Tests.Hosting;

/// <summary>The bot host over real HTTP (Kestrel on loopback), in local mode and with bad configuration.</summary>
public sealed class HostTests
{
    private sealed record Health(string Status, string Mode);

    [Fact]
    public async Task Healthz_LocalMode_ReportsOkOverLoopback()
    {
        await using var app = CandorHost.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        using var client = new HttpClient { BaseAddress = address };

        var health = await client.GetFromJsonAsync<Health>("/healthz");

        Assert.Equal("ok", health!.Status);
        Assert.Equal("local", health.Mode);
        Assert.True(address.IsLoopback);
        await app.StopAsync();
    }

    [Fact]
    public async Task LocalMode_NonLoopbackUrlRequested_StillBindsLoopbackOnly()
    {
        await using var app = CandorHost.Build(["--urls", "http://0.0.0.0:0"]);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;

        Assert.All(addresses, a => Assert.True(new Uri(a).IsLoopback, a));
        await app.StopAsync();
    }

    [Theory]
    [InlineData("--MicrosoftAppId=not-a-guid", "MicrosoftAppId")]
    [InlineData("--MicrosoftAppType=Sometimes", "MicrosoftAppType")]
    [InlineData("--MicrosoftAppId=6f1c5a5e-8f6b-4c4e-9d36-2b7e0f5c9a11", "MicrosoftAppPassword")]
    [InlineData("--Rewriter:Provider=openai", "Rewriter:Model")]
    [InlineData("--Rewriter:Provider=llama", "Rewriter:Provider")]
    [InlineData("--Outreach:NoteChars=0", "Outreach:NoteChars")]
    [InlineData("--Outreach:MessageWords=many", "MessageWords")]
    [InlineData("--Rewriter:TimeoutSeconds=abc", "TimeoutSeconds")]
    public async Task Startup_BadSetting_FailsNamingTheKey(string setting, string key)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = CandorHost.Build(["--urls", "http://127.0.0.1:0", setting]);
            await app.StartAsync();
        });

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_BadSetting_OneLineOnStandardErrorAndExitOne()
    {
        // The real executable: what an operator sees when a setting is wrong.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "candor.dll"), "--MicrosoftAppId=not-a-guid", "--urls", "http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("candor: the bot cannot start: MicrosoftAppId", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
