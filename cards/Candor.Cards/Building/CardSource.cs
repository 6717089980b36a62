using System.Security.Cryptography;
using System.Text;

namespace Candor.Cards.Building;

/// <summary>
/// What was analysed, as far as the card's buttons need it: a short reference for feedback, and for a draft
/// the text and context a rewrite starts again from. Nothing here is kept by the bot.
/// </summary>
public sealed record CardSource(string Ref, string? Draft = null, string? To = null, string? About = null, string? Format = null)
{
    /// <summary>A source for a paste: its reference is the first 12 hex digits of its SHA-256, not the text.</summary>
    public static CardSource Of(string input, string? to = null, string? about = null, string? format = null, bool isDraft = false) =>
        new(RefOf(input), isDraft ? input : null, to, about, format);

    public static string RefOf(string input) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12];
}
