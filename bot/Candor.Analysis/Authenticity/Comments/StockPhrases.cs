using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// Stock praise and smart-reply phrases that fit under any post, in the languages Candor reads. Shared by
/// the heuristics that look for praise, for replies made only of praise, and for template shapes.
/// </summary>
internal static partial class StockPhrases
{
    /// <summary>Praise, thanks and applause (phrase syntax: <see cref="PhraseSet"/>).</summary>
    public static PhraseSet Praise { get; } = new(
    [
        // English
        "great/excellent/fantastic/amazing/awesome/brilliant/wonderful/superb/solid/nice/good/insightful/valuable/powerful/important/interesting/inspiring/informative/helpful/useful/incredible/thoughtful/thought-provoking post/posts/share/insight/insights/read/article/point/points/perspective/perspectives/content/stuff/work/job/thoughts/take/reminder/write-up/writeup/breakdown/advice/tips/list/message/lesson/lessons/piece/one/initiative/information/info/wisdom/words/summary",
        "thanks/thank_you/thx/ty so_much/a_lot? for sharing/posting/this/the_share/putting_this_together/writing_this",
        "love/loved/loving this/it/that/the_post/your_post",
        "well said/put/written/articulated/done",
        "so true", "spot on", "on point", "nailed it", "hit the_nail_on_the_head",
        "couldn't/could_not/can't/cannot agree more",
        "totally/completely/fully/absolutely/strongly/100 agree",
        "!not/never/don't/dont/doesn't/didn't/can't/cannot/won't/wouldn't agree/agreed 100/completely/totally?",
        "this is gold/great/awesome/amazing/so_true/spot_on/brilliant/fantastic/powerful/insightful/helpful/key/huge/everything/so_important/so_valuable/a_must-read/fire",
        "so/very/really/super/truly/incredibly/extremely insightful/helpful/inspiring/valuable/useful/informative/interesting/true/relevant/important/well_said/powerful/thought-provoking",
        "congrats/congratulations", "well done",
        "keep it_up/sharing/going/posting/up_the_great_work/up_the_good_work",
        "needed this/to_hear_this/to_read_this today?",
        "such/what a/an great/powerful/insightful/valuable/brilliant/thought-provoking/inspiring/important/amazing/fantastic/excellent/interesting/wonderful post/posts/read/perspective/share/message/insight/insights/reminder/point/take/article",
        "thought-provoking", "food for thought", "game-changer/game_changer",
        "this/really/truly? resonate/resonates/resonated with_me/deeply?",
        "absolutely right/true/spot_on", "beautifully said/written/put", "much needed",
        "bookmark/bookmarking/bookmarked this?", "saving this", "worth reading/a_read",
        "appreciate you_sharing/this/the_share/your_insight/your_insights",
        "valuable/great/key takeaway/takeaways", "looking forward to more/reading_more/your_next",
        "insightful/inspiring/amazing/awesome/brilliant/fantastic/excellent/wonderful/impressive/powerful/interesting/wow", "love it",
        "thank_you all", "thanks everyone/all/so_much_everyone/y'all/yall", "appreciate the/all_the love/support", "for the love",
        "wishing you the_best/all_the_best/continued_success/success/luck", "all_the/the? best of luck", "good luck", "sorry to_hear that?", "next chapter",
        "massive/huge/big/great/amazing milestone/achievement/news/win", "continued success",
        "such_an/such_a/what_an/what_a/very/so important topic/point/message/conversation/reminder", "key to success",
        "powerful/great reminder", "so/very inspiring", "keep shining", "more power to you", "proud of you", "rooting for you",

        // German
        "toller/tolle/super beitrag", "guter punkt", "gute punkte", "danke euch_allen/an_alle/schön/sehr/dir/euch",
        "starke/starker beitrag/worte/gedanken/post", "danke fürs/für_das/für_den/für_deinen/für_ihren teilen/beitrag/post/impuls",
        "vielen dank fürs_teilen/an_alle", "sehr interessant/hilfreich/spannend/gut/wertvoll/inspirierend/treffend",
        "wertvolle/wertvoller/wertvollen/spannende/spannender/spannenden/inspirierende/inspirierender/inspirierenden/großartige/großartiger/großartigen/toller/tolle impuls/beitrag/gedanken/post/input",
        "so wahr", "wahre worte", "absolut richtig/wahr/auf_den_punkt", "auf den punkt gebracht?", "herzlichen? glückwunsch", "inspirierend", "großartig",

        // French
        "merci beaucoup", "merci pour le/ce/votre/ton partage/post/article/retour", "merci du partage", "merci à tous", "super partage",
        "tellement vrai/inspirant/juste", "très intéressant/inspirant/pertinent/juste/vrai", "quelle belle/excellente/réflexion/inspiration réflexion?",
        "excellent post/article/partage", "bravo", "félicitations", "inspirant",

        // Spanish and Portuguese
        "gracias por compartir/el_aporte/tu_aporte", "gracias a todos", "excelente publicación/post/aporte/artículo/contenido/reflexión/conteúdo/ponto",
        "gran aporte/post/publicación/reflexión", "muy interesante/bueno/útil/inspirador/cierto", "totalmente de acuerdo",
        "qué/que buen/gran/buena post/aporte/reflexión/publicación", "enhorabuena", "felicidades", "inspirador",
        "obrigado/obrigada por_compartilhar/a_todos/pelo_conteúdo", "ótimo/ótima reflexão/post/conteúdo/ponto/texto",
        "muito bom/interessante/útil/inspirador/bem_colocado", "concordo plenamente/totalmente/100", "parabéns pelo_conteúdo/pela_reflexão?",
        "isso é ouro", "perfeito", "sensacional",

        // Bare thanks: the longer phrases above win where they match, being longer.
        "thanks/thank_you/thx/danke/merci/gracias/obrigado/obrigada",

        // Chinese and Japanese
        "感谢分享/感謝分享/谢谢分享/謝謝分享/很有启发/很有啟發/太有启发/太有啟發/学习了/學習了/收藏了/干货满满/乾貨滿滿/非常认同/非常認同/非常赞同/非常贊同/受益匪浅/受益匪淺/谢谢大家/謝謝大家/很好/非常好",
        "说得/說得 很/太/真? 好",
        "素晴らしい 投稿?", "勉強になります/参考になります/ありがとうございます/まさにその通り/心に響/素敵な投稿/学びの多い/皆さんありがとう",
        "その通り ですね?", "共感 しました/します",
    ]);

    /// <summary>Matches the whole comment when it is a stock short reply on its own ("Sounds good!", "Interested").</summary>
    public static Regex WholeReply => WholeReplyPattern();

    /// <summary>The text with the given phrases blanked out, so what is left is the writer's own words.</summary>
    public static string Blank(string text, List<TextSpan> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans)
        {
            Array.Fill(chars, ' ', span.Start, span.Length);
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^\W*(sounds good|thanks|thank you|thx|interesting|agreed|agree|nice|wow|yes|true|exactly|indeed|noted|cool|congrats|great|amazing|love it|love this|\+1|following|interested|bump|same|this|so true|well said|good one|nice one|commenting for (better )?(reach|visibility)|for visibility|for reach|what do you think|thoughts|agree\?|who else agrees|very true|absolutely|definitely|100%|facts|period|preach|yes!+|this!+)[\s\p{P}\p{So}\p{Sk}\uFE0F\u200D]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeReplyPattern();
}
