using System.ClientModel;
using System.ClientModel.Primitives;
using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using OpenAI;
using OpenAI.Chat;

namespace Candor.Bot.Rewriting;

/// <summary>
/// Asks a language model for a better wording of a coached draft and shows it only when the engine accepts
/// it (<see cref="ModelRewrite.Consider"/>). A slow, failing or unacceptable answer never reaches the user:
/// they get the deterministic rewrite, and the reason goes to the log. With <c>Rewriter:Provider</c> unset
/// (the default) it calls nothing and returns the coached result as it is.
/// </summary>
internal sealed partial class ModelRewriter
{
    private readonly ChatClient? chat;
    private readonly TimeSpan timeout;
    private readonly ILogger<ModelRewriter> logger;

    /// <param name="options">Validated settings (<see cref="RewriterOptionsValidator"/>).</param>
    public ModelRewriter(RewriterOptions options, ILogger<ModelRewriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        if (!options.IsEnabled)
        {
            return;
        }

        timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var clientOptions = new OpenAIClientOptions
        {
            // One attempt: a retry would only delay the deterministic rewrite the user gets anyway.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
        };
        if (options.Endpoint is { Length: > 0 } endpoint)
        {
            clientOptions.Endpoint = new Uri(endpoint);
        }

        // Local servers (Ollama, vLLM) take no key, but the client will not send a request without one.
        chat = new ChatClient(options.Model, new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "unused" : options.ApiKey), clientOptions);
    }

    /// <summary>The coached result with the model's rewrite when it is better; otherwise the result as it was.</summary>
    public async Task<CheckResult> ImproveAsync(CheckResult coached, string draft, CoachOptions options, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(coached);
        if (chat is null || coached.Report is not { Kind: ReportKind.Outreach, Rewrite: not null } report)
        {
            return coached;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(timeout);
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(ModelRewrite.Instructions(options)), new UserChatMessage(ModelRewrite.Request(report, draft, options))];
            var completion = await chat.CompleteChatAsync(messages, new ChatCompletionOptions { Temperature = 0.3f }, deadline.Token);
            var text = string.Concat(completion.Value.Content.Select(part => part.Text));
            var decision = ModelRewrite.Consider(report, draft, options, text);
            if (decision.Accepted)
            {
                LogAccepted(decision.Reason);
            }
            else
            {
                LogRejected(decision.Reason);
                if (decision.Detail is { } detail)
                {
                    LogRejectedDetail(detail);
                }
            }

            return CheckResult.Of(decision.Report);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            LogFailed($"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (ClientResultException failure)
        {
            // Only the status: the message carries the server's body, which may echo part of the key.
            LogFailed(failure.Status == 0 ? "the server could not be reached" : $"the server answered HTTP {failure.Status}");
        }
        catch (HttpRequestException failure)
        {
            LogFailed($"the server could not be reached ({failure.HttpRequestError})");
        }
#pragma warning disable CA1031 // Whatever goes wrong with an optional extra, the user still gets the deterministic rewrite.
        catch (Exception failure) when (failure is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // A server that is not quite OpenAI-compatible answers with something the client cannot read.
            LogFailed($"its answer could not be read ({failure.GetType().Name})");
        }

        return coached;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model rewrite shown: {Reason}.")]
    private partial void LogAccepted(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model rewrite not used, showing the deterministic rewrite: {Reason}.")]
    private partial void LogRejected(string reason);

    // The quoted words come from the user's draft or the model's rewording of it: Trace only, like all pasted text.
    [LoggerMessage(Level = LogLevel.Trace, Message = "Model rewrite not used because of: {Detail}")]
    private partial void LogRejectedDetail(string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model rewriter failed, showing the deterministic rewrite: {Reason}.")]
    private partial void LogFailed(string reason);
}
