using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Sends readers to the writer's own channel, page, product or content.</summary>
internal sealed partial class SelfPromotion() : CommentHeuristic(
    "self_promotion", Leaning.Spam, 35, "A comment that advertises the writer's own things uses the post as a billboard.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        var direct = CallToOwnThing().Match(comment.Text);
        if (direct.Success)
        {
            return Found(direct.Value.Trim(), "Asks readers to go to the writer's own channel, page or product.", strong: true);
        }

        var soft = OwnThing().Match(comment.Text);
        return soft.Success ? Found(soft.Value.Trim(), "Advertises the writer's own offer or content.") : null;
    }

    [GeneratedRegex(@"\b(check(ing)? out|checkout|visit|subscribe to|sub to|follow|watch|listen to|look at|go to|click|join|read|download|grab|try|see|view) (my|our) (\w+ ){0,2}(channel|page|profile|video|videos|song|songs|music|music video|website|web ?site|site|blog|newsletter|course|latest post|post|posts|content|account|store|shop|group|podcast|book|app|ebook|e-book|masterclass|webinar|community|playlist|cover|free guide|template|program|agency|services?)\b|\bsub ?4 ?sub\b|\bsub(scribe)? (back|for sub)\b|\blink (is )?in (my )?(bio|profile|featured|comments?)\b|\bcheck (the )?link in\b|\b(please|pls|plz) (subscribe|sub|follow me|check (it|me) out|visit|like my|share my)\b|\bsubscribe (to me|me|please|pls|and like)\b|\bcheck me out\b|\bbook (a |your )?(free |quick )?(\w+ ){0,2}(call|demo|audit|consultation|session|assessment|trial)\b|\b(enlace|link|lien|liens)\s+(está |is |est )?(en|in|dans|no|na)\s+(mi|meinem|mon|meu|my)\s+(perfil|profil|profile|bio)\b|プロフィールのリンク|\b(mi|mon|mein(en)?|meu) (curso|cours|kurs|webinar|webinaire|newsletter|ebook|e-book|masterclass)\b|\b(kostenlose[nm]?|gratuit|gratis|grátis|free) (webinar|webinaire|masterclass|workshop|ebook|e-book|curso|kurs|cours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToOwnThing();

    [GeneratedRegex(@"\b(my (latest|new|recent) (post|article|video|newsletter|course|book|ebook|podcast|song|track|mixtape)|my (newsletter|course|masterclass|ebook|coaching program|agency|channel)|(we|i) (built|created|made|launched|developed) \p{Lu}\w+ (to|that|which)|our (agency|company|firm|platform|tool|app) (has|helps|does|can|will|specializes|specialises)|i help (\w+ ){1,4}(to )?(scale|grow|get|land|hit|close|double|10x|build|generate)|(free|my) (webinar|guide|template|checklist|audit|consultation|strategy call|e-?book)|book a (free )?(call|demo|consultation)|promo code|discount code|use code \w+|limited (spots|seats|time offer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnThing();
}
