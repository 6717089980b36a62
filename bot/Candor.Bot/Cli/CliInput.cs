using System.Text;
using Candor.Analysis;

namespace Candor.Bot.Cli;

/// <summary>
/// Reads the text to check from an argument, a file or standard input, refusing what is not a paste
/// (empty, binary, over the size limit) with one sentence the user can act on.
/// </summary>
internal static class CliInput
{
    /// <summary>Bytes, checked before decoding so a huge file is never read whole.</summary>
    public const int MaxBytes = CandorEngine.MaxInputChars;

    public sealed record Read(string? Text, string? Error);

    /// <param name="argument">"-" or null for standard input, an existing file's path, or the text itself.</param>
    public static async Task<Read> FromAsync(string? argument, Stream standardInput, CancellationToken cancel)
    {
        if (argument is null or "-")
        {
            return await DecodeAsync(standardInput, "standard input", cancel);
        }

        if (File.Exists(argument) || Directory.Exists(argument) || LooksLikeFilePath(argument))
        {
            return await FileAsync(argument, "", cancel, " (to check text itself, pass it in quotes or on standard input)");
        }

        return Encoding.UTF8.GetByteCount(argument) > MaxBytes ? TooLarge("the argument") : new Read(argument, null);
    }

    // "thread.txt" or "./pastes/x" with a typo should say "not found", not be judged as a one-word comment.
    private static bool LooksLikeFilePath(string argument) =>
        !argument.Any(char.IsWhiteSpace)
        && !argument.Contains("://", StringComparison.Ordinal)
        && !argument.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        && !argument.Contains("linkedin.com", StringComparison.OrdinalIgnoreCase)
        && (argument.Contains('/', StringComparison.Ordinal) || argument.Contains('\\', StringComparison.Ordinal)
            || Path.GetExtension(argument) is ".txt" or ".md" or ".json" or ".csv" or ".html" or ".log");

    /// <param name="what">The option the path came with ("--post"), or empty for the input itself.</param>
    /// <param name="hint">Added to "not found", e.g. how to pass text instead of a file.</param>
    public static async Task<Read> FileAsync(string path, string what, CancellationToken cancel, string hint = "")
    {
        var label = what.Length == 0 ? "" : what + " ";
        if (Directory.Exists(path))
        {
            return new Read(null, $"{label}{path} is a folder; give a file");
        }

        if (!File.Exists(path))
        {
            return new Read(null, $"{label}file not found: {path}{hint}");
        }

        await using var file = File.OpenRead(path);
        return await DecodeAsync(file, path, cancel);
    }

    private static async Task<Read> DecodeAsync(Stream stream, string source, CancellationToken cancel)
    {
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancel)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            return TooLarge(source);
        }

        var bytes = buffer.AsSpan(0, length);
        if (IsUtf16(bytes))
        {
            return new Read(Encoding.Unicode.GetString(bytes[2..]), null);
        }

        if (bytes.Contains((byte)0))
        {
            return new Read(null, $"{source} looks like a binary file, not text: copy the text from LinkedIn and paste it as plain text.");
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return new Read(utf8.GetString(bytes.StartsWith(Preamble) ? bytes[Preamble.Length..] : bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return new Read(null, $"{source} is not UTF-8 text: save or paste it as UTF-8.");
        }
    }

    private static ReadOnlySpan<byte> Preamble => [0xEF, 0xBB, 0xBF];

    private static bool IsUtf16(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE;

    private static Read TooLarge(string source) =>
        new(null, $"{source} is larger than {MaxBytes / 1024} KB: paste one thread or comment at a time.");
}
