using System.Net;
using System.Net.Sockets;

namespace Candor.Bot.LinkFetch;

/// <summary>
/// Which resolved addresses the fetcher may connect to: public unicast only. Anything that could reach this
/// machine, its network or a cloud metadata service (loopback, private, link-local, CGNAT, unique-local,
/// multicast, reserved, and IPv6 forms that embed such an IPv4 address) is refused.
/// </summary>
internal static class AddressPolicy
{
    private static readonly (IPAddress Network, int Bits)[] NotPublicV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24), (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    // Teredo (2001::/32) tunnels to an address that cannot be checked here, so it is refused outright.
    private static readonly (IPAddress Network, int Bits)[] NotPublicV6 =
    [
        (IPAddress.Parse("::"), 96), (IPAddress.Parse("100::"), 64), (IPAddress.Parse("2001::"), 32),
        (IPAddress.Parse("2001:db8::"), 32), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10), (IPAddress.Parse("ff00::"), 8),
    ];

    // IPv6 forms that carry an IPv4 address: NAT64 (64:ff9b::/96) in the last 32 bits, 6to4 (2002::/16) in bits 16–48.
    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");
    private static readonly IPAddress SixToFour = IPAddress.Parse("2002::");

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !NotPublicV4.Any(range => InRange(address, range));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || NotPublicV6.Any(range => InRange(address, range)))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        if (InRange(address, (Nat64, 96)))
        {
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        }

        return !InRange(address, (SixToFour, 16)) || IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
    }

    private static bool InRange(IPAddress address, (IPAddress Network, int Bits) range)
    {
        if (address.AddressFamily != range.Network.AddressFamily)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var network = range.Network.GetAddressBytes();
        var whole = range.Bits / 8;
        if (!bytes.AsSpan(0, whole).SequenceEqual(network.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = range.Bits % 8;
        var mask = (byte)(0xFF << (8 - rest));
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }
}
