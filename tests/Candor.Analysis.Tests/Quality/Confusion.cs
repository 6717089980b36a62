using System.Globalization;
using System.Text;

namespace Candor.Analysis.Tests.Quality;

/// <summary>Counts of (expected, actual) label pairs, with precision, recall and accuracy.</summary>
internal sealed class Confusion
{
    private readonly Dictionary<(string Expected, string Actual), int> counts = [];

    public int Total { get; private set; }

    public void Add(string expected, string actual)
    {
        counts[(expected, actual)] = counts.GetValueOrDefault((expected, actual)) + 1;
        Total++;
    }

    public int Correct => counts.Where(c => c.Key.Expected == c.Key.Actual).Sum(c => c.Value);

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public double Precision(string label)
    {
        var predicted = counts.Where(c => c.Key.Actual == label).Sum(c => c.Value);
        return predicted == 0 ? 1 : (double)counts.GetValueOrDefault((label, label)) / predicted;
    }

    public double Recall(string label)
    {
        var actual = counts.Where(c => c.Key.Expected == label).Sum(c => c.Value);
        return actual == 0 ? 1 : (double)counts.GetValueOrDefault((label, label)) / actual;
    }

    /// <summary>A Markdown table: per label precision, recall and support, then the accuracy line.</summary>
    public string Table(string title, IEnumerable<string> labels)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: accuracy {Accuracy:P1} ({Correct}/{Total})");
        text.AppendLine("| label | precision | recall | support |");
        text.AppendLine("|---|---|---|---|");
        foreach (var label in labels)
        {
            var support = counts.Where(c => c.Key.Expected == label).Sum(c => c.Value);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {Precision(label):0.00} | {Recall(label):0.00} | {support} |");
        }

        return text.ToString();
    }
}
