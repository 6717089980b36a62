using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Asks for likes, follows, reposts or keyword replies to game reach.</summary>
internal sealed partial class EngagementBait() : CommentHeuristic(
    "engagement_bait", Leaning.Spam, 30, "Asking for likes, follows or keyword replies games the feed instead of adding to the talk.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        comment.IsWarning ? null : FirstMatch(KeywordBait, comment, _ => "Keyword bait: comment a word to get a freebie, a trick to harvest leads and game reach.", strong: true)
        ?? (Bait.First(comment.Words) is { } bait ? Found(comment.Text, bait, "Fishes for likes, follows or replies rather than saying something.") : null);

    private static readonly GatedPattern KeywordBait = new(
        LeadMagnet(), "comment", "type", "reply", "kommentier", "schreib", "commente", "comenta", "comente", "follow", "folge", "suis", "suivez",
        "sígueme", "sigueme", "siga", "segue", "engagement", "pod", "sub", "f4f", "l4l", "s4s", "like");

    // "Comment YES below and I'll send you…", "Follow me for more", follow-for-follow and pod invitations:
    // never part of a real reply.
    // The keyword must be followed by what it gets you, so shouted text ("DROP THE BASS") is not mistaken for it.
    [GeneratedRegex(@"\b((comment|type|reply|kommentiere|kommentier|schreib|commente[zr]?|comenta|comente)\s+[""'“„«]?(?-i:\p{Lu}{2,})[""'”“»]?\s*(below|and|&|to|for|und|et|y|e|unten|ci-dessous|abajo|abaixo)\b|(follow|folge|suis|suivez|sígueme|sigueme|siga|segue)[- ]?(me|mir|-moi|moi)?\s+(for|für|pour|para)\s+(more|daily|mehr|plus|más|mais)|engagement (group|pod|circle)|join (my|our) (pod|engagement)|pod (group|invite)|sub ?4 ?sub|follow ?(4|for) ?follow|like ?(4|for) ?like|f4f|l4l|s4s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadMagnet();

    private static readonly PhraseSet Bait = new(
    [
        "comment below", "like/share/repost/retweet this/it? if", "like/share/repost/retweet this/it? and share/follow/subscribe/comment",
        "like/share/repost/retweet this post/comment if", "like my comment", "like this comment", "give me/this/it a like/thumbs_up",
        "thumbs up if/so/for", "how many thumbs up", "drop/leave a/an/your comment/like/emoji/yes", "tag someone/a_friend/3_friends/your",
        "follow me/back/4_follow/for_follow", "f4f", "l4l", "like4like", "like 4 like", "who wants the/my/a template/guide/copy/list",
        "want the/my template/guide/checklist/swipe_file", "connect/follow with me", "let's/lets connect", "add me", "please/pls/plz like",
        "hit/smash the? like", "like this_comment? so more/everyone/people can? see", "i follow back", "subscribe like and? comment",
        "like comment and subscribe",
    ]);
}
