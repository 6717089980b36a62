using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

using Candor.Analysis.Text;
using Candor.Bot.Conversation;

namespace Candor.Bot.Channels.Slack;

/// <summary>Slack answered <c>ok:false</c>; <see cref="Error"/> is Slack's code ("channel_not_found", "not_in_channel" …).</summary>
internal sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SlackApiException(string target, string error)
        : base($"Slack {target} answered ok:false ({error}).") => Error = error;

    public string Error { get; } = "unknown";
}

/// <summary>
/// Slack's Web API and response URLs (protocols.md §3.4), with the bot token. Errors arrive as HTTP 200 with
/// <c>ok:false</c> and become <see cref="SlackApiException"/>s carrying Slack's code. 429 (and <c>ratelimited</c>)
/// is retried after Retry-After; a request that never reached Slack is retried with backoff and jitter. A 5xx
/// or timeout is retried only for calls that are safe to repeat (an update, an unfurl, a replaced message):
/// after one, Slack may already have posted, and a retried post would show twice.
/// </summary>
internal sealed partial class SlackApi(HttpClient http, SlackSettings settings, ILogger<SlackApi> logger)
{
    private const int Attempts = 4;
    private static readonly HashSet<string> SafeToRepeat = ["chat.unfurl"];

    /// <summary>Calls <paramref name="method"/> ("chat.postMessage" …) with a JSON body.</summary>
    /// <returns>Slack's answer, with <c>ok:true</c>.</returns>
    /// <exception cref="SlackApiException">Slack refused the call.</exception>
    /// <exception cref="HttpRequestException">Slack could not be reached, or kept failing.</exception>
    public Task<JsonObject> CallAsync(string method, JsonObject body, CancellationToken cancel) =>
        SendAsync(method, new Uri(settings.ApiBaseUrl, method), body, SafeToRepeat.Contains(method), withToken: true, cancel);

    /// <summary>
    /// Answers through a <c>response_url</c> (slash commands, shortcuts, buttons: at most five uses in 30 minutes).
    /// Only Slack's hooks host, or the configured API's host (tests, staging), is posted to.
    /// </summary>
    /// <exception cref="SlackApiException">Slack refused the answer, or the URL is not Slack's.</exception>
    /// <exception cref="HttpRequestException">Slack could not be reached, or kept failing.</exception>
    public Task<JsonObject> RespondAsync(string responseUrl, JsonObject body, CancellationToken cancel)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || !IsSlacks(url))
        {
            throw new SlackApiException("response_url", "not_a_slack_url");
        }

        // Replacing a message is the same message again; posting a new one is not.
        var repeatable = (bool?)body["replace_original"] == true;
        return SendAsync("response_url", url, body, repeatable, withToken: false, cancel);
    }

    private bool IsSlacks(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttps && url.Host == "hooks.slack.com")
        || (url.Scheme == settings.ApiBaseUrl.Scheme && url.Host == settings.ApiBaseUrl.Host && url.Port == settings.ApiBaseUrl.Port);

    private async Task<JsonObject> SendAsync(string target, Uri url, JsonObject body, bool repeatable, bool withToken, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
                if (withToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
                }

                using var response = await http.SendAsync(request, cancel);
                var (answer, text) = await AnswerAsync(response, cancel);
                // Response URLs refuse in plain text ("invalid_blocks", "used_url"); the Web API in JSON.
                var error = answer is null && text.Trim() is { Length: > 0 } refusal && !refusal.Equals("ok", StringComparison.OrdinalIgnoreCase)
                    ? Excerpt.Clip(refusal, 100)
                    : (string?)answer?["error"];
                if (response.IsSuccessStatusCode && (bool?)answer?["ok"] != false)
                {
                    return answer ?? new JsonObject { ["ok"] = true };
                }

                var throttled = response.StatusCode == HttpStatusCode.TooManyRequests || error == "ratelimited";
                var transient = (int)response.StatusCode >= 500 && repeatable;
                if (!(throttled || transient) || attempt == Attempts)
                {
                    LogRefused(target, (int)response.StatusCode, error ?? "none", Details(answer), attempt);
                    throw Refusal(target, response.StatusCode, error, throttled, attempt);
                }

                wait = Backoff.Before(attempt, response.Headers.RetryAfter);
            }
            catch (HttpRequestException unreached) when (unreached.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError && attempt < Attempts)
            {
                // Nothing reached Slack, so nothing can show twice.
                wait = Backoff.Before(attempt, null);
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested && repeatable && attempt < Attempts)
            {
                wait = Backoff.Before(attempt, null);
            }

            LogRetry(target, wait.TotalMilliseconds, attempt);
            await Task.Delay(wait, cancel);
        }
    }

    // Web API methods answer JSON; response URLs answer a bare "ok", or a bare error code.
    private static async Task<(JsonObject? Json, string Text)> AnswerAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        var text = await response.Content.ReadAsStringAsync(cancel);
        try
        {
            return (JsonNode.Parse(text) as JsonObject, text);
        }
        catch (JsonException)
        {
            return (null, text);
        }
    }


    // What Slack adds to explain an error such as invalid_blocks ("[ERROR] must be less than 3001 characters [json-pointer:/blocks/2/text]").
    private static string Details(JsonObject? answer) =>
        answer?["response_metadata"]?["messages"] is JsonArray messages ? string.Join(" ", messages.Select(m => (string?)m)) : string.Empty;


    /// <summary>
    /// Slack's refusal, carrying its code; throttling past the retries is a 429 whichever way Slack said it (HTTP 429
    /// or ok:false "ratelimited"), since either way nothing was posted and the caller may try again later.
    /// </summary>
    private static Exception Refusal(string target, HttpStatusCode status, string? error, bool throttled, int attempt) =>
        throttled
            ? new HttpRequestException($"Slack {target} was still throttling ({error ?? "HTTP 429"}) after {attempt} attempt(s).", null, HttpStatusCode.TooManyRequests)
            : (int)status is >= 200 and < 300 || error is not null
                ? new SlackApiException(target, error ?? "unknown")
                : new HttpRequestException($"Slack {target} answered {(int)status} after {attempt} attempt(s).", null, status);

    /// <summary>How a failed call reads in the log: Slack's code when it gave one, else the kind of failure.</summary>
    public static string Reason(Exception failure) => failure is SlackApiException refused ? refused.Error : failure.GetType().Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Target} refused: HTTP {Status}, error {Error} {Details}, after {Attempt} attempt(s).")]
    private partial void LogRefused(string target, int status, string error, string details, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Target} throttled or unreachable; retrying in {WaitMs:0} ms (attempt {Attempt}).")]
    private partial void LogRetry(string target, double waitMs, int attempt);
}
