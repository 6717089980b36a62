using Candor.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Rewriting;

internal static class RewritingExtensions
{
    /// <summary>Registers the optional model rewriter; with <c>Rewriter:Provider</c> unset nothing calls out.</summary>
    public static WebApplicationBuilder AddRewriter(this WebApplicationBuilder builder)
    {
        // Read and checked now, so a bad key stops start-up with its name.
        var options = Read(builder.Configuration);
        builder.Services.AddSingleton(services => new ModelRewriter(options, services.GetRequiredService<ILogger<ModelRewriter>>()));
        return builder;
    }

    /// <summary>
    /// The rewriter for one-shot commands, from the same settings the bot reads (appsettings.json beside the
    /// program, then environment variables such as <c>Rewriter__Provider</c>).
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is wrong; the message names it.</exception>
    public static ModelRewriter ForCommandLine(IConfiguration configuration, ILoggerFactory logging) =>
        new(Read(configuration), logging.CreateLogger<ModelRewriter>());

    private static RewriterOptions Read(IConfiguration configuration) =>
        Settings.Read<RewriterOptions>(configuration, RewriterOptions.Section, options => options.Problems());
}
