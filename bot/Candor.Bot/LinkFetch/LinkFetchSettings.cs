using Microsoft.Extensions.Options;

namespace Candor.Bot.LinkFetch;

/// <summary>Reading a pasted post link's public page (<c>LinkFetch:*</c>); off unless <c>LinkFetch:Enabled</c> is true.</summary>
internal sealed class LinkFetchSettings
{
    public const string Section = "LinkFetch";
    private const int MostBytes = 16 * 1024 * 1024;

    public bool Enabled { get; set; }

    /// <summary>The whole fetch, redirects and body included, must end within this (1–30 s).</summary>
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>A page longer than this is not read (64 KB – 16 MB).</summary>
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <exception cref="OptionsValidationException">A value is unreadable or out of range; the message names the key.</exception>
    public static LinkFetchSettings Read(IConfiguration configuration) =>
        Hosting.Settings.Read<LinkFetchSettings>(configuration, Section, Problems);

    private static List<string> Problems(LinkFetchSettings settings)
    {
        var problems = new List<string>();
        if (settings.TimeoutSeconds is < 1 or > 30)
        {
            problems.Add($"{Section}:TimeoutSeconds is {settings.TimeoutSeconds}; give the page 1 to 30 seconds.");
        }

        if (settings.MaxBytes is < 64 * 1024 or > MostBytes)
        {
            problems.Add($"{Section}:MaxBytes is {settings.MaxBytes}; read pages of 65536 to {MostBytes} bytes.");
        }

        return problems;
    }
}
