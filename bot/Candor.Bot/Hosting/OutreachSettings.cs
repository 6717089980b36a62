using Candor.Analysis.Outreach;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Hosting;

/// <summary>
/// The coach's limits from configuration (<c>Outreach:NoteChars</c>, <c>Outreach:MessageWords</c>, …);
/// LinkedIn's own limits where a key is not set. Read the same way by the bot and by one-shot commands.
/// </summary>
internal static class OutreachSettings
{
    public const string Section = "Outreach";

    /// <exception cref="OptionsValidationException">A limit is not a positive number; the message names its key.</exception>
    public static OutreachLimits Read(IConfiguration configuration)
    {
        OutreachLimits limits;
        try
        {
            limits = configuration.GetSection(Section).Get<OutreachLimits>() ?? OutreachLimits.Default;
        }
        catch (InvalidOperationException unreadable)
        {
            // The binder's message names the key and the value it could not convert.
            throw new OptionsValidationException(Section, typeof(OutreachLimits), [unreadable.Message]);
        }

        return limits.Problems() is { Count: > 0 } problems ? throw new OptionsValidationException(Section, typeof(OutreachLimits), problems) : limits;
    }

    /// <summary>Reads and checks the limits now, so a bad one stops start-up with its key named.</summary>
    public static WebApplicationBuilder AddOutreachLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(Read(builder.Configuration));
        return builder;
    }
}
