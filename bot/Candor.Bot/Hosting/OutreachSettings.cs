using Candor.Analysis.Outreach;

namespace Candor.Bot.Hosting;

/// <summary>
/// The coach's limits from configuration (<c>Outreach:NoteChars</c>, <c>Outreach:MessageWords</c>, …);
/// LinkedIn's own limits where a key is not set.
/// </summary>
internal static class OutreachSettings
{
    public const string Section = "Outreach";

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A limit is not a positive number; the message names its key.</exception>
    public static OutreachLimits Read(IConfiguration configuration) => Settings.Read<OutreachLimits>(configuration, Section, limits => limits.Problems());

    /// <summary>Reads and checks the limits now, so a bad one stops start-up with its key named.</summary>
    public static WebApplicationBuilder AddOutreachLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(Read(builder.Configuration));
        return builder;
    }
}
