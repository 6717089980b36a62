using System.Net;
using System.Net.Security;

namespace Candor.Bot.LinkFetch;

/// <summary>
/// How the fetcher reaches a host: which addresses a name resolves to (with the port to use), which of them it
/// may connect to, and how the server's certificate is checked. <see cref="Internet"/> is the only one the bot
/// uses; tests substitute a resolver that answers with their loopback server, a policy that admits it, and
/// trust in their own certificate.
/// </summary>
internal sealed record FetchNetwork(
    Func<string, int, CancellationToken, Task<IPEndPoint[]>> Resolve,
    Func<IPAddress, bool> Allows,
    RemoteCertificateValidationCallback? Certificates)
{
    public static FetchNetwork Internet { get; } = new(ResolveAsync, AddressPolicy.IsPublic, null);

    private static async Task<IPEndPoint[]> ResolveAsync(string host, int port, CancellationToken cancel) =>
        [.. (await Dns.GetHostAddressesAsync(host, cancel)).Select(address => new IPEndPoint(address, port))];
}
