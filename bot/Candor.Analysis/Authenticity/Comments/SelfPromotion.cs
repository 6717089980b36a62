using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Sends readers to the writer's own channel, page, product or content.</summary>
internal sealed partial class SelfPromotion() : CommentHeuristic(
    "self_promotion", Leaning.Spam, 35, "A comment that advertises the writer's own things uses the post as a billboard.")
{
    // Kept as separate patterns, each behind the words all its matches contain: one alternation of all of
    // them is several times slower.
    private static readonly GatedPattern[] Direct =
    [
        new(SubscriberBegging(), "sub", "suscrib", "sucscrib", "follow", "check", "visit", "like my", "share my", "made", "started", "created", "launched",
            "opened", "invito", "canal"),
        new(LinkOrBooking(), "link", "lien", "enlace", "book", "プロフィールのリンク", "curso", "cours", "kurs", "webinar", "webinaire", "newsletter", "ebook",
            "e-book", "masterclass", "workshop"),
    ];

    private static readonly GatedPattern Promoting = new(
        OwnThing(), "my latest", "my new", "my recent", "my first", "my own", "newsletter", "course", "masterclass", "ebook", "e-book", "coaching program",
        "agency", "channel", "videos", "cover", "mixtape", "remix", "stuff", "built", "created", "made", "launched", "developed", "sub", "follower",
        "our company", "our firm", "our platform", "our tool", "our app", "i help", "webinar", "guide", "template", "checklist", "audit",
        "consultation", "strategy call", "book a", "code", "limited");

    private const string DirectExplanation = "Asks readers to go to the writer's own channel, page or product.";

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        // Under their own post, authors may point to their own things; that is the post, not a billboard on it.
        if (comment.Comment.IsPostAuthor)
        {
            return null;
        }

        if (ImperativeToOwnThing(comment) is { } imperative)
        {
            return Found(comment.Text, imperative, DirectExplanation, strong: true);
        }

        return FirstMatch(Direct, comment, _ => DirectExplanation, strong: true)
            ?? FirstMatch(Promoting, comment, _ => "Advertises the writer's own offer or content.");
    }

    // The writer's own channel, page, course … ("my new YouTube channel").
    private static readonly PhraseSet OwnThingNamed = new(
    [
        "my/our *? *? channel/chanel/vid/vids/vidios/page/profile/video/videos/song/songs/music/rap/raps/cover/covers/website/web_site/site/blog/newsletter/course/latest_post/post/posts/content/account/store/shop/group/podcast/book/app/ebook/e-book/masterclass/webinar/community/playlist/free_guide/template/program/agency/service/services/stream/instagram/twitter/tiktok/facebook/ig/portfolio/clip/first_video/first_clip",
    ]);

    private static readonly FrozenSet<string> Imperatives = FrozenSet.ToFrozenSet(
        ["check", "checking", "checkout", "visit", "subscribe", "suscribe", "subcribe", "sucscribe", "sub", "follow", "watch", "listen", "look", "go",
         "click", "join", "read", "download", "grab", "try", "see", "view", "like", "share", "support", "add"], StringComparer.Ordinal);

    // An imperative must come shortly before ("check out my channel", "subscribe to my new channel").
    private const int ImperativeReach = 30;

    /// <summary>"Check out … my channel": the quote runs from the imperative to the thing.</summary>
    private static TextSpan? ImperativeToOwnThing(CommentContext comment)
    {
        foreach (var thing in OwnThingNamed.All(comment.Words))
        {
            var before = comment.Words.FindLastIndex(w => w.Span.End <= thing.Start);
            for (var k = before; k >= 0 && thing.Start - comment.Words[k].Span.Start <= ImperativeReach; k--)
            {
                var between = comment.Text.AsSpan(comment.Words[k].Span.End, thing.Start - comment.Words[k].Span.End);
                if (between.IndexOfAny(".!?\n") >= 0)
                {
                    break;
                }

                if (Imperatives.Contains(comment.Words[k].Lower))
                {
                    return new TextSpan(comment.Words[k].Span.Start, thing.End - comment.Words[k].Span.Start);
                }
            }
        }

        return null;
    }

    // Follow-for-follow schemes, begging for subscribers, "I just started my channel".
    [GeneratedRegex(@"\bsub ?4 ?sub\b|\bsub(scribe)? (back|for sub)\b|\b(please|pls|plz) (subscribe|sub|suscribe|follow me|check (it|me|us) out|visit|like my|share my)\b|\b(subscribe|suscribe|sub) (to me|me|please|pls|plz|and like)\b|\bcheck(ing|ed)? (me|us) out\b|\bcheck(ing|ed)? (out )?(some of )?my (newest|new|latest) \w+|\b(i|we) (just )?(made|started|created|launched|opened) (a|my|our) (new )?(\w+ )?(channel|page|blog|podcast|store|shop|newsletter)\b|\b(become|be) my (first )?(subscriber|follower)|\b(subscribers|followers) please\b|\b(los|las|vos) invito a (suscribir|subscribir|seguir)|\bmi canal\b|\bmeu canal\b|\b(get|reach|hit|to) \d+ (subscribers|subs|followers)\b|\b(subscribe|sub|suscribe|sucscribe)\s+(to\s+)?(me|my|us)\b|\bfollow me on (twitter|instagram|ig|tiktok|twitch|facebook|x|youtube)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscriberBegging();

    // "Link in bio", "book a free audit", and the same in the other languages Candor reads.
    [GeneratedRegex(@"\blink (is )?in (my )?(bio|profile|featured|comments?)\b|\bcheck (the )?link in\b|\bbook (a |your )?(free |quick )?(\w+ ){0,2}(call|demo|audit|consultation|session|assessment|trial)\b|\b(enlace|link|lien|liens)\s+(está |is |est )?(en|in|dans|no|na)\s+(mi|meinem|mon|meu|my)\s+(perfil|profil|profile|bio)\b|プロフィールのリンク|\b(mi|mon|mein(en)?|meu) (curso|cours|kurs|webinar|webinaire|newsletter|ebook|e-book|masterclass)\b|\b(kostenlose[nm]?|gratuit|gratis|grátis|free) (webinar|webinaire|masterclass|workshop|ebook|e-book|curso|kurs|cours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkOrBooking();

    [GeneratedRegex(@"\b(my (latest|new|recent|first) (post|article|video|newsletter|course|book|ebook|podcast|song|track|mixtape|channel)|my (newsletter|course|masterclass|ebook|coaching program|agency|channel|videos)|(we|i) (built|created|made|launched|developed) \p{Lu}\w+ (to|that|which)|\d[\d,.]* (subscribers|followers|subs)|my (new |own )?(youtube |yt )?(channel|covers?|mixtape|remix(es)?|stuff)|our (agency|company|firm|platform|tool|app) (has|helps|does|can|will|specializes|specialises)|i help (\w+ ){1,4}(to )?(scale|grow|get|land|hit|close|double|10x|build|generate)|(free|my) (webinar|guide|template|checklist|audit|consultation|strategy call|e-?book)|book a (free )?(call|demo|consultation)|promo code|discount code|use code \w+|limited (spots|seats|time offer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnThing();
}
