using Microsoft.Extensions.Options;

namespace Candor.Bot.Channels.Slack;

/// <summary>
/// The Slack app's secrets and where its Web API is (<c>Slack:BotToken</c>, <c>Slack:SigningSecret</c>, also read
/// from <c>SLACK_BOT_TOKEN</c> and <c>SLACK_SIGNING_SECRET</c>; <c>Slack:ApiBaseUrl</c>). Slack is enabled when
/// either secret is set, and then both must be: requests cannot be verified without the signing secret, nor
/// answered without the token.
/// </summary>
internal sealed record SlackSettings(string BotToken, string SigningSecret, Uri ApiBaseUrl)
{
    public const string BotTokenKey = "Slack:BotToken";
    public const string SigningSecretKey = "Slack:SigningSecret";
    public const string ApiBaseUrlKey = "Slack:ApiBaseUrl";

    public static readonly Uri DefaultApiBaseUrl = new("https://slack.com/api/");

    /// <returns>Null when Slack is not configured: its endpoints are then not mapped.</returns>
    /// <exception cref="OptionsValidationException">Only one secret is set, or the API URL is unusable; the message names the key.</exception>
    public static SlackSettings? Read(IConfiguration configuration)
    {
        var token = First(configuration[BotTokenKey], configuration["SLACK_BOT_TOKEN"]);
        var secret = First(configuration[SigningSecretKey], configuration["SLACK_SIGNING_SECRET"]);
        if (token is null && secret is null)
        {
            return null;
        }

        if (secret is null)
        {
            throw Invalid($"{SigningSecretKey} (or SLACK_SIGNING_SECRET) is empty: Slack requests cannot be verified without it. Copy it from the app's Basic Information page.");
        }

        if (token is null)
        {
            throw Invalid($"{BotTokenKey} (or SLACK_BOT_TOKEN) is empty: Candor cannot answer in Slack without it. Copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.");
        }

        var api = configuration[ApiBaseUrlKey] is { Length: > 0 } configured ? configured : DefaultApiBaseUrl.ToString();
        // The bot token travels with every call: plain http only to this machine (a local fake or tunnel).
        if (!Uri.TryCreate(api.EndsWith('/') ? api : api + "/", UriKind.Absolute, out var apiBaseUrl)
            || !(apiBaseUrl.Scheme == Uri.UriSchemeHttps || (apiBaseUrl.Scheme == Uri.UriSchemeHttp && apiBaseUrl.IsLoopback)))
        {
            throw Invalid($"{ApiBaseUrlKey} is '{api}'; it must be an https URL such as {DefaultApiBaseUrl} (http only on this machine).");
        }

        return new SlackSettings(token, secret, apiBaseUrl);
    }

    // Never print the secrets, whatever logs a record.
    public override string ToString() => $"Slack app (Web API at {ApiBaseUrl})";

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static OptionsValidationException Invalid(string problem) => new("Slack", typeof(SlackSettings), [problem]);
}
