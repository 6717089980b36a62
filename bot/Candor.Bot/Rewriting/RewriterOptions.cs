using Microsoft.Extensions.Options;

namespace Candor.Bot.Rewriting;

/// <summary>
/// The optional model rewriter (<c>Rewriter:*</c>, off by default). Any OpenAI-compatible server works:
/// OpenAI itself (no endpoint, an API key), Azure OpenAI, vLLM or Ollama (an endpoint such as
/// <c>http://localhost:11434/v1</c>, a key only if the server wants one).
/// </summary>
internal sealed class RewriterOptions
{
    public const string Section = "Rewriter";

    public string? Provider { get; set; }

    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>How long a rewrite may take before the deterministic one is shown instead.</summary>
    public double TimeoutSeconds { get; set; } = 8;

    public bool IsEnabled => string.Equals(Provider, "openai", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Fails start-up with a message naming the key, instead of failing on the first draft.</summary>
internal sealed class RewriterOptionsValidator : IValidateOptions<RewriterOptions>
{
    public ValidateOptionsResult Validate(string? name, RewriterOptions options)
    {
        var failures = new List<string>();
        if (options.Provider is { Length: > 0 } provider && !options.IsEnabled && !provider.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Rewriter:Provider '{provider}' is not supported: use 'openai' (any OpenAI-compatible server) or leave it empty.");
        }

        if (options.IsEnabled)
        {
            if (string.IsNullOrWhiteSpace(options.Model))
            {
                failures.Add("Rewriter:Model is required when Rewriter:Provider is openai (for example gpt-4o-mini, or the model your server serves).");
            }

            if (options.Endpoint is { Length: > 0 } endpoint
                && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                failures.Add($"Rewriter:Endpoint '{endpoint}' must be an absolute http(s) URL such as http://localhost:11434/v1.");
            }

            if (string.IsNullOrWhiteSpace(options.Endpoint) && string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add("Rewriter:ApiKey is required for OpenAI's own endpoint (set Rewriter:Endpoint for a server that needs no key).");
            }

            if (options.TimeoutSeconds is <= 0 or > 120)
            {
                failures.Add($"Rewriter:TimeoutSeconds must be between 0 and 120, not {options.TimeoutSeconds}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
