namespace Candor.Analysis.Links;

/// <summary>Undoes percent-encoding, including links that were encoded more than once.</summary>
internal static class PercentDecoding
{
    // Links copied out of LinkedIn's share menus and e-mails arrive encoded twice (%253A for ':');
    // a few passes undo every case seen in practice while a hostile input cannot make us loop.
    private const int MaxPasses = 3;

    public static string DecodeFully(string text)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            // UnescapeDataString leaves malformed sequences such as "%zz" as they are instead of throwing.
            var decoded = Uri.UnescapeDataString(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }
}
