using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Bot.Rewriting;
using Candor.Cards.Building;
using Candor.Cards.Model;

namespace Candor.Bot.Conversation;

/// <summary>
/// What Candor answers to a message, whatever the channel: help for a greeting or "help", the coach for
/// "coach …", and otherwise the engine's verdict on the paste, as a card. Channels only turn their payloads
/// into text and send the card back.
/// </summary>
internal sealed class Responder(TimeProvider clock, ModelRewriter rewriter, OutreachLimits limits, CheckHistory history)
{
    private static readonly string[] HelpWords = ["help", "hi", "hello", "hey", "start", "?", "/help"];

    /// <param name="inBackground">
    /// True for an answer sent after the acknowledgement: the optional model may be asked. False when the answer
    /// is due within seconds in the request (a message action's dialog).
    /// </param>
    /// <param name="recordFor">The conversation whose history keeps this check (its verdicts, never a draft); null keeps nothing.</param>
    public async Task<Card> AnswerAsync(string text, CancellationToken cancel, bool inBackground = true, ConversationKey? recordFor = null)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || HelpWords.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return StaticCards.Welcome();
        }

        if (trimmed.Equals("forget", StringComparison.OrdinalIgnoreCase))
        {
            return StaticCards.ConfirmForget();
        }

        if (trimmed.StartsWith("coach ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("coach\n", StringComparison.OrdinalIgnoreCase))
        {
            var draft = trimmed[6..];
            var options = new CoachOptions(Limits: limits);
            var coached = CandorEngine.Coach(draft, options);
            await RecordAsync(recordFor, coached, draft, cancel);
            return CardOf(inBackground ? await rewriter.ImproveAsync(coached, draft, options, cancel) : coached, draft);
        }

        var paste = trimmed.StartsWith("check ", StringComparison.OrdinalIgnoreCase) ? trimmed[6..] : trimmed;
        var result = CandorEngine.Check(paste, new CheckOptions(clock.GetUtcNow(), null, limits));
        await RecordAsync(recordFor, result, paste, cancel);
        return CardOf(inBackground ? await rewriter.ImproveAsync(result, paste, new CoachOptions(Limits: limits), cancel) : result, paste);
    }

    /// <summary>
    /// For a channel Candor listens to: the card for a pasted comment thread, kept in the channel's history; null
    /// (and nothing kept) for anything else said there.
    /// </summary>
    public async Task<Card?> AnswerThreadAsync(string text, ConversationKey recordFor, CancellationToken cancel)
    {
        var paste = text.Trim();
        var result = CandorEngine.Check(paste, new CheckOptions(clock.GetUtcNow(), null, limits));
        if (result.Report is not { Kind: ReportKind.Thread })
        {
            return null;
        }

        await RecordAsync(recordFor, result, paste, cancel);
        return CardOf(result, paste);
    }

    private Task RecordAsync(ConversationKey? conversation, CheckResult result, string input, CancellationToken cancel) =>
        conversation is not null && result.Report is { } report ? history.RecordAsync(conversation, report, input, cancel) : Task.CompletedTask;

    private static Card CardOf(CheckResult result, string input) => result.Report is { } report
        ? ReportCards.From(report, CardSource.Of(input, isDraft: report.Kind == ReportKind.Outreach))
        : StaticCards.Error(result.Problem!.Message, result.Problem.Suggestion);
}
