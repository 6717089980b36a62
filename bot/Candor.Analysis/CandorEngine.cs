using Candor.Analysis.Authenticity;
using Candor.Analysis.Authenticity.Comments;
using Candor.Analysis.Input;
using Candor.Analysis.Links;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;
using Candor.Analysis.Threads;

namespace Candor.Analysis;

/// <summary>What the caller knows besides the paste. <paramref name="Now"/> is passed in so the engine never reads a clock.</summary>
/// <param name="PostText">The post the comments belong to (the CLI's <c>--post FILE</c>), for topical overlap.</param>
/// <param name="Limits">Outreach length and readability limits for a paste that turns out to be a draft (configuration <c>Outreach:*</c>).</param>
public sealed record CheckOptions(DateTimeOffset Now, string? PostText = null, OutreachLimits? Limits = null);

/// <summary>Why a paste could not be judged, in words for the person who pasted it.</summary>
public sealed record InputProblem(string Message, string Suggestion);

/// <summary>Either a report or the reason there is none.</summary>
public sealed record CheckResult(Report? Report, InputProblem? Problem)
{
    public static CheckResult Of(Report report) => new(report, null);

    public static CheckResult Rejected(string message, string suggestion) => new(null, new InputProblem(message, suggestion));
}

/// <summary>
/// Candor's engine: reads a paste and judges it. Pure and deterministic (design.md principle 4): the same
/// input and options always give the same report, and nothing here touches I/O or the clock.
/// </summary>
public static class CandorEngine
{
    /// <summary>Pastes above this many characters are refused rather than judged slowly.</summary>
    public const int MaxInputChars = 200 * 1024;

    /// <summary>
    /// The longest single message the coach reads: well above LinkedIn's own 8,000-character message limit. A paste
    /// this long is many messages, not a draft, and coaching it (rubric, rewrite, variants) costs seconds.
    /// </summary>
    public const int MaxMessageChars = 20_000;

    private const string WhatToPaste =
        "Paste a LinkedIn comment, a copied comment thread (with names and times), a post or comment link, or a draft message.";

    public static CheckResult Check(string input, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (InputGuard.Problem(input) is { } problem)
        {
            return new CheckResult(null, problem);
        }

        var text = TextNormalizer.Normalize(input);
        if (ReplyRequest.Split(text) is var (request, received))
        {
            return received.Length > MaxMessageChars ? MessageTooLong(received.Length, "check") : AnswerReceived(request, received, options);
        }

        var classification = InputClassifier.Classify(text);
        var report = classification.Kind switch
        {
            ReportKind.Link => LinkCheck.Report(classification.Links, text, options.Now),
            ReportKind.Outreach => ReceivedScam(classification, options)
                ?? (text.Length > MaxMessageChars ? null : CoachReport(Draft.Parse(text, new CoachOptions(Limits: options.Limits)))),
            _ => JudgeEngagement(classification, options),
        };

        if (report is null && classification.Kind == ReportKind.Outreach)
        {
            return text.Length > MaxMessageChars ? MessageTooLong(text.Length, "coach") : NoMessageToCoach;
        }

        if (report is null && classification.Paste.Post is not null)
        {
            return CheckResult.Rejected(
                "That is a post with no comments under it, so there is no engagement to judge.",
                "Copy the comments too (open them with \"Load more comments\" first), or paste the post's link.");
        }

        if (report is null)
        {
            return CheckResult.Rejected("I couldn't find a comment, a thread, a link or a draft in that.", WhatToPaste);
        }

        var links = classification.Kind == ReportKind.Link ? report.Links : LinksIn(classification, report, text);
        var signals = classification.Note is { } note ? [note, .. report.Signals] : report.Signals;
        return CheckResult.Of(report with { Signals = signals, Links = links });
    }

    /// <summary>
    /// Judges a thread the caller already holds in structure (the bot reads one from a post's public page), as
    /// the same comments pasted would be judged; no paste is parsed, so no comment text can pass for structure.
    /// </summary>
    public static CheckResult CheckThread(ParsedPaste thread, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(options);
        var post = thread.Post is { } given ? given with { Text = TextNormalizer.Normalize(given.Text) } : null;
        var comments = thread.Comments.Select(c => c with { Text = TextNormalizer.Normalize(c.Text).Trim() }).Where(c => c.Text.Length > 0).ToArray();
        var paste = thread with { Post = post, Comments = comments };
        var classification = new Classification(comments.Length >= 2 ? ReportKind.Thread : ReportKind.Comment, paste, [], null);
        return JudgeEngagement(classification, options) is { } report
            ? CheckResult.Of(report with { Links = LinksIn(classification, report, "") })
            : CheckResult.Rejected("There are no comments to judge.", WhatToPaste);
    }

    /// <summary>
    /// The links of a comment or thread report, each judged within its own comment (or the post), exactly as
    /// the comment's phishing heuristic judged it: a lure in the next comment must not make a link dangerous
    /// in the report while its comment was found clean.
    /// </summary>
    private static LinkReport[] LinksIn(Classification classification, Report report, string text)
    {
        var paste = classification.Paste;
        if (report.Kind is not (ReportKind.Thread or ReportKind.Comment) || paste.Comments.Count == 0)
        {
            return LinkAnalyzer.AnalyzeAll(text).ToArray();
        }

        var links = new List<LinkReport>();
        if (paste.Post is { } post)
        {
            links.AddRange(LinkAnalyzer.AnalyzeAll(post.Text));
        }

        foreach (var comment in paste.Comments)
        {
            links.AddRange(LinkAnalyzer.AnalyzeAll(comment.Text));
        }

        return links.ToArray();
    }

    /// <summary>Coaches an outreach draft (<c>candor coach</c>): the rubric, a rewrite from the user's own facts, and variants.</summary>
    public static CheckResult Coach(string input, CoachOptions coach)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(coach);
        if (InputGuard.Problem(input, InputGuard.Coach) is { } problem)
        {
            return new CheckResult(null, problem);
        }

        var text = TextNormalizer.Normalize(input);
        if (text.Length > MaxMessageChars)
        {
            return MessageTooLong(text.Length, "coach");
        }

        return CoachReport(Draft.Parse(text, coach)) is { } report ? CheckResult.Of(report) : NoMessageToCoach;
    }

    private static CheckResult MessageTooLong(int chars, string verb) => CheckResult.Rejected(
        $"That is too long for one message ({chars:N0} characters; LinkedIn messages hold at most 8,000), so I can't {verb} it.",
        "Paste one message at a time.");

    /// <summary>The coach's report; null for context lines with no message under them.</summary>
    private static Report? CoachReport(Draft draft) => string.IsNullOrWhiteSpace(draft.Body) ? null : OutreachCoach.Report(draft);

    private static CheckResult NoMessageToCoach { get; } =
        CheckResult.Rejected("There is no message to coach, only context lines.", "Paste the draft below the To: and About: lines.");

    /// <summary>
    /// Nobody drafts a scam: a message-shaped text with a lure, scam or phishing link is something the user
    /// received, so it is judged as a comment and says why.
    /// </summary>
    private static Report? ReceivedScam(Classification classification, CheckOptions options)
    {
        var comment = ThreadJudge.JudgeAlone(classification.Paste.Comments[0], options.PostText);
        if (comment.Verdict != Verdict.Spam)
        {
            return null;
        }

        // Quote what made it spam, not whichever finding came first (that may be a harmless detail).
        var spam = comment.Signals.First(s => CommentHeuristics.All.Any(h => h.Id == s.Id && h.Leaning == Leaning.Spam));
        var note = new Signal(InputClassifier.InputKindId, spam.Evidence,
            "Shaped like a message, but judged as one you received: it carries a scam, lure or dangerous link.");
        return OneCommentReport(comment) with { Signals = [note, .. comment.Signals] };
    }

    /// <summary>The user asked how to answer a message: it is judged as theirs, with the reply to suggest or the advice not to.</summary>
    private static CheckResult AnswerReceived(string request, string received, CheckOptions options)
    {
        var paste = InputClassifier.Classify(received).Paste;
        if (paste.Comments.Count == 0)
        {
            return CheckResult.Rejected("There is no message under your question to answer.", "Paste the message you received below the question.");
        }

        var comment = ThreadJudge.JudgeAlone(paste.Comments[0], options.PostText ?? paste.Post?.Text);
        var note = new Signal(InputClassifier.InputKindId, request, "Read as a message you received, because you asked how to answer it.");
        return CheckResult.Of(OneCommentReport(comment) with { Signals = [note, .. comment.Signals] });
    }

    /// <summary>A one-comment report, with the reply to suggest (or the advice not to reply).</summary>
    private static Report OneCommentReport(CommentReport comment) =>
        new(ReportKind.Comment, comment.Verdict, comment.Score, comment.Signals, [comment], [], null, ReplySuggester.Suggest(comment), []);

    private static Report? JudgeEngagement(Classification classification, CheckOptions options)
    {
        var paste = classification.Paste;
        if (paste.Comments.Count == 0)
        {
            return null;
        }

        if (classification.Kind == ReportKind.Comment)
        {
            return OneCommentReport(ThreadJudge.JudgeAlone(paste.Comments[0], options.PostText ?? paste.Post?.Text));
        }

        var thread = ThreadJudge.Judge(paste, options.PostText);
        return new Report(ReportKind.Thread, thread.Verdict, thread.Score, thread.Findings.Select(f => f.ToSignal()).ToArray(),
            thread.Comments, [], null, null, []);
    }
}
