using System.Text.RegularExpressions;
using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// Tells readers to go and do something elsewhere — check this out, click, download, sign up, vote,
/// donate. Weak on its own (people do recommend things); with a link or a plug it is promotion.
/// </summary>
internal sealed partial class CallToAction() : CommentHeuristic(
    "call_to_action", Leaning.Spam, 20, "Comments that send readers off to click, join or buy are selling, not discussing.")
{
    private static readonly PhraseSet Imperatives = new(
    [
        "check it/this/these/us/them/'em/em/me/mah/my out", "check out this/these/the_new/our", "come/go check", "take a look at this/my/our",
        "please/pls/plz? buy/order these/this/my/our/now", "like/share and? share/subscribe/subscrib/comment", "share this/my/our page/video/post/link",
        "help me out/go/get/reach/with", "help please/pls", "please help/buy/click/check/vote/donate/share/watch/join/support/subscribe",
        "watch this/it/my/our", "click here/this/for", "click the link", "click on the/my/this link", "download now/it/this/the_app/my/our/for_free",
        "install it/now/the_app", "sign up", "register now/here/for_free/today", "vote for/katy/now", "donate", "join us/our_team/now/today/for_free",
        "add me", "support me/us/my/our", "don't/dont forget to subscribe/like/follow", "give it/me a listen/try/like", "subscribe",
    ]);

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        if (comment.Comment.IsPostAuthor || comment.IsWarning)
        {
            return null;
        }

        var span = Imperatives.First(comment.Words) ?? OpeningCheckOut(comment);
        if (span is { } found)
        {
            var phrase = found.Of(comment.Text);
            return Found(phrase, $"Tells readers to act elsewhere (\"{phrase}\").");
        }

        return FirstMatch(SearchFor(), comment, m => $"Tells readers to act elsewhere (\"{m.Value.Trim()}\").");
    }

    // "Check out X!" opening a sentence sends readers away; "check out the docs" recommends someone else's thing.
    private static TextSpan? OpeningCheckOut(CommentContext comment)
    {
        var words = comment.Words;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Lower == "check" && words[i + 1].Lower == "out" && (i + 2 == words.Count || words[i + 2].Lower != "the")
                && Sentences.StartsAt(comment.Text, words[i].Span.Start))
            {
                return new TextSpan(words[i].Span.Start, words[i + 1].Span.End - words[i].Span.Start);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bsearch (for )?[""“]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SearchFor();
}
