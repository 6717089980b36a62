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

    /// <summary>What is wrong with these settings, named by their keys; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var failures = new List<string>();
        if (Provider is { Length: > 0 } provider && !IsEnabled && !provider.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Rewriter:Provider '{provider}' is not supported: use 'openai' (any OpenAI-compatible server) or leave it empty.");
        }

        if (!IsEnabled)
        {
            return failures;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            failures.Add("Rewriter:Model is required when Rewriter:Provider is openai (for example gpt-4o-mini, or the model your server serves).");
        }

        if (Endpoint is { Length: > 0 } endpoint
            && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"Rewriter:Endpoint '{endpoint}' must be an absolute http(s) URL such as http://localhost:11434/v1.");
        }

        if (string.IsNullOrWhiteSpace(Endpoint) && string.IsNullOrWhiteSpace(ApiKey))
        {
            failures.Add("Rewriter:ApiKey is required for OpenAI's own endpoint (set Rewriter:Endpoint for a server that needs no key).");
        }

        // Written so that NaN fails too.
        if (!(TimeoutSeconds > 0 && TimeoutSeconds <= 120))
        {
            failures.Add($"Rewriter:TimeoutSeconds must be more than 0 and at most 120, not {TimeoutSeconds}.");
        }

        return failures;
    }
}
