using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Candor.Analysis.Links;

/// <summary>Words and phrases that try to get someone to type a password or "verify" an account.</summary>
internal static partial class CredentialLure
{
    // Any one of these in an address points at a page that collects credentials.
    private static readonly FrozenSet<string> StrongWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "login", "signin", "logon", "password", "passwd", "verify", "verification", "wallet", "credential", "credentials");

    // Everyday on normal sites ("/blog/product-update"); only two together ("secure-account-update") are a lure.
    private static readonly FrozenSet<string> WeakWords = FrozenSet.Create(
        StringComparer.Ordinal, "account", "accounts", "secure", "security", "update", "confirm", "billing", "unlock");

    private const int WeakWordsForLure = 2;

    /// <summary>The lure word found in an address's text (host, path or query), or null.</summary>
    public static string? InAddressText(string text)
    {
        var words = Words(WithoutTrackingParameters(text));
        var strong = words.FirstOrDefault(StrongWords.Contains);
        if (strong is not null)
        {
            return strong;
        }

        var weak = words.Where(WeakWords.Contains).Distinct(StringComparer.Ordinal).ToList();
        return weak.Count >= WeakWordsForLure ? string.Join(' ', weak.Take(WeakWordsForLure)) : null;
    }

    /// <summary>The pressure phrase found in the message around a link ("verify your account"), or null.</summary>
    public static string? InMessage(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = PressurePhrase().Match(text);
        return match.Success ? match.Value : null;
    }

    // Splits "wp-login.php", "verifyAccount" and "Sign_In" into lower-case words and joins "sign in" / "log in"
    // so they read like their one-word forms.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var match in WordPart().EnumerateMatches(text))
        {
            var word = text.Substring(match.Index, match.Length).ToLowerInvariant();
            if (words.Count > 0 && word is "in" or "on" && words[^1] is "sign" or "log")
            {
                words[^1] += word;
                continue;
            }

            words.Add(word);
        }

        return words;
    }

    // Campaign tags ("utm_campaign=security_update") are marketing noise, not what the page asks for.
    private static string WithoutTrackingParameters(string text) => TrackingParameter().Replace(text, "");

    [GeneratedRegex("[A-Z]?[a-z]+|[A-Z]+(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordPart();

    [GeneratedRegex(@"[?&](?:utm_[a-z]+|trk|trackingId)=[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrackingParameter();

    [GeneratedRegex(
        @"\b(?:verify\s+your\s+(?:account|identity|profile|e-?mail|details|information)"
        + @"|confirm\s+your\s+(?:account|identity|details|password|e-?mail|information|login)"
        + @"|your\s+(?:account|profile|page)\s+(?:will\s+be|has\s+been|is|may\s+be)\s+"
        + @"(?:suspended|locked|restricted|disabled|closed|deactivated|deleted|limited|terminated)"
        + @"|(?:log|sign)[\s-]?in\s+to\s+(?:view|see|access|open|read|download)"
        + @"|(?:unusual|suspicious)\s+(?:sign|log)[\s-]?in\s+(?:activity|attempt)"
        + @"|update\s+your\s+(?:payment|billing|password|account)"
        + @"|reset\s+your\s+password"
        + @"|account\s+(?:suspension|verification)"
        + @"|urgent\s+action\s+required)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressurePhrase();
}
