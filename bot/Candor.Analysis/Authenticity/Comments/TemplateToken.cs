using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>Mail-merge tokens left in the text ("{first_name}", "[Name]", "%FIRSTNAME%").</summary>
internal sealed class TemplateToken() : CommentHeuristic(
    "template_token", Leaning.Automated, 60, "A placeholder nobody filled in proves the comment came from a template run by a tool.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        FirstMatch(Placeholders.Pattern, comment, m => $"Leftover template placeholder \"{m.Value.Trim()}\": this was sent by a tool that failed to fill it in.", strong: true);
}
