using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Candor.Analysis.Threads;

/// <summary>
/// The lines LinkedIn's page adds around comments (buttons, counters, badges) in the UI languages
/// Candor supports. They are never part of what a person wrote, so the parser drops them.
/// </summary>
internal static partial class UiNoise
{
    // Buttons and links that appear next to each comment.
    private static readonly FrozenSet<string> CommentChrome = FrozenSet.ToFrozenSet(
    [
        "like", "reply", "like · reply", "like | reply", "like reply", "load more comments", "load previous comments",
        "load previous replies", "see more replies", "view more replies", "see translation", "show translation",
        "see original", "follow", "+ follow", "following", "…see more", "...see more", "… more", "see more",
        "report this comment", "celebrate", "support", "love", "insightful", "funny", "curious", "translated",
        "gefällt mir", "antworten", "weitere kommentare laden", "übersetzung anzeigen", "folgen",
        "j’aime", "j'aime", "répondre", "charger plus de commentaires", "voir la traduction", "suivre",
        "recomendar", "responder", "cargar más comentarios", "ver traducción", "seguir",
        "gostei", "carregar mais comentários", "ver tradução",
        "赞", "回复", "加载更多评论", "查看翻译", "关注", "讚", "回覆",
        "いいね！", "いいね", "返信", "コメントをさらに読み込む", "翻訳を表示", "フォロー",
    ], StringComparer.OrdinalIgnoreCase);

    // Lines that only appear under the post itself; seeing them means the block above was the post.
    private static readonly FrozenSet<string> PostChrome = FrozenSet.ToFrozenSet(
    [
        "comment", "repost", "send", "share", "most relevant", "most recent", "add a comment…", "add a comment...",
        "like comment repost send", "kommentieren", "teilen", "senden", "relevanteste", "neueste",
        "commenter", "republier", "envoyer", "les plus pertinents", "comentar", "compartir", "enviar",
        "más relevantes", "compartilhar", "mais relevantes", "评论", "转发", "发送", "コメント", "共有", "送信",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AuthorBadges = FrozenSet.ToFrozenSet(
        ["author", "autor", "auteur", "autor(a)", "autora", "作者", "投稿者"], StringComparer.OrdinalIgnoreCase);

    // Every line of a paste comes through here, so the sets compare without case instead of lower-casing copies,
    // and the counter patterns (which all start with a number) only run on lines that do. Besides the time
    // saved, a regex called from two threads at once builds a second runner, and the lines are classified in
    // parallel.
    public static bool IsCommentChrome(string trimmed) =>
        CommentChrome.Contains(trimmed) || (StartsWithDigit(trimmed) && (CountLine().IsMatch(trimmed) || BareNumber().IsMatch(trimmed)));

    public static bool IsPostChrome(string trimmed)
    {
        if (PostChrome.Contains(trimmed) || (StartsWithDigit(trimmed) && PostCountLine().IsMatch(trimmed)))
        {
            return true;
        }

        // "Tom Hughes and 127 others" under a post: only when what comes before is a name. Every line of a
        // paste comes here, so the pattern (which backtracks over the name) runs only on lines ending right.
        if (!OthersEndings.Any(ending => trimmed.EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var others = AndOthers().Match(trimmed);
        return others.Success && PeopleLines.LooksLikeName(others.Groups["name"].Value);
    }

    /// <summary>The follow button, which the page may put anywhere in a commenter's header.</summary>
    public static bool IsFollowButton(string trimmed) => trimmed.Length <= MaxFollowButton && FollowButton().IsMatch(trimmed);

    // "+ Follow", "Folgen", "Suivre", "フォロー": short labels only.
    private const int MaxFollowButton = 16;

    public static bool IsAuthorBadge(string trimmed) => AuthorBadges.Contains(trimmed);

    /// <summary>A connection-degree line such as " • 2nd", "3rd+", "· 2º".</summary>
    public static bool IsDegree(string trimmed) => trimmed.Length <= MaxDegreeLine && DegreeLine().IsMatch(trimmed);

    // "• 3rd+" and its translations are a handful of characters; longer lines are never a degree.
    private const int MaxDegreeLine = 12;

    /// <summary>
    /// Splits off a connection degree or badge that the page glued to the end of a name ("Rachel Adams • 2nd",
    /// "Tom Hughes • Author", "王芳 • 2度"). The suffix words are the same as on their own lines.
    /// </summary>
    public static NameLine SplitNameLine(string trimmed)
    {
        var match = NameSuffix().Match(trimmed);
        return match.Success ? new NameLine(trimmed[..match.Index].TrimEnd(), match.Groups["suffix"].Value) : new NameLine(trimmed, null);
    }

    /// <summary>Strips the "…see more" the page leaves at the end of a collapsed comment.</summary>
    public static string StripSeeMore(string line) =>
        line.Contains('…') || line.Contains("...", StringComparison.Ordinal) ? SeeMoreTail().Replace(line, string.Empty) : line;

    private static bool StartsWithDigit(string trimmed) => trimmed.Length > 0 && char.IsAsciiDigit(trimmed[0]);

    // "5 Reactions", "1 Reply", "3 Replies", "2 Antworten", "5 réactions", "5 条回复", "5件の返信".
    [GeneratedRegex(@"^\d{1,6}\s*(reactions?|repl(y|ies)|reaktion(en)?|antworten?|réactions?|réponses?|reacciones?|respuestas?|reações|reação|respostas?|条回复|個回覆|件の返信|次回应)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountLine();

    // "42 comments", "7 reposts", "42 comments • 7 reposts": counters only, nothing else on the line.
    [GeneratedRegex(@"^\d[\d,.]*\s*(comments?|reposts?|kommentare?|commentaires?|comentarios?|comentários?|条评论|件のコメント)(\s*[•·]\s*\d[\d,.]*\s*(comments?|reposts?|kommentare?|commentaires?|comentarios?|comentários?|条评论|件のコメント))*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostCountLine();

    private static readonly string[] OthersEndings = ["other", "others", "weitere", "autres", "otros", "outros"];

    [GeneratedRegex(@"^(?<name>.{2,60}?)\s+(and|und|et|y|e)\s+\d[\d,.]*\s+(others?|weitere|autres|otros|outros)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndOthers();

    [GeneratedRegex(@"^(\+\s*)?(follow|following|folgen|suivre|seguir|关注|フォロー)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FollowButton();

    [GeneratedRegex(@"^\d{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    // Connection degrees as the page writes them in each UI language, alone or after a name.
    private const string Degrees = @"1st|2nd|3rd\+?|[123][º°]|[123]e|[123]\.|[123]度";

    // The author badge in each UI language (AuthorBadges, as a pattern).
    private const string AuthorWords = @"author|autor|auteur|autor\(a\)|autora|作者|投稿者";

    [GeneratedRegex(@"^[•·]?\s*(" + Degrees + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DegreeLine();

    [GeneratedRegex(@"\s*[•·]\s*(?<suffix>" + Degrees + "|" + AuthorWords + @"|following|you)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameSuffix();

    [GeneratedRegex(@"\s*(…|\.\.\.)\s*(see more|more|mehr anzeigen|voir plus|ver más|ver mais)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeeMoreTail();
}

/// <summary>A name line split into the name and what the page glued after it (a degree, a badge, "Following").</summary>
internal readonly record struct NameLine(string Name, string? Suffix)
{
    /// <summary>A suffix is a strong sign that the line is a name.</summary>
    public bool HasSuffix => Suffix is not null;

    public bool IsAuthor => Suffix is { } suffix && UiNoise.IsAuthorBadge(suffix);

    public string? Degree => Suffix is { } suffix && UiNoise.IsDegree(suffix) ? suffix : null;
}
