using System.Collections.Frozen;

namespace Candor.Analysis.Outreach;

/// <summary>
/// The words the rewrite adds of its own — greeting, closing question, the frame around a detail — in the
/// draft's language, so a German draft is not answered with an English question. The language is the one
/// whose common function words the draft uses most; English when none stands out.
/// </summary>
internal sealed record RewriteLanguage(
    string Greeting, string Reply, string JobSeeking, string Recruiting, string Selling, string Advice, string General, string SawDetail)
{
    public static readonly RewriteLanguage English = new(
        "Hi", "What would be the most useful next step on your side?", "Is there one thing you wish candidates knew before applying?",
        "Would you be open to hearing what the role involves?", "Would it be useful if I sent a short summary of how it works?",
        "What is one thing you would do first in my position?", "Would it be useful if I sent a short note with more detail?", "I saw this about your work: {0}.");

    private static readonly RewriteLanguage German = new(
        "Hallo", "Was wäre auf Ihrer Seite der nützlichste nächste Schritt?", "Gibt es eine Sache, die Bewerber vorher wissen sollten?",
        "Wären Sie offen dafür, zu hören, was die Stelle umfasst?", "Wäre es hilfreich, wenn ich Ihnen eine kurze Zusammenfassung schicke?",
        "Was würden Sie an meiner Stelle als Erstes tun?", "Wäre es hilfreich, wenn ich Ihnen eine kurze Notiz mit mehr Details schicke?", "Zu Ihrer Arbeit: {0}.");

    private static readonly RewriteLanguage French = new(
        "Bonjour", "Quelle serait la prochaine étape la plus utile de votre côté ?", "Y a-t-il une chose que vous aimeriez que les candidats sachent avant de postuler ?",
        "Seriez-vous ouvert à en savoir plus sur le poste ?", "Est-ce qu'un court résumé du fonctionnement vous serait utile ?",
        "Que feriez-vous en premier à ma place ?", "Est-ce qu'une courte note avec plus de détails vous serait utile ?", "Au sujet de votre travail : {0}.");

    private static readonly RewriteLanguage Spanish = new(
        "Hola", "¿Cuál sería el siguiente paso más útil por su parte?", "¿Hay algo que le gustaría que los candidatos supieran antes de postularse?",
        "¿Le interesaría saber en qué consiste el puesto?", "¿Le sería útil que le enviara un breve resumen de cómo funciona?",
        "¿Qué haría usted primero en mi lugar?", "¿Le sería útil que le enviara una nota breve con más detalle?", "Sobre su trabajo: {0}.");

    // Words common in one language and rare in the others ("la" and "que" are shared by French and Spanish, so neither counts).
    private static readonly FrozenDictionary<string, RewriteLanguage> Markers = new Dictionary<string, RewriteLanguage>(StringComparer.Ordinal)
    {
        ["the"] = English, ["and"] = English, ["about"] = English, ["at"] = English, ["of"] = English, ["her"] = English, ["his"] = English, ["their"] = English, ["you"] = English, ["your"] = English, ["with"] = English, ["is"] = English, ["for"] = English, ["would"] = English,
        ["und"] = German, ["ich"] = German, ["sie"] = German, ["wir"] = German, ["nicht"] = German, ["mit"] = German, ["für"] = German, ["ihre"] = German, ["ist"] = German, ["das"] = German,
        ["du"] = German, ["eine"] = German, ["zur"] = German, ["zum"] = German, ["über"] = German, ["von"] = German, ["dein"] = German, ["deine"] = German, ["dir"] = German, ["danke"] = German, ["aber"] = German,
        ["et"] = French, ["je"] = French, ["vous"] = French, ["nous"] = French, ["les"] = French, ["des"] = French, ["est"] = French, ["pour"] = French, ["avec"] = French, ["votre"] = French,
        ["ton"] = French, ["une"] = French, ["sur"] = French, ["dans"] = French, ["ta"] = French, ["tes"] = French, ["merci"] = French, ["mais"] = French, ["j'ai"] = French,
        ["y"] = Spanish, ["yo"] = Spanish, ["usted"] = Spanish, ["los"] = Spanish, ["las"] = Spanish, ["es"] = Spanish, ["para"] = Spanish, ["con"] = Spanish, ["su"] = Spanish, ["mi"] = Spanish,
        ["vi"] = Spanish, ["una"] = Spanish, ["sobre"] = Spanish, ["del"] = Spanish, ["tú"] = Spanish, ["te"] = Spanish, ["muy"] = Spanish, ["pero"] = Spanish, ["gracias"] = Spanish, ["tus"] = Spanish,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every word the rewrite may write of its own, in any language: not a fact, so never "invented".</summary>
    public static FrozenSet<string> Vocabulary { get; } = new[] { English, German, French, Spanish }
        .SelectMany(l => new[] { l.Greeting, l.Reply, l.JobSeeking, l.Recruiting, l.Selling, l.Advice, l.General, l.SawDetail })
        .SelectMany(text => Text.Words.Of(text).Select(w => w.Lower))
        .Append("hello").Append("hey").Append("dear")
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The language the words are in, or null when they carry no marker at all (a short detail often does not).</summary>
    public static RewriteLanguage? Identify(IReadOnlyList<Text.Word> words)
    {
        var counts = new Dictionary<RewriteLanguage, int>();
        foreach (var word in words)
        {
            if (Markers.TryGetValue(word.Lower, out var language))
            {
                counts[language] = counts.GetValueOrDefault(language) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var best = counts.OrderByDescending(c => c.Value).First();
        return best.Value > counts.GetValueOrDefault(English) ? best.Key : English;
    }
}
