using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// A comment that warns others ("careful, that's a scam", "reported it") quotes the lure it warns about;
/// lure and scam heuristics stay quiet on such comments.
/// </summary>
internal static partial class Warnings
{
    public static bool IsWarning(string text) => Warning.Match(text).Success;

    private static readonly GatedPattern Warning = new(
        Pattern(), "careful", "beware", "watch out", "heads up", "warning", "don", "do not", "report", "scam", "phishing", "fraud", "fake account",
        "vorsicht", "achtung", "attention", "cuidado", "ojo con");

    [GeneratedRegex(@"\b(careful|beware|watch out|heads up|warning|don'?t (click|reply|answer|send|message|contact|engage|fall)|do not (click|reply|send|contact)|report(ed)? (it|this|that|the|him|her|them|account)|that'?s (a|the classic|classic) [\w-]*\s?(scam|phishing|fraud)|is a scam|scam alert|fake account|vorsicht|achtung|attention,? c'?est|cuidado|ojo con|cuidado com)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
