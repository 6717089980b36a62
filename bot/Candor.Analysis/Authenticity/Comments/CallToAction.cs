using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>
/// Tells readers to go and do something elsewhere — check this out, click, download, sign up, vote,
/// donate. Weak on its own (people do recommend things); with a link or a plug it is promotion.
/// </summary>
internal sealed partial class CallToAction() : CommentHeuristic(
    "call_to_action", Leaning.Spam, 20, "Comments that send readers off to click, join or buy are selling, not discussing.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        comment.Comment.IsPostAuthor || Warnings.IsWarning(comment.Text) ? null : FirstMatch(Imperative(), comment, m => $"Tells readers to act elsewhere (\"{m.Value.Trim()}\").");

    [GeneratedRegex(@"\b(check (it|this|these|us|them|'?em|me|mah|my) out|(?<=^|[.!?:]\s*)check out\b(?!\s+the\b)|check out (this|these|the new|our)|come check|go check|take a look at (this|my|our)|(please |pls |plz )?(buy|order) (these|this|my|our|now)|(like|share) (and|&) (share|subscribe|subscrib|comment)|share (this|my|our) (page|video|post|link)|help me (out|go|get|reach|with)|help (please|pls)|please (help|buy|click|check|vote|donate|share|watch|join|support|subscribe)|watch (this|it|my|our)|click (here|the link|this|on (the|my|this) link|for)|download (now|it|this|the app|my|our|for free)|install (it|now|the app)|sign up|register (now|here|for free|today)|vote (for|katy|now)|please (vote|donate|share|help|watch|join|support)|donate|join (us|our team|now|today|for free)|add me|search (for )?[""“]|help me (go|get|reach)|support (me|us|my|our)|don'?t forget to (subscribe|like|follow)|give (it|me) a (listen|try|like)|subscribe)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();
}
