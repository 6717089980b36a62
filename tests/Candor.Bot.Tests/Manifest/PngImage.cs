using System.Buffers.Binary;
using System.IO.Compression;

namespace Candor.Bot.Tests.Manifest;

/// <summary>
/// A PNG's header, and its pixels when it is 8-bit RGBA, non-interlaced (what the icons are): the IDAT chunks
/// joined, inflated, and each row unfiltered (PNG filters 0–4).
/// </summary>
internal sealed record PngImage(int Width, int Height, int BitDepth, int ColorType, int Interlace, byte[]? Rgba)
{
    public const int ColorTypeRgb = 2;
    public const int ColorTypeRgba = 6;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Red, green, blue and alpha of the pixel at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var rgba = Rgba ?? throw new InvalidOperationException("Only 8-bit RGBA, non-interlaced PNGs are decoded.");
        var at = ((y * Width) + x) * 4;
        return (rgba[at], rgba[at + 1], rgba[at + 2], rgba[at + 3]);
    }

    public static PngImage Read(string path) => Read(File.ReadAllBytes(path));

    public static PngImage Read(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: the signature is wrong.");
        }

        PngImage? header = null;
        using var idat = new MemoryStream();
        for (var at = Signature.Length; at + 12 <= file.Length;)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at)));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            at += 12 + length; // length, type, data, CRC
            switch (type)
            {
                case "IHDR":
                    header = new PngImage(
                        checked((int)BinaryPrimitives.ReadUInt32BigEndian(data)), checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..])),
                        data[8], data[9], data[12], null);
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    at = file.Length;
                    break;
            }
        }

        if (header is null)
        {
            throw new InvalidDataException("Not a PNG: no IHDR chunk.");
        }

        return header is { BitDepth: 8, ColorType: ColorTypeRgba, Interlace: 0 }
            ? header with { Rgba = Unfilter(Inflate(idat.ToArray()), header.Width, header.Height) }
            : header;
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        const int bytesPerPixel = 4;
        var stride = width * bytesPerPixel;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"IDAT holds {raw.Length} bytes, not {height * (stride + 1)} for {width}×{height} RGBA.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            Span<byte> above = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int up = above[i];
                int upLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Row {y} has unknown filter type {filter}."),
                };
                row[i] = unchecked((byte)(source[i] + predictor));
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
