using BenchmarkDotNet.Attributes;
using Candor.Analysis;
using Candor.Analysis.Authenticity;
using Candor.Analysis.Reports;
using Candor.Analysis.Threads;

namespace Candor.Benchmarks;

/// <summary>
/// The speed targets: a 200-comment web-copy thread through <see cref="CandorEngine.Check"/> (≤ 5 ms
/// median, ≤ 2 MB allocated) and one comment (≤ 50 µs), both through the engine and through
/// <see cref="ThreadJudge.JudgeAlone"/>. <see cref="JudgeThread200"/> times the judging alone, to split a
/// thread's cost between parsing and judging.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmarks
{
    private const int ThreadComments = 200;

    private static readonly CheckOptions Options = new(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

    private string thread = string.Empty;
    private string oneComment = string.Empty;
    private ParsedPaste parsedThread = new(PasteShape.Empty, null, []);
    private ParsedComment comment = new(null, null, null, false, null, false, false, string.Empty);

    [GlobalSetup]
    public void Setup()
    {
        thread = SyntheticThreads.WebCopy(ThreadComments);
        oneComment = SyntheticThreads.WebCopy(1, withPost: false);
        parsedThread = ParseExpecting(thread, ThreadComments);
        comment = ParseExpecting(oneComment, 1).Comments[0];

        // Guard against timing a rejection: the inputs must reach the thread and comment judges.
        ExpectKind(CandorEngine.Check(thread, Options), ReportKind.Thread);
        ExpectKind(CandorEngine.Check(oneComment, Options), ReportKind.Comment);
    }

    [Benchmark]
    public CheckResult CheckThread200() => CandorEngine.Check(thread, Options);

    [Benchmark]
    public CheckResult CheckOneComment() => CandorEngine.Check(oneComment, Options);

    /// <summary>One comment judged against the post, as the CLI does with <c>--post</c>.</summary>
    [Benchmark]
    public CommentReport JudgeAloneOneComment() => ThreadJudge.JudgeAlone(comment, SyntheticThreads.PostText);

    [Benchmark]
    public Verdict JudgeThread200() => ThreadJudge.Judge(parsedThread, null).Verdict;

    internal static ParsedPaste ParseExpecting(string paste, int comments)
    {
        var parsed = PasteParser.Parse(paste);
        return parsed.Shape == PasteShape.WebCopy && parsed.Comments.Count == comments
            ? parsed
            : throw new InvalidOperationException($"The synthetic paste parsed as {parsed.Shape} with {parsed.Comments.Count} comments, not {comments}.");
    }

    private static void ExpectKind(CheckResult result, ReportKind kind)
    {
        if (result.Report?.Kind != kind)
        {
            throw new InvalidOperationException($"Expected a {kind} report, got {result.Report?.Kind.ToString() ?? result.Problem?.Message}.");
        }
    }
}

/// <summary>Parsing must stay linear in the paste: the same web-copy shape at 20, 200 and 2,000 comments.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParseScaling
{
    private string paste = string.Empty;

    [Params(20, 200, 2000)]
    public int Comments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        paste = SyntheticThreads.WebCopy(Comments);
        EngineBenchmarks.ParseExpecting(paste, Comments);
    }

    [Benchmark]
    public ParsedPaste Parse() => PasteParser.Parse(paste);
}
