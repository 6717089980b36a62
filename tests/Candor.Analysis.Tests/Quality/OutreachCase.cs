using Candor.Analysis.Outreach;

namespace Candor.Analysis.Tests.Quality;

/// <summary>One labelled draft of the outreach corpus (format: OutreachCorpus/README.md).</summary>
internal sealed record OutreachCase(string Name, string Format, string? To, string? About, IReadOnlyList<string> Expected, string Draft)
{
    /// <summary>The corpus the rules were tuned on.</summary>
    public const string Tuning = "OutreachCorpus";

    /// <summary>Drafts written later, from the labelling rules alone, by someone who had not seen the rules' code.</summary>
    public const string Holdout = "OutreachHoldout";

    public CoachOptions Options => new(Recipient.Parse(To), About, DraftFormats.Parse(Format));

    public bool IsGood => Expected.Count == 0;

    public static IReadOnlyList<OutreachCase> All(string set = Tuning) =>
        System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, set), "*.txt").Order(StringComparer.Ordinal).Select(Load).ToArray();

    public static OutreachCase Load(string path)
    {
        var lines = File.ReadAllText(path).TrimEnd('\n').Split('\n');
        if (lines.Length < 7 || lines[5] != "=== draft")
        {
            throw new FormatException($"{path}: five header lines and '=== draft' expected");
        }

        var header = lines[..5].Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p.Length == 2 ? p[1].Trim() : "");
        var expected = header["expected"] == "none"
            ? []
            : header["expected"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new OutreachCase(
            Path.GetFileName(path), header["format"], NoneAsNull(header["to"]), NoneAsNull(header["about"]), expected, string.Join('\n', lines[6..]));
    }

    private static string? NoneAsNull(string value) => value == "none" ? null : value;

    public override string ToString() => Name;
}
