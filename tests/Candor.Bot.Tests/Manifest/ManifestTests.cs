using System.IO.Compression;
using System.Text.Json;
using Candor.Analysis.Tests;
using Candor.Bot.Cli;
using Candor.Bot.Tests.Cli;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace Candor.Bot.Tests.Manifest;

/// <summary>
/// manifest/teams: the manifest validated offline against the Teams schema it names (npm <c>@microsoft/app-manifest</c>),
/// the icons' sizes and colours, and <c>candor teams-package</c>, which fills in the app id.
/// </summary>
public sealed class ManifestTests(ITestOutputHelper output)
{
    private const string AppId = "6f1c5a5e-8f6b-4c4e-9d36-2b7e0f5c9a11";

    private static string RepositoryManifest => RepositoryFiles.PathOf("manifest/teams/manifest.json");

    [Fact]
    public void RepositoryManifest_IsValidAgainstItsSchema()
    {
        if (Skipped())
        {
            return;
        }

        var errors = ManifestValidator.Validate(RepositoryManifest);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void RepositoryManifest_NamesSchema124_AndThePlaceholderAppId()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryManifest));
        var root = manifest.RootElement;

        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal("1.24", root.GetProperty("manifestVersion").GetString());
        Assert.All(AppIds(root), id => Assert.Equal(TeamsPackageCommand.PlaceholderAppId, id));
        Assert.Equal([TeamsPackageCommand.PlaceholderDomain], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        var bot = root.GetProperty("bots")[0];
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.All(bot.GetProperty("commandLists").EnumerateArray(), list => Assert.Equal(
            ["help", "check", "coach", "digest"], list.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString())));
        var action = root.GetProperty("composeExtensions")[0].GetProperty("commands")[0];
        Assert.Equal("checkMessage", action.GetProperty("id").GetString());
        Assert.Equal(["message"], action.GetProperty("context").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Validator_FlagsABrokenManifest()
    {
        if (Skipped())
        {
            return;
        }

        var folder = TemporaryFolder();
        try
        {
            var broken = File.ReadAllText(RepositoryManifest)
                .Replace("\"accentColor\": \"#", "\"accentColor\": \"", StringComparison.Ordinal)
                .Replace("\"scopes\": [\"personal\", \"team\", \"groupChat\"]", "\"scopes\": [\"personal\", \"meeting\"]", StringComparison.Ordinal);
            var path = Path.Combine(folder, "manifest.json");
            File.WriteAllText(path, broken);

            var errors = ManifestValidator.Validate(path);

            Assert.Contains(errors, e => e.StartsWith("/accentColor ", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("/bots/0/scopes/1 ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Package_HasTheManifestWithTheAppIdAndDomain_AndTheIcons_AtTheRoot()
    {
        var folder = TemporaryFolder();
        try
        {
            var zip = Path.Combine(folder, "out", "candor-teams.zip");

            var (exit, printed, problems) = await PackageAsync(AppId, "--out", zip, "--domain", "candor.contoso.com");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, problems);
            Assert.Equal(Path.GetFullPath(zip), printed.Trim());
            using var archive = ZipFile.OpenRead(zip);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            var manifestText = Read(archive, "manifest.json");
            Assert.DoesNotContain(TeamsPackageCommand.PlaceholderAppId, manifestText, StringComparison.Ordinal);
            using var manifest = JsonDocument.Parse(manifestText);
            Assert.Equal(3, AppIds(manifest.RootElement).Count);
            Assert.All(AppIds(manifest.RootElement), id => Assert.Equal(AppId, id));
            Assert.Equal(["candor.contoso.com"], manifest.RootElement.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
            Assert.Equal("https://candor.example.com/privacy", manifest.RootElement.GetProperty("developer").GetProperty("privacyUrl").GetString());
            foreach (var icon in (string[])["color.png", "outline.png"])
            {
                using var stream = archive.GetEntry(icon)!.Open();
                using var bytes = new MemoryStream();
                await stream.CopyToAsync(bytes);
                Assert.Equal(await File.ReadAllBytesAsync(RepositoryFiles.PathOf($"manifest/teams/{icon}")), bytes.ToArray());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Package_WithoutDomain_KeepsTheManifestsDomain_AndNormalisesTheAppId()
    {
        var folder = TemporaryFolder();
        try
        {
            var zip = Path.Combine(folder, "candor-teams.zip");
            File.WriteAllText(zip, "an older package, replaced");

            var (exit, _, problems) = await PackageAsync("{6F1C5A5E-8F6B-4C4E-9D36-2B7E0F5C9A11}", "--out", zip);

            Assert.True(exit == 0, problems);
            using var archive = ZipFile.OpenRead(zip);
            using var manifest = JsonDocument.Parse(Read(archive, "manifest.json"));
            Assert.All(AppIds(manifest.RootElement), id => Assert.Equal(AppId, id));
            Assert.Equal([TeamsPackageCommand.PlaceholderDomain], manifest.RootElement.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task PackagedManifest_IsValidAgainstItsSchema()
    {
        if (Skipped())
        {
            return;
        }

        var folder = TemporaryFolder();
        try
        {
            var zip = Path.Combine(folder, "candor-teams.zip");
            var (exit, _, problems) = await PackageAsync(AppId, "--out", zip, "--domain", "candor.contoso.com");
            Assert.True(exit == 0, problems);
            var manifest = Path.Combine(folder, "manifest.json");
            using (var archive = ZipFile.OpenRead(zip))
            {
                archive.GetEntry("manifest.json")!.ExtractToFile(manifest);
            }

            var errors = ManifestValidator.Validate(manifest);

            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData(TeamsPackageCommand.PlaceholderAppId)]
    public async Task Package_WithoutAUsableAppId_Exits2NamingMicrosoftAppId(string? appId)
    {
        var folder = TemporaryFolder();
        try
        {
            var zip = Path.Combine(folder, "candor-teams.zip");

            var (exit, printed, problems) = await PackageAsync(appId, "--out", zip);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, printed);
            Assert.Single(problems.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("MicrosoftAppId", problems, StringComparison.Ordinal);
            Assert.False(File.Exists(zip));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("teams-package")]
    [InlineData("teams-package --out")]
    [InlineData("teams-package --out a.zip extra")]
    [InlineData("teams-package --out a.zip --domain https://candor.contoso.com/")]
    [InlineData("teams-package --out a.zip --port 443")]
    public async Task Package_WithBadArguments_SaysHowToUseIt(string commandLine)
    {
        var result = await CliRun.RunAsync(commandLine.Split(' '), "");

        Assert.Equal(2, result.Exit);
        Assert.Contains("candor teams-package", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Help_ListsTheCommand()
    {
        var result = await CliRun.RunAsync(["help"], "");

        Assert.Contains(CommandLine.TeamsPackageUsage, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ColorIcon_Is192By192FullColour()
    {
        var icon = PngImage.Read(RepositoryFiles.PathOf("manifest/teams/color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Contains(icon.ColorType, (int[])[PngImage.ColorTypeRgb, PngImage.ColorTypeRgba]);
        Assert.NotNull(icon.Rgba);
        var (white, coloured) = (0, 0);
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var pixel = icon.Pixel(x, y);
                white += pixel is { R: 255, G: 255, B: 255, A: 255 } ? 1 : 0;
                coloured += pixel.A == 255 && (pixel.R != pixel.G || pixel.G != pixel.B) ? 1 : 0;
            }
        }

        // A coloured tile with a white mark on it.
        Assert.True(coloured > 192 * 192 / 2 && white > 192 * 192 / 20, $"{coloured} coloured and {white} white pixels");
    }

    [Fact]
    public void OutlineIcon_Is32By32_WhiteOnTransparent()
    {
        var icon = PngImage.Read(RepositoryFiles.PathOf("manifest/teams/outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(PngImage.ColorTypeRgba, icon.ColorType);
        Assert.NotNull(icon.Rgba);
        var (transparent, white) = (0, 0);
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var pixel = icon.Pixel(x, y);
                if (pixel.A == 0)
                {
                    transparent++;
                }
                else
                {
                    Assert.True(pixel is { R: 255, G: 255, B: 255 }, $"pixel ({x}, {y}) is {pixel}, neither white nor fully transparent");
                    white++;
                }
            }
        }

        Assert.True(white > 32 && transparent > 32 * 16, $"{white} white and {transparent} transparent pixels");
    }

    private static async Task<(int Exit, string Output, string Error)> PackageAsync(string? appId, params string[] args)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId }).Build();
        using var printed = new StringWriter();
        using var problems = new StringWriter();
        var exit = await new TeamsPackageCommand(printed, problems, settings).RunAsync(args);
        return (exit, printed.ToString(), problems.ToString());
    }

    /// <summary>The app's id and the bot ids of the bot and the message extension.</summary>
    private static List<string?> AppIds(JsonElement manifest) =>
    [
        manifest.GetProperty("id").GetString(),
        manifest.GetProperty("bots")[0].GetProperty("botId").GetString(),
        manifest.GetProperty("composeExtensions")[0].GetProperty("botId").GetString(),
    ];

    private static string Read(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string TemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"candor-manifest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private bool Skipped()
    {
        if (ManifestValidator.Unavailable() is not { } missing)
        {
            return false;
        }

        Assert.False(ManifestValidator.Required, missing);
        output.WriteLine($"Skipped: {missing}");
        return true;
    }
}
