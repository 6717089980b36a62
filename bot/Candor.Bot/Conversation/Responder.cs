using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Bot.Digests;
using Candor.Bot.LinkFetch;
using Candor.Bot.Rewriting;
using Candor.Cards.Building;
using Candor.Cards.Model;

namespace Candor.Bot.Conversation;

/// <summary>
/// What Candor answers to a message, whatever the channel: help for a greeting or "help", the coach for
/// "coach …", "forget" and "digest", and otherwise the engine's verdict on the paste, as a card. Channels only
/// turn their payloads into text and send the card back.
/// </summary>
internal sealed class Responder(
    TimeProvider clock, ModelRewriter rewriter, OutreachLimits limits, CheckHistory history, DigestCommands digests, UsageLimits usage, PostLinks postLinks)
{
    private static readonly string[] HelpWords = ["help", "hi", "hello", "hey", "start", "?", "/help"];
    private static readonly string[] CommandWords = ["check", "coach", "digest", "forget"];

    /// <summary>A greeting or a call for help: answered with the welcome card, no analysis needed.</summary>
    public static bool IsHelp(string text) => text.Trim() is var trimmed && (trimmed.Length == 0 || HelpWords.Contains(trimmed, StringComparer.OrdinalIgnoreCase));

    /// <param name="inBackground">
    /// True for an answer sent after the acknowledgement: the optional model may be asked. False when the answer
    /// is due within seconds in the request (a message action's dialog).
    /// </param>
    /// <param name="recordFor">
    /// The conversation whose history keeps this check (its verdicts, never a draft), and whose digest "digest …"
    /// sets; null keeps nothing.
    /// </param>
    /// <param name="analysed">
    /// Called as soon as the engine is done, before the history is written and the optional model asked: the
    /// caller's turn on a core ends there, not when the database or the model answers.
    /// </param>
    /// <param name="zone">The IANA time zone the client reported, for a digest schedule that names none.</param>
    /// <param name="asker">Who asked, for the per-person and per-tenant limits on analyses; null is not limited.</param>
    /// <param name="workId">The accepted work being answered, so its check is kept once however often it is answered.</param>
    public async Task<Card> AnswerAsync(
        string text, CancellationToken cancel, bool inBackground = true, ConversationKey? recordFor = null, Action? analysed = null, string? zone = null,
        Asker? asker = null, string? workId = null)
    {
        if (IsHelp(text))
        {
            return StaticCards.Welcome();
        }

        var trimmed = text.Trim();
        switch (Command(trimmed))
        {
            case ("forget", ""):
                return StaticCards.ConfirmForget();
            case ("digest", var applied):
                return await digests.AnswerAsync(applied, recordFor, zone, cancel);
            case ("coach", ""):
                return StaticCards.Error("There is no draft to coach.", "Put the draft after the word, for example: coach Hi Aisha, I read your post on pricing …");
            case ("check", ""):
                return StaticCards.Error("There is nothing to check.", "Put the comment, thread or link after the word, for example: check Great post! Thanks for sharing");
            // Everything below is an analysis, and counts against the asker's allowance.
            case var _ when asker is not null && usage.TryTake(asker) is { } wait:
                return usage.SlowDown(wait);
            case ("coach", var draft):
                var options = new CoachOptions(Limits: limits);
                var coached = CandorEngine.Coach(draft, options);
                analysed?.Invoke();
                await RecordAsync(recordFor, coached, draft, workId, cancel);
                return CardOf(inBackground ? await rewriter.ImproveAsync(coached, draft, options, cancel) : coached, draft);
            case ("check", var paste):
                return await AnalyseAsync(paste, inBackground, recordFor, analysed, workId, cancel);
            default:
                return await AnalyseAsync(trimmed, inBackground, recordFor, analysed, workId, cancel);
        }
    }

    /// <summary>
    /// The engine's verdict on <paramref name="paste"/> as it is, with no command read from it: for a message
    /// someone else wrote (the message action, the shortcut), where "forget" or "help" is just text.
    /// </summary>
    public async Task<Card> CheckAsync(
        string paste, CancellationToken cancel, bool inBackground = true, ConversationKey? recordFor = null, Action? analysed = null, Asker? asker = null,
        string? workId = null) =>
        asker is not null && usage.TryTake(asker) is { } wait
            ? usage.SlowDown(wait)
            : await AnalyseAsync(paste, inBackground, recordFor, analysed, workId, cancel);

    /// <summary>
    /// For a channel Candor listens to: the card for a pasted comment thread, kept in the channel's history; null
    /// (and nothing kept) for anything else said there. Only threads count against the allowance; one over it
    /// gets no answer, since a note in a channel that did not ask would be noise.
    /// </summary>
    public async Task<Card?> AnswerThreadAsync(string text, ConversationKey recordFor, Asker asker, Action analysed, string workId, CancellationToken cancel)
    {
        var paste = text.Trim();
        var result = CandorEngine.Check(paste, new CheckOptions(clock.GetUtcNow(), null, limits));
        analysed();
        if (result.Report is not { Kind: ReportKind.Thread } || usage.TryTake(asker) is not null)
        {
            return null;
        }

        await RecordAsync(recordFor, result, paste, workId, cancel);
        return CardOf(result, paste);
    }

    private async Task<Card> AnalyseAsync(string paste, bool inBackground, ConversationKey? recordFor, Action? analysed, string? workId, CancellationToken cancel)
    {
        var options = new CheckOptions(clock.GetUtcNow(), null, limits);
        var result = CandorEngine.Check(paste, options);
        analysed?.Invoke();

        // A lone post link may be judged from its public page (LinkFetch:Enabled): after the turn, because it waits
        // on the network, and only in the background, because it may take seconds.
        var fetched = inBackground ? await postLinks.CheckAsync(result, options, cancel) : null;
        result = fetched?.Result ?? result;
        await RecordAsync(recordFor, result, paste, workId, cancel);
        var card = CardOf(inBackground ? await rewriter.ImproveAsync(result, paste, new CoachOptions(Limits: limits), cancel) : result, paste);
        return fetched is null ? card : LinkFetchNote.On(card, fetched.Note);
    }

    private Task RecordAsync(ConversationKey? conversation, CheckResult result, string input, string? workId, CancellationToken cancel) =>
        conversation is not null && result.Report is { } report ? history.RecordAsync(conversation, report, input, workId, cancel) : Task.CompletedTask;

    // "coach Hi Aisha…" → ("coach", "Hi Aisha…"): a command word, then any spacing (a pasted thread often starts
    // on the next line), then what it applies to. Null when the text does not start with one.
    private static (string Word, string Applied)? Command(string text)
    {
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var word = text[..end].ToLowerInvariant();
        return CommandWords.Contains(word) ? (word, text[end..].Trim()) : null;
    }

    private static Card CardOf(CheckResult result, string input) => result.Report is { } report
        ? ReportCards.From(report, CardSource.Of(input, isDraft: report.Kind == ReportKind.Outreach))
        : StaticCards.Error(result.Problem!.Message, result.Problem.Suggestion);
}
