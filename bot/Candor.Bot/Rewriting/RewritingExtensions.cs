using Microsoft.Extensions.Options;

namespace Candor.Bot.Rewriting;

internal static class RewritingExtensions
{
    /// <summary>Registers the optional model rewriter; with <c>Rewriter:Provider</c> unset nothing calls out.</summary>
    public static WebApplicationBuilder AddRewriter(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RewriterOptions>().Bind(builder.Configuration.GetSection(RewriterOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RewriterOptions>, RewriterOptionsValidator>();
        builder.Services.AddSingleton(services =>
            new ModelRewriter(services.GetRequiredService<IOptions<RewriterOptions>>().Value, services.GetRequiredService<ILogger<ModelRewriter>>()));
        return builder;
    }

    /// <summary>
    /// The rewriter for one-shot commands, from the same settings the bot reads (appsettings.json beside the
    /// program, then environment variables such as <c>Rewriter__Provider</c>).
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is wrong; the message names it.</exception>
    public static ModelRewriter ForCommandLine(IConfiguration configuration, ILoggerFactory logging)
    {
        var options = configuration.GetSection(RewriterOptions.Section).Get<RewriterOptions>() ?? new RewriterOptions();
        var validation = new RewriterOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(RewriterOptions.Section, typeof(RewriterOptions), validation.Failures);
        }

        return new ModelRewriter(options, logging.CreateLogger<ModelRewriter>());
    }
}
