using Candor.Analysis.Text;

namespace Candor.Analysis.Outreach;

/// <summary>
/// A reply that says nothing: no words at all ("👍"), or stock phrases ("Sounds good!", "Danke, klingt gut!",
/// "Will check"), a greeting, the name, a template token, and at most one other word. Shared by the low-effort, personalisation and
/// reason checks, which all turn on whether a reply picks up anything the other person wrote.
/// </summary>
internal static class StockReply
{
    // Longer than this, a reply has room for something real even if it opens with thanks.
    private const int MaxWords = 14;

    // One word outside the stock phrases ("Interesting, will check, Ben") does not make a reply specific.
    private const int MaxOtherWords = 1;

    private static readonly PhraseSet Stock = new(
    [
        "sounds good/great/perfect/interesting", "thanks/thank_you/thx/ty/danke/merci/gracias/grazie/obrigado",
        "thanks/thank_you for sharing/reaching_out/the_message/this/your_message/your_note/your_email/the_note",
        "great/awesome/cool/nice/perfect/interesting/noted/ok/okay/sure/got_it/will_do/makes_sense/love_it/agreed/perfecto/genial/super/parfait",
        "will check/look_into_it/think_about_it/get_back_to_you", "i'll/i_will get_back_to_you soon?", "let me check/think", "keep me posted",
        "talk soon", "great thanks/thank_you", "ok thanks", "sure thing", "no problem", "cheers",
        "klingt gut/super/interessant", "ça marche", "c'est noté", "lo miro/veo", "suena bien", "muchas gracias", "vielen dank", "merci beaucoup",
    ]);

    public static bool IsStock(Draft draft)
    {
        if (draft.Words.Count == 0)
        {
            return draft.Body.Length > 0;
        }

        if (draft.Words.Count > MaxWords || Stock.First(draft.Words) is null)
        {
            return false;
        }

        var covered = Stock.All(draft.Words).Concat(Placeholders.Pattern.Matches(draft.Body).Select(m => new TextSpan(m.Index, m.Length))).ToArray();
        var other = draft.Words.Count(word => !covered.Any(span => word.Span.Start >= span.Start && word.Span.Start < span.Start + span.Length)
            && !IsGreetingOrName(word, draft));
        return other <= MaxOtherWords;
    }

    /// <summary>The first stock phrase of the reply, as written.</summary>
    public static string? Phrase(Draft draft) => Stock.First(draft.Words)?.Of(draft.Body);

    private static bool IsGreetingOrName(Word word, Draft draft) =>
        word.Lower is "hi" or "hello" or "hey" or "dear" or "hallo" or "bonjour" or "hola"
        || (draft.Addressee is { } name && word.Lower.Equals(name, StringComparison.OrdinalIgnoreCase));
}
