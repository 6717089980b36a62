using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Investment, crypto, "recovery", prize and easy-money pitches.</summary>
/// <remarks>
/// The patterns are kept apart by theme, each behind the words every one of its matches contains: one
/// alternation of all of them is many times slower, because the regex engine can no longer skip ahead to
/// the few places where any of them could start.
/// </remarks>
internal sealed partial class Scam() : CommentHeuristic(
    "scam", Leaning.Spam, 60, "Promises of easy money, prizes or fund recovery in comments are scams almost without exception.")
{
    private static readonly GatedPattern[] Patterns =
    [
        new(Investment(), "crypto", "bitcoin", "btc", "forex", "binary option", "usdt", "nft", "trading", "invest", "passive income", "guaranteed",
            "financial freedom", "recover", "retrieve", "get back", "helped", "changed", "transformed", "account manager", "hack"),
        new(Money(), "$", "€", "£", "gagnez", "ganhe", "gane", "verdiene", "earn", "make money", "work from home", "double your", "cash app", "cashapp",
            "western union", "euro", "dollar", "reais"),
        new(Prizes(), "won", "claim your", "free", "donate", "itunes", "amazon", "steam", "google play", "win", "gift card"),
        new(OtherLanguages(), "garantizad", "dinero fácil", "renda extra", "lucro garantido", "recupera", "garanti", "argent facile", "geld zurück",
            "passives einkommen", "穩賺不賠", "稳赚不赔", "高回报", "高回報", "稼げる", "不労所得", "副業で月"),
    ];

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        comment.IsWarning ? null : FirstMatch(Patterns, comment, _ => "Reads like a money, crypto or prize scam.", strong: true);

    [GeneratedRegex(@"\b((crypto(currency)?|bitcoin|btc|forex|binary options?|usdt|nft|trading) (investment|invest|investing|profits?|trading|mining|signals?|platform|expert|manager|account)|invest(ed|ing)? (in|with) (crypto|bitcoin|forex|her|him|mrs?\.?|expert)|passive income|guaranteed (profits?|returns?|income|results|payout)|financial freedom|(recover|recovery of|retrieve|get back) (your |my )?(lost|stolen|scammed) (funds|money|crypto|bitcoin|assets)|(funds?|crypto|asset) recovery|(mrs?|ms|dr)\.? [A-Z][a-z]+ (has )?(helped|changed|transformed) my|account manager [A-Z]|investment (manager|expert|coach|platform|opportunity)|(hire|contact|recommend|found) (a |an |the )?(ethical |legit |genuine )?hacker|hacker (who|that) (helped|recovered)|hack(ing)? (service|expert)|hack (any |a )?(facebook|instagram|whatsapp|account)|(facebook|instagram|fb|account|password) hack|bitcoin wallet)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Investment();

    [GeneratedRegex(@"\b((earn|earning|made|making|make|get paid|ganhar|ganar|gagner|verdienen) (up to |até |hasta |jusqu'à |bis zu )?(R\$|[$€£])\s?\d[\d,]*(\+|k)?\s*(/|per|a|every|each|weekly|daily|monthly|por|par|pro|al)\s*(day|week|month|hour|hr|daily|weekly|dia|día|semana|mês|mes|jour|semaine|mois|tag|woche|monat)?|(gagnez|ganhe|gane|verdiene|earn)\s+(jusqu'à |até |hasta |bis zu |up to )?\d|make money (online|from home|fast)|work from home and (earn|make)|earn (real )?money|double your (money|investment|income)|cash ?app|western union|no experience (needed|required)[^.!?]{0,40}[$€£]|hiring[^.!?]{0,40}[$€£]\s?\d+\s*(/|per|a)\s*(day|hour|hr|week))|[$€£]\s?\d[\d,]*\s*(/|per)\s*(day|hour|hr|week)|\d[\d,.]*\s?(€|\$|£|euros?|dollars?|reais)\s*(/|par|por|pro|per|a|al|am)\s*(jour|día|dia|tag|day|semaine|semana|woche|week)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b((you('ve| have)? )?won (a|an|the|\$)|claim your (prize|reward|gift|bonus)|free (gift ?card|iphone|money|bitcoin|crypto)|free (\w+ )?(robux|v-?bucks|cs ?go|skins|gift ?cards?|itunes|codes?|credits?)|donate (bitcoins?|btc|crypto)|(itunes|amazon|steam|google play) (gift ?card |\$\d+ )?codes?|win (an? )?(free )?(iphone|ipad|gift card|ps[45])|gift cards? (for free|giveaway))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prizes();

    [GeneratedRegex(@"\b(rendimientos? garantizad\w*|ganancias garantizad\w*|dinero fácil|renda extra|lucro garantido|recupera(ção|mos|r)? (de |do |o |100% do )?(fundos|cripto|valor|dinheiro)|recuperamos|recupera 100%|rendement garanti|gains? garantis?|argent facile|geld zurück(holen|bekommen)|garantierte rendite|passives einkommen)|穩賺不賠|稳赚不赔|高回报|高回報|稼げる|不労所得|副業で月", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguages();
}
