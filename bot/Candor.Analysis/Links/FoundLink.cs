using Candor.Analysis.Text;

namespace Candor.Analysis.Links;

/// <summary>A link as it appears in pasted text, and where.</summary>
/// <param name="Url">The link exactly as written, without trailing sentence punctuation.</param>
/// <param name="Span">Where <paramref name="Url"/> sits in the original text.</param>
internal readonly record struct FoundLink(string Url, TextSpan Span);
