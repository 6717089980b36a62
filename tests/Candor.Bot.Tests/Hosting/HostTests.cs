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
        using var folder = new TempFolder();
        await using var app = TestHost.Build(folder);
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
    public async Task WithoutSlackSecrets_TheSlackEndpointsDoNotExist()
    {
        using var folder = new TempFolder();
        await using var app = TestHost.Build(folder);
        await app.StartAsync();
        using var client = new HttpClient();

        using var response = await client.PostAsync($"{app.Urls.First()}/slack/events", new StringContent("{}"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task LocalMode_NonLoopbackUrlRequested_StillBindsLoopbackOnly()
    {
        using var folder = new TempFolder();
        await using var app = TestHost.Build(folder, "--urls", "http://0.0.0.0:0");
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
    [InlineData("--Storage:Provider=mysql", "Storage:Provider")]
    [InlineData("--Retention:Days=0", "Retention:Days")]
    [InlineData("--BotFramework:OpenIdMetadataUrl=keys.example", "BotFramework:OpenIdMetadataUrl")]
    [InlineData("--Retention:Days=forever", "Days")]
    [InlineData("--Slack:BotToken=xoxb-1", "Slack:SigningSecret")]
    [InlineData("--SLACK_SIGNING_SECRET=abc", "Slack:BotToken")]
    [InlineData("--Slack:BotToken=xoxb-1 --Slack:SigningSecret=abc --Slack:ApiBaseUrl=ftp://slack.example/api/", "Slack:ApiBaseUrl")]
    [InlineData("--Storage:Provider=postgres", "ConnectionStrings:Candor")]
    public async Task Startup_BadSetting_FailsNamingTheKey(string setting, string key)
    {
        using var folder = new TempFolder();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = TestHost.Build(folder, setting.Split(' '));
            await app.StartAsync();
        });

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "--MicrosoftAppId=not-a-guid")]
    // Port 1 on loopback: nothing listens, so the database is unreachable at once.
    [InlineData("Cannot open PostgreSQL at 127.0.0.1:1/candor", "--Storage:Provider=postgres", "--ConnectionStrings:Candor=Host=127.0.0.1;Port=1;Database=candor;Username=bot;Password=s3cret;Timeout=2")]
    public async Task Program_CannotStart_OneLineOnStandardErrorAndExitOne(string reason, params string[] settings)
    {
        // The real executable: what an operator sees when a setting or the database is wrong.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "candor.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var outputTask = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        var output = await outputTask;
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.StartsWith($"candor: the bot cannot start: {reason}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error, StringComparison.Ordinal);
    }
}
