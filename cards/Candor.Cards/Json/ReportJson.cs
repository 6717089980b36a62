using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using Candor.Analysis.Links;
using Candor.Analysis.Reports;

namespace Candor.Cards.Json;

/// <summary>
/// Writes a report as the engine's JSON contract (design.md): every field present, empty arrays and nulls
/// where a field does not apply, snake_case vocabulary, UTC times with a Z.
/// </summary>
public static class ReportJson
{
    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(ToContract(report), (JsonTypeInfo<ReportContract>)Options.GetTypeInfo(typeof(ReportContract)));
    }

    // Pasted text is full of emoji and accents; keep them readable instead of \uXXXX escapes. The output is
    // JSON for programs and terminals, never embedded in HTML, so the relaxed encoder is safe here.
    private static readonly JsonSerializerOptions Options = new(ContractJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static ReportContract ToContract(Report report) => new(
        Name(report.Kind),
        Name(report.Verdict),
        report.Score,
        report.Signals.Select(ToContract).ToArray(),
        report.Comments.Select(c => new CommentContract(c.Author, c.Headline, c.Age, c.Text, Name(c.Verdict), c.Score, c.Signals.Select(ToContract).ToArray())).ToArray(),
        report.Issues.Select(i => new IssueContract(i.Id, i.Evidence, i.Advice)).ToArray(),
        report.Rewrite is { } r ? new RewriteContract(r.Text, r.Score, r.Variants.Select(v => new VariantContract(v.Format, v.Text)).ToArray(), r.Needs.ToArray(), r.Changes.ToArray()) : null,
        report.Reply is { } reply ? new ReplyContract(reply.Text, reply.Advice) : null,
        report.Links.Select(ToContract).ToArray());

    private static SignalContract ToContract(Signal s) => new(s.Id, s.Evidence, s.Explanation);

    private static LinkContract ToContract(LinkReport l) => new(
        l.Url, Name(l.Kind), l.ActivityId, l.CommentId, Utc(l.PostedAt), Utc(l.CommentedAt), Name(l.Risk), l.Reasons.ToArray());

    private static string? Utc(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The contract's spelling of an enum value: LowEffort → low_effort, LinkedinPost → linkedin_post.</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}

internal sealed record ReportContract(
    string Kind, string Verdict, int Score, SignalContract[] Signals, CommentContract[] Comments, IssueContract[] Issues,
    RewriteContract? Rewrite, ReplyContract? Reply, LinkContract[] Links);

internal sealed record SignalContract(string Id, string Evidence, string Explanation);

internal sealed record CommentContract(string? Author, string? Headline, string? Age, string Text, string Verdict, int Score, SignalContract[] Signals);

internal sealed record IssueContract(string Id, string Evidence, string Advice);

/// <summary>design.md's rewrite object, plus what to add (<c>needs</c>) and what changed (<c>changes</c>) for the cards.</summary>
internal sealed record RewriteContract(string Text, int Score, VariantContract[] Variants, string[] Needs, string[] Changes);

internal sealed record VariantContract(string Format, string Text);

internal sealed record ReplyContract(string? Text, string Advice);

internal sealed record LinkContract(
    string Url, string Kind, string? ActivityId, string? CommentId, string? PostedAt, string? CommentedAt, string Risk, string[] Reasons);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReportContract))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
