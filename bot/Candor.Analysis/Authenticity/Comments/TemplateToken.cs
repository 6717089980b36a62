using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Mail-merge tokens left in the text ("{first_name}", "[Name]", "%FIRSTNAME%").</summary>
internal sealed partial class TemplateToken() : CommentHeuristic(
    "template_token", Leaning.Automated, 60, "A placeholder nobody filled in proves the comment came from a template run by a tool.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        FirstMatch(Token(), comment, m => $"Leftover template placeholder \"{m.Value.Trim()}\": this was sent by a tool that failed to fill it in.", strong: true);

    [GeneratedRegex(@"\{\{\s*[\w .-]{1,30}\s*\}\}|\{\s*(first[_ ]?name|last[_ ]?name|full[_ ]?name|name|firstname|company|company[_ ]?name|title|job[_ ]?title|role|industry|topic|post[_ ]?topic|author|city|\w*_\w*)\s*\}|\[\s*(first[_ ]?name|last[_ ]?name|name|your name|company|company name|title|role|topic|insert[^\]]{0,30}|author|industry)\s*\]|<\s*(first[_ ]?name|name|company|title|topic)\s*>|%\s*(first[_ ]?name|firstname|name|company|title)\s*%|\$\{?(first_?name|name|company)\}?|\b(INSERT|ADD) (NAME|COMPANY|TOPIC)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
