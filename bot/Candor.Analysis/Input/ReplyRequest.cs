using System.Text.RegularExpressions;

namespace Candor.Analysis.Input;

/// <summary>
/// "How should I reply to this?" above a pasted message: the user received it and wants an answer to send,
/// so it is judged as a message from someone else (with a suggested reply), never coached as their draft.
/// </summary>
internal static partial class ReplyRequest
{
    /// <summary>The request line as written and the received message under it (or after it on the same line); null without one.</summary>
    public static (string Request, string Message)? Split(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOf('\n', start);
        var firstLine = end < 0 ? text[start..] : text[start..end];
        if (Request().Match(firstLine) is not { Success: true } request)
        {
            return null;
        }

        var message = (request.Groups["rest"].Value + (end < 0 ? string.Empty : text[end..])).Trim();
        return message.Length == 0 ? null : (request.Groups["ask"].Value.Trim(), message);
    }

    [GeneratedRegex(@"^(?<ask>(how (do|should|would|can) i (reply|respond|answer)|what (do|should|would|can) i (reply|answer|say|write)|(suggest|write|draft|give me) (me )?(a|an) (reply|response|answer)|reply to|respond to|answer to|received|they wrote|wie (soll|kann) ich (antworten|darauf antworten)|comment (répondre|lui répondre)|cómo (respondo|le respondo|contesto))( to)?( (this|that|him|her|them|it))?( (message|comment|one))?)[ \t]*[:?!.]*[ \t]*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();
}
