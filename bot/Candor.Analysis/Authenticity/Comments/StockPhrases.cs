using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// Stock praise and smart-reply phrases that fit under any post. Shared by the heuristics that look for
/// praise, for replies made only of praise, and for template shapes.
/// </summary>
internal static partial class StockPhrases
{
    public static Regex Praise => PraisePattern();

    /// <summary>Matches the whole comment when it is a stock short reply on its own ("Sounds good!", "Interested").</summary>
    public static Regex WholeReply => WholeReplyPattern();

    [GeneratedRegex(@"(?<![\p{L}-[\p{Lo}]])(" +
        @"(great|excellent|fantastic|amazing|awesome|brilliant|wonderful|superb|solid|nice|good|insightful|valuable|powerful|important|interesting|inspiring|informative|helpful|useful|incredible|thoughtful|thought-provoking)\s+(post|share|insights?|read|article|points?|perspectives?|content|stuff|work|job|thoughts|take|reminder|write-?up|breakdown|advice|tips|list|message|lessons?|piece|one|initiative|information|info|wisdom|words|summary)" +
        @"|(thanks|thank you|thx|ty)( so much| a lot)?( for (sharing|posting|this|the share|putting this together|writing this))" +
        @"|(love|loved|loving) (this|it|that|the post|your post)|well (said|put|written|articulated|done)|so true|spot on|on point|nailed it|hit the nail on the head" +
        @"|(couldn'?t|could not|can'?t|cannot) agree more|(totally|completely|fully|absolutely|strongly|100%) agree|(?<!(n't|not|never|dis)\s?)agree(d)?( 100%| completely| totally)?(?=[\s!.,]|$)|^100%" +
        @"|this is (gold|great|awesome|amazing|so true|spot on|brilliant|fantastic|powerful|insightful|helpful|key|huge|everything|so important|so valuable|a must-read|fire)" +
        @"|(so|very|really|super|truly|incredibly|extremely) (insightful|helpful|inspiring|valuable|useful|informative|interesting|true|relevant|important|well said|powerful|thought-provoking)" +
        @"|congrat(s|ulations)|well done|keep (it up|sharing|going|posting|up the (great|good) work)|needed (this|to (hear|read) this)( today)?" +
        @"|(such|what) an? (great|powerful|insightful|valuable|brilliant|thought-provoking|inspiring|important|amazing|fantastic|excellent|interesting|wonderful) (post|read|perspective|share|message|insight|reminder|point|take|article)s?" +
        @"|thought-provoking|food for thought|game[- ]changer|(this |really |truly )?resonates?( with me| deeply)?|absolutely (right|true|spot on)|beautifully (said|written|put)" +
        @"|much needed|bookmark(ing|ed)( this)?|saving this|worth (reading|a read)|appreciate (you sharing|this|the share|your insights?)|(valuable|great|key) takeaways?|looking forward to (more|reading more|your next)" +
        @"|(insightful|inspiring|amazing|awesome|brilliant|fantastic|excellent|wonderful|impressive|powerful|love it|interesting|wow)(?=[\s!.,🔥👏🙌💯]|$)" +
        @"|thank you all|thanks (everyone|all|so much everyone|y'?all)|appreciate (the|all the) (love|support)|for the love|wishing you (the best|all the best|continued success|success|luck)|(all the |the )?best of luck|good luck|sorry to hear( that)?|next chapter|(massive|huge|big|great|amazing) (milestone|achievement|news|win)|continued success|(such an?|what an?|very|so) important (topic|point|message|conversation|reminder)|key to success|powerful reminder|great reminder|so inspiring|very inspiring|keep shining|more power to you|proud of you|rooting for you" +
        // German, French, Spanish, Portuguese
        @"|toller beitrag|guter punkt|gute punkte|danke (euch allen|an alle|schön|sehr|dir|euch)|super beitrag|starke(r)? (beitrag|worte|gedanken|post)|danke (fürs|für das|für den|für deinen|für ihren) (teilen|beitrag|post|impuls)|danke euch allen|vielen dank (fürs teilen|an alle)|sehr (interessant|hilfreich|spannend|gut|wertvoll|inspirierend|treffend)|(wertvolle[rn]?|spannende[rn]?|inspirierende[rn]?|großartige[rn]?|toller?) (impuls|beitrag|gedanken|post|input)|so wahr|wahre worte|absolut (richtig|wahr|auf den punkt( gebracht)?)|auf den punkt( gebracht)?|(herzlichen )?glückwunsch|inspirierend|großartig" +
        @"|merci beaucoup|merci pour (le|ce|votre|ton) (partage|post|article|retour)|merci (du|pour le) partage|merci à tous|super partage|tellement (vrai|inspirant|juste)|très (intéressant|inspirant|pertinent|juste|vrai)|quelle (belle|excellente|réflexion|inspiration)( réflexion)?|excellent (post|article|partage)|bravo|félicitations|inspirant" +
        @"|gracias por (compartir|el aporte|tu aporte)|gracias a todos|excelente (publicación|post|aporte|artículo|contenido|reflexión)|gran (aporte|post|publicación|reflexión)|muy (interesante|bueno|útil|inspirador|cierto)|totalmente de acuerdo|(qué|que) (buen|gran|buena|gran) (post|aporte|reflexión|publicación)|enhorabuena|felicidades|inspirador" +
        @"|obrigad[oa] (por compartilhar|a todos|pelo conteúdo)|excelente (conteúdo|reflexão|ponto)|ótim[oa] (reflexão|post|conteúdo|ponto|texto)|muito (bom|interessante|útil|inspirador|bem colocado)|concordo (plenamente|totalmente|100%)|parabéns( pelo conteúdo| pela reflexão)?|isso é ouro|perfeito|sensacional" +
        // Bare thanks come last so that the longer phrases above win where they match.
        @"|thanks|thank you|thx|danke|merci|gracias|obrigad[oa]" +
        // Chinese and Japanese (no word boundaries there, so these are matched as plain runs)
        @"|感谢分享|感謝分享|谢谢分享|謝謝分享|很有启发|很有啟發|太有启发|太有啟發|说得(很|太|真)?好|說得(很|太|真)?好|学习了|學習了|收藏了|干货满满|乾貨滿滿|非常认同|非常認同|非常赞同|非常贊同|受益匪浅|受益匪淺|谢谢大家|謝謝大家|很好|非常好" +
        @"|素晴らしい(投稿)?|勉強になります|参考になります|ありがとうございます|まさにその通り|その通り(ですね)?|心に響|共感(しました|します)|素敵な投稿|学びの多い|皆さんありがとう" +
        @")(?![\p{L}-[\p{Lo}]])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PraisePattern();

    [GeneratedRegex(@"^\W*(sounds good|thanks|thank you|thx|interesting|agreed|agree|nice|wow|yes|true|exactly|indeed|noted|cool|congrats|great|amazing|love it|love this|\+1|following|interested|bump|same|this|so true|well said|good one|nice one|commenting for (better )?(reach|visibility)|for visibility|for reach|what do you think|thoughts|agree\?|who else agrees|very true|absolutely|definitely|100%|facts|period|preach|yes!+|this!+)[\s\p{P}\p{So}\p{Sk}\uFE0F\u200D]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeReplyPattern();
}
