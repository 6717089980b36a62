namespace Candor.Analysis.Text;

/// <summary>
/// The words that frame a message to one person, as regex alternations, in the languages Candor reads. The
/// input classifier, the paste parser, the outreach rules and the rewrite all read them from here, so a
/// word added for one is known to all.
/// </summary>
internal static class MessageWords
{
    /// <summary>How a message opens ("Hi", "Dear", "Bonjour").</summary>
    public const string Greetings =
        "hi|hello|hey|dear|sehr geehrte[r]?|good (morning|afternoon|evening)|bonjour|salut|hallo|liebe[r]?|guten tag|hola|buenos días|buenas|olá|oi|ciao|estimad[oa]|greetings|to whom";

    /// <summary>How a message closes, on a line of its own ("Best,", "Viele Grüße").</summary>
    public const string SignOffs =
        "best|best regards|kind regards|warm regards|regards|cheers|thanks|thank you|many thanks|thanks again|sincerely|warmly|all the best|talk soon|speak soon"
        + "|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|cordialement|bien à vous|saludos|un saludo|atentamente|atenciosamente|abraços|um abraço";

    /// <summary>The context lines a user may put above a draft ("To: Aisha Rahman, …", "About: …").</summary>
    public const string ContextKeys = "to|about|subject|format";
}
