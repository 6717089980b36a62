using Microsoft.Extensions.Options;

namespace Candor.Bot.Digests;

/// <summary>
/// <c>Digest:TimeZone</c>: the zone a digest schedule is read in when the command names none and the client did not
/// say its own (Teams sends the user's zone; Slack does not). An IANA id; UTC by default.
/// </summary>
internal sealed class DigestSettings
{
    public const string Section = "Digest";

    public string TimeZone { get; set; } = "UTC";

    /// <summary>The zone <see cref="TimeZone"/> names; valid once <see cref="Read"/> has checked it.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <exception cref="OptionsValidationException">The zone is unknown; the message names the key.</exception>
    public static DigestSettings Read(IConfiguration configuration) =>
        Hosting.Settings.Read<DigestSettings>(configuration, Section, settings =>
            TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out _)
                ? []
                : [$"{Section}:TimeZone is '{settings.TimeZone}', which is not a time zone this machine knows; use an IANA id such as Europe/Berlin or UTC."]);
}
