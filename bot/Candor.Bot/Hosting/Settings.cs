using Microsoft.Extensions.Options;

namespace Candor.Bot.Hosting;

/// <summary>Reads a settings section once, for the bot and for one-shot commands alike.</summary>
internal static class Settings
{
    /// <summary>Binds <paramref name="section"/> and checks it.</summary>
    /// <exception cref="OptionsValidationException">A value is unreadable or wrong; the message names its key.</exception>
    public static T Read<T>(IConfiguration configuration, string section, Func<T, IReadOnlyList<string>> problems)
        where T : class, new()
    {
        T settings;
        try
        {
            settings = configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException unreadable)
        {
            // The binder's message names the key and the value it could not convert ("Rewriter:TimeoutSeconds", "abc").
            throw new OptionsValidationException(section, typeof(T), [unreadable.Message]);
        }

        return problems(settings) is { Count: > 0 } found ? throw new OptionsValidationException(section, typeof(T), found) : settings;
    }
}
