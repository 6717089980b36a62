namespace Candor.Analysis.Input;

/// <summary>Refuses what cannot be a paste: nothing, binary data, or more than a person would paste.</summary>
internal static class InputGuard
{
    // Real text has almost no control characters; a file with this share of them is binary.
    private const double MaxControlShare = 0.02;

    /// <summary>What <c>candor check</c> takes.</summary>
    public static readonly Asked Check = new("check", "Paste a LinkedIn comment, thread, link or draft message.", "Paste one thread or comment at a time.");

    /// <summary>What <c>candor coach</c> takes.</summary>
    public static readonly Asked Coach = new("coach", "Paste the draft message you want to send.", "Paste one draft at a time.");

    /// <summary>What the caller asked for, so a refusal tells the user what to paste for that command.</summary>
    public sealed record Asked(string Verb, string WhatToPaste, string OneAtATime);

    public static InputProblem? Problem(string input, Asked? asked = null)
    {
        asked ??= Check;
        if (input.All(c => char.IsWhiteSpace(c) || Text.TextNormalizer.IsInvisible(c)))
        {
            return new InputProblem($"There is nothing to {asked.Verb}: the input is empty.", asked.WhatToPaste);
        }

        if (input.Length > CandorEngine.MaxInputChars)
        {
            return new InputProblem(
                $"That is too long to check ({input.Length / 1024:N0} KB; the limit is {CandorEngine.MaxInputChars / 1024} KB).",
                asked.OneAtATime);
        }

        var control = input.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        return input.Contains('\0', StringComparison.Ordinal) || control > MaxControlShare * input.Length
            ? new InputProblem("That looks like a binary file, not text.", "Copy the text from LinkedIn and paste it as plain text.")
            : null;
    }
}
