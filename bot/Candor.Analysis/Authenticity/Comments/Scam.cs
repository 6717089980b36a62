using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Investment, crypto, "recovery", prize and easy-money pitches.</summary>
internal sealed partial class Scam() : CommentHeuristic(
    "scam", Leaning.Spam, 60, "Promises of easy money, prizes or fund recovery in comments are scams almost without exception.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        Warnings.IsWarning(comment.Text) ? null : FirstMatch(Pattern(), comment, _ => "Reads like a money, crypto or prize scam.", strong: true);

    [GeneratedRegex(@"\b((crypto(currency)?|bitcoin|btc|forex|binary options?|usdt|nft|trading) (investment|invest|investing|profits?|trading|mining|signals?|platform|expert|manager|account)|invest(ed|ing)? (in|with) (crypto|bitcoin|forex|her|him|mrs?\.?|expert)|passive income|guaranteed (profits?|returns?|income|results|payout)|financial freedom|(recover|recovery of|retrieve|get back) (your |my )?(lost|stolen|scammed) (funds|money|crypto|bitcoin|assets)|(funds?|crypto|asset) recovery|(earn|earning|made|making|make|get paid|ganhar|ganar|gagner|verdienen) (up to |até |hasta |jusqu'à |bis zu )?(R\$|[$€£])\s?\d[\d,]*(\+|k)?\s*(/|per|a|every|each|weekly|daily|monthly|por|par|pro|al)\s*(day|week|month|hour|hr|daily|weekly|dia|día|semana|mês|mes|jour|semaine|mois|tag|woche|monat)?|[$€£]\s?\d[\d,]*\s*(/|per)\s*(day|hour|hr|week)|make money (online|from home|fast)|work from home and (earn|make)|(you('ve| have)? )?won (a|an|the|\$)|claim your (prize|reward|gift|bonus)|free (gift ?card|iphone|money|bitcoin|crypto)|(mrs?|ms|dr)\.? [A-Z][a-z]+ (has )?(helped|changed|transformed) my|account manager [A-Z]|investment (manager|expert|coach|platform|opportunity)|hacker|double your (money|investment|income)|cash ?app|western union|bitcoin wallet|no experience (needed|required)[^.!?]{0,40}[$€£]|hiring[^.!?]{0,40}[$€£]\s?\d+\s*(/|per|a)\s*(day|hour|hr|week)|rendimientos? garantizad\w*|ganancias garantizad\w*|dinero fácil|renda extra|lucro garantido|recupera(ção|mos|r)? (de |do |o |100% do )?(fundos|cripto|valor|dinheiro)|recuperamos|recupera 100%|recuperamos tu dinero|rendement garanti|gains? garantis?|argent facile|geld zurück(holen|bekommen)|garantierte rendite|passives einkommen|穩賺不賠|稳赚不赔|高回报|高回報|稼げる|不労所得|副業で月)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
