namespace Candor.Analysis.Text;

/// <summary>A range of characters in a text that a finding points at.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}
