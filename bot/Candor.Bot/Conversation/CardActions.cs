using System.Text.Json;
using System.Text.RegularExpressions;
using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Bot.Rewriting;
using Candor.Bot.Storage;
using Candor.Cards.Building;
using Candor.Cards.Model;

namespace Candor.Bot.Conversation;

/// <summary>What a card button asked for, answered: a new card, or a short message when the card should stay.</summary>
internal sealed record ActionAnswer(Card? Card, string? Message);

/// <summary>
/// Answers card buttons from their payload alone (no card is kept on the server): feedback is acknowledged, logged
/// and counted for the conversation's digest, "Rewrite with this detail" coaches the draft again around the detail typed into the card,
/// "Shorter" fits it to a connection note, and "More formal" greets and signs off formally.
/// </summary>
internal sealed partial class CardActions(
    ModelRewriter rewriter, OutreachLimits limits, ConversationData data, IFeedbackStore feedback, TimeProvider clock, ILogger<CardActions> logger)
{
    // A vote is answered within an invoke's few seconds; a database in trouble costs the count, not the thanks.
    private static readonly TimeSpan FeedbackPatience = TimeSpan.FromSeconds(2);

    /// <param name="inBackground">
    /// True for an answer sent after the acknowledgement: the optional model may be asked. False when the answer
    /// is due within seconds in the request (an invoke).
    /// </param>
    /// <param name="conversation">Where the button was pressed: what "Forget it" erases.</param>
    public async Task<ActionAnswer> AnswerAsync(CardPayload? payload, JsonElement? inputs, bool inBackground, ConversationKey conversation, CancellationToken cancel)
    {
        switch (payload)
        {
            case null:
                return new(null, "That button is from an older or unknown card; paste the text again and I'll answer it fresh.");
            case { Verb: "feedback" }:
                LogFeedback(payload.Kind, payload.Verdict ?? "?", payload.Vote ?? "?", payload.Ref ?? "?");
                await CountAsync(payload, conversation, cancel);
                return new(null, payload.Vote == "up" ? "Thanks — noted that this was right." : "Thanks — noted that this was wrong. It helps me get better.");
            case { Verb: "rewrite", Draft: not null }:
                var detail = DetailOf(inputs);
                return string.IsNullOrEmpty(detail)
                    ? new(null, DetailFirst)
                    : new(await CoachAsync(payload with { About = detail }, DraftFormats.Parse(payload.Format), inBackground, cancel), null);
            case { Verb: "forget", Variant: "confirm" }:
                return new(await ForgetAsync(conversation, cancel), null);
            case { Verb: "forget" }:
                return new(StaticCards.Note("Kept: nothing was deleted."), null);
            case { Verb: "variant", Draft: not null, Variant: "shorter" }:
                return new(await CoachAsync(payload, DraftFormat.Note, inBackground, cancel), null);
            case { Verb: "variant", Draft: not null, Variant: "formal" }:
                return new(Formal(await CoachAsync(payload, DraftFormats.Parse(payload.Format), inBackground, cancel)), null);
            default:
                return new(null, "I can't do that from this card; paste the text again and I'll answer it fresh.");
        }
    }

    /// <summary>What to do when "Rewrite with this detail" was pressed with the detail box empty.</summary>
    public const string DetailFirst = "Type one real detail about them in the box first (a post, a talk, a launch), then press \"Rewrite with this detail\".";

    /// <summary>The detail typed into a card's box, trimmed; null when none was.</summary>
    public static string? DetailOf(JsonElement? inputs) =>
        inputs is { ValueKind: JsonValueKind.Object } values && values.TryGetProperty("detail", out var typed) && typed.ValueKind == JsonValueKind.String
            && typed.GetString()?.Trim() is { Length: > 0 } detail
            ? detail
            : null;

    private async Task CountAsync(CardPayload vote, ConversationKey conversation, CancellationToken cancel)
    {
        if (vote.Vote is not ("up" or "down"))
        {
            return;
        }

        try
        {
            await feedback.RecordAsync(new CardFeedback(conversation, clock.GetUtcNow(), vote.Kind, vote.Verdict ?? "unknown", vote.Vote == "up"), cancel)
                .WaitAsync(FeedbackPatience, cancel);
        }
        catch (Exception failed) when (failed is StorageException or TimeoutException)
        {
            LogFeedbackNotCounted(conversation.Channel, conversation.Id, failed.Message);
        }
    }

    private async Task<Card> ForgetAsync(ConversationKey conversation, CancellationToken cancel)
    {
        try
        {
            var checks = await data.EraseAsync(conversation, cancel);
            return StaticCards.Note($"Forgotten: {checks} {(checks == 1 ? "check" : "checks")} and everything else I kept for this conversation are deleted.");
        }
        catch (Exception unavailable) when (unavailable is StorageException or Quartz.SchedulerException)
        {
            return StaticCards.Note("I couldn't reach my storage, so not everything may be deleted yet. Press \"Forget it\" again in a minute.");
        }
    }

    private async Task<Card> CoachAsync(CardPayload payload, DraftFormat? format, bool inBackground, CancellationToken cancel)
    {
        var options = new CoachOptions(Recipient.Parse(payload.To), payload.About, format, limits);
        var coached = CandorEngine.Coach(payload.Draft!, options);
        var result = inBackground ? await rewriter.ImproveAsync(coached, payload.Draft!, options, cancel) : coached;
        return result.Report is { } report
            ? ReportCards.From(report, CardSource.Of(payload.Draft!, payload.To, payload.About, format?.ToString().ToLowerInvariant(), isDraft: true))
            : StaticCards.Error(result.Problem!.Message, result.Problem.Suggestion);
    }

    /// <summary>The same card with its ready-to-send text greeting "Dear …" and signing off "Kind regards".</summary>
    private static Card Formal(Card card) => card with
    {
        Parts = card.Parts.Select(part => part is CopyText { Label: var label } copy && label.StartsWith("Ready to send", StringComparison.Ordinal)
            ? copy with { Label = "Ready to send, formal", Text = Formalised(copy.Text) }
            : part).ToList(),
    };

    private static string Formalised(string text)
    {
        var greeted = InformalGreeting().Replace(text, "Dear ", 1);
        return SignOff().IsMatch(greeted) ? SignOff().Replace(greeted, "Kind regards,", 1) : greeted.TrimEnd() + "\n\nKind regards,";
    }

    [GeneratedRegex(@"^(Hi|Hello|Hey|Hallo|Hola|Bonjour)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex InformalGreeting();

    [GeneratedRegex(@"(?m)^(Best|Cheers|Thanks|Best regards|Warm regards|Regards|Thank you)[,!.]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on a {Kind} card: verdict {Verdict} voted {Vote} (ref {Ref}).")]
    private partial void LogFeedback(string kind, string verdict, string vote, string @ref);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback in {Channel} conversation {Conversation} was not counted for its digest: {Reason}")]
    private partial void LogFeedbackNotCounted(string channel, string conversation, string reason);
}
