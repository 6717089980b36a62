using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Candor.Bot.Cli;

/// <summary>
/// <c>candor teams-package --out FILE.zip [--domain HOST]</c>: builds the Teams app package from
/// <c>manifest/teams/</c> (copied beside the program): manifest.json with the placeholder app id replaced by
/// <c>MicrosoftAppId</c> from the bot's settings, and, with <c>--domain</c>, the placeholder valid domain replaced
/// by the bot's host; the icons alongside, all at the root of the zip as Teams requires.
/// </summary>
/// <param name="settings">The settings the bot reads (<see cref="CommandLine.Settings"/>); tests pass their own.</param>
internal sealed class TeamsPackageCommand(TextWriter output, TextWriter error, IConfiguration settings)
{
    /// <summary>The app id in the checked-in manifest, replaced when packaging.</summary>
    public const string PlaceholderAppId = "00000000-0000-0000-0000-000000000000";

    /// <summary>The host in the checked-in manifest's validDomains, replaced by <c>--domain</c>.</summary>
    public const string PlaceholderDomain = BotDomain.Placeholder;

    private static readonly string[] IconKinds = ["color", "outline"];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>manifest/teams beside the program (the project copies the repository's folder there).</summary>
    public static string ManifestFolder => Path.Combine(AppContext.BaseDirectory, "manifest", "teams");

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync($"Usage: {CommandLine.TeamsPackageUsage}");
            return 0;
        }

        if (CommandArguments.Parse(args, [], ["--out", "--domain"], out var problem) is not { } arguments
            || arguments.Value("--out") is not { Length: > 0 } zipPath || arguments.Input is not null)
        {
            await error.WriteLineAsync($"candor teams-package: {(problem.Length > 0 ? problem : "say where to write the package with --out FILE.zip")}. Usage: {CommandLine.TeamsPackageUsage}");
            return CommandLine.UsageExit;
        }

        var domain = arguments.Value("--domain");
        if (domain is not null && !IsHost(domain))
        {
            await error.WriteLineAsync(BotDomain.Problem("teams-package", domain));
            return CommandLine.UsageExit;
        }

        if (!Guid.TryParse(settings["MicrosoftAppId"], out var appId) || appId == Guid.Empty)
        {
            await error.WriteLineAsync("candor teams-package: MicrosoftAppId must be set to the bot registration's application (client) ID, a GUID (appsettings.json or the MicrosoftAppId environment variable).");
            return CommandLine.UsageExit;
        }

        var folder = ManifestFolder;
        try
        {
            WritePackage(folder, appId, domain, zipPath);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or InvalidOperationException)
        {
            await error.WriteLineAsync($"candor teams-package: cannot build {zipPath} from {folder}: {failure.Message}");
            return 1;
        }

        await output.WriteLineAsync(Path.GetFullPath(zipPath));
        return 0;
    }

    /// <summary>Writes the zip: the manifest with the app id (and domain) filled in, and the icons it names, at the root.</summary>
    public static void WritePackage(string manifestFolder, Guid appId, string? domain, string zipPath)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")))?.AsObject()
            ?? throw new InvalidDataException("manifest.json is not a JSON object.");
        var id = appId.ToString("D");
        ReplaceIfPlaceholder(manifest, "id", id);
        foreach (var section in (string[])["bots", "composeExtensions"])
        {
            foreach (var item in manifest[section]?.AsArray() ?? [])
            {
                ReplaceIfPlaceholder(item?.AsObject(), "botId", id);
            }
        }

        ReplaceIfPlaceholder(manifest["webApplicationInfo"]?.AsObject(), "id", id);
        if (domain is not null && manifest["validDomains"]?.AsArray() is { } domains)
        {
            for (var i = 0; i < domains.Count; i++)
            {
                if (domains[i] is JsonValue value && value.TryGetValue<string>(out var text)
                    && string.Equals(text, PlaceholderDomain, StringComparison.OrdinalIgnoreCase))
                {
                    domains[i] = domain;
                }
            }
        }

        var icons = manifest["icons"]?.AsObject() ?? throw new InvalidDataException("manifest.json has no icons.");
        var iconNames = IconKinds
            .Select(kind => icons[kind] is JsonValue value && value.TryGetValue<string>(out var name) && name.Length > 0
                ? name
                : throw new InvalidDataException($"manifest.json has no icons.{kind}."))
            .ToList();

        // Built in memory and written at the end, so a failure leaves no half-written package behind.
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var stream = zip.CreateEntry("manifest.json", CompressionLevel.Optimal).Open())
            {
                JsonSerializer.Serialize(stream, manifest, Json);
            }

            foreach (var name in iconNames)
            {
                zip.CreateEntryFromFile(Path.Combine(manifestFolder, name), name, CompressionLevel.Optimal);
            }
        }

        if (Path.GetDirectoryName(Path.GetFullPath(zipPath)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(zipPath, package.ToArray());
    }

    private static void ReplaceIfPlaceholder(JsonObject? owner, string property, string value)
    {
        if (owner?[property] is JsonValue current && current.TryGetValue<string>(out var text)
            && string.Equals(text, PlaceholderAppId, StringComparison.OrdinalIgnoreCase))
        {
            owner[property] = value;
        }
    }

    /// <summary>A host, optionally with a leading <c>*.</c> wildcard, which validDomains allows.</summary>
    private static bool IsHost(string domain) => BotDomain.IsHost(domain.StartsWith("*.", StringComparison.Ordinal) ? domain[2..] : domain);
}
