using System.Text;

namespace Candor.Analysis.Tests.Quality;

/// <summary>A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and newlines.</summary>
internal static class Csv
{
    public static IEnumerable<Dictionary<string, string>> Read(string path, char separator)
    {
        using var rows = Rows(File.ReadAllText(path), separator).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var header = rows.Current;
        while (rows.MoveNext())
        {
            if (rows.Current.Count == header.Count)
            {
                yield return header.Zip(rows.Current).ToDictionary(p => p.First, p => p.Second);
            }
        }
    }

    private static IEnumerable<List<string>> Rows(string text, char separator)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
