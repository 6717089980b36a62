namespace Candor.Bot.Cli;

/// <summary>
/// The bot's public host as <c>--domain</c> gives it to the commands that write app manifests
/// (<c>teams-package</c>, <c>slack-manifest</c>), and the placeholder the checked-in manifests use until then.
/// </summary>
internal static class BotDomain
{
    public const string Placeholder = "candor.example.com";

    /// <summary>A DNS name and nothing else: a scheme, port or path would end up inside the manifests' URLs.</summary>
    public static bool IsHost(string domain) => domain.Length is > 0 and <= 253 && Uri.CheckHostName(domain) == UriHostNameType.Dns;

    /// <summary>The one line a command prints when <c>--domain</c> is not a host.</summary>
    public static string Problem(string command, string domain) =>
        $"candor {command}: --domain takes the bot's host name, such as candor.contoso.com (no scheme, port or path), not '{domain}'.";
}
