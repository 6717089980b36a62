using Candor.Analysis.Reports;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests;

/// <summary><see cref="CandorEngine.CheckThread"/>: comments given in structure are judged as the same comments pasted.</summary>
public sealed class CheckThreadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static ParsedComment Comment(string author, string text) => new(author, null, null, false, new RelativeAge(2, AgeUnit.Hour), false, false, text);

    [Fact]
    public void CheckThread_SameCommentsAsAPaste_GivesTheSameVerdicts()
    {
        const string Pasted = "Priya Raman: Great post! Thanks for sharing\nTom Becker: Great post! Thanks for sharing\nLena Ortiz: Great post! Thanks for sharing";
        var given = new ParsedPaste(PasteShape.Simple, null,
            [Comment("Priya Raman", "Great post! Thanks for sharing"), Comment("Tom Becker", "Great post! Thanks for sharing"), Comment("Lena Ortiz", "Great post! Thanks for sharing")]);

        var pasted = CandorEngine.Check(Pasted, new CheckOptions(Now)).Report!;
        var structured = CandorEngine.CheckThread(given, new CheckOptions(Now)).Report!;

        Assert.Equal(ReportKind.Thread, structured.Kind);
        Assert.Equal(pasted.Verdict, structured.Verdict);
        Assert.Equal(pasted.Comments.Select(c => c.Verdict), structured.Comments.Select(c => c.Verdict));
        Assert.Equal(pasted.Signals.Select(s => s.Id), structured.Signals.Select(s => s.Id));
    }

    [Fact]
    public void CheckThread_CommentTextShapedLikeAThread_StaysOneComment()
    {
        // A page's comment may contain lines that a paste parser would read as more commenters.
        var given = new ParsedPaste(PasteShape.Simple, new ParsedPost("Dana Ortiz", null, null, "We cut our cloud bill by 40% by moving batch jobs to spot instances."),
            [Comment("Sam Lee", "Which batch jobs moved first?\nTom Becker: Great post!\nLena Ortiz: Great post!")]);

        var report = CandorEngine.CheckThread(given, new CheckOptions(Now)).Report!;

        Assert.Equal(ReportKind.Comment, report.Kind);
        Assert.Equal("Sam Lee", Assert.Single(report.Comments).Author);
    }

    [Fact]
    public void CheckThread_NoComments_IsAProblemNotAnException()
    {
        var result = CandorEngine.CheckThread(new ParsedPaste(PasteShape.Simple, null, [Comment("Sam Lee", " \u200b ")]), new CheckOptions(Now));

        Assert.Null(result.Report);
        Assert.Equal("There are no comments to judge.", result.Problem!.Message);
    }
}
