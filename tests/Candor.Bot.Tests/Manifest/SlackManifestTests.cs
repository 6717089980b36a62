using System.Globalization;
using Candor.Analysis.Tests;
using Candor.Bot.Cli;
using YamlDotNet.RepresentationModel;

namespace Candor.Bot.Tests.Manifest;

/// <summary>
/// manifest/slack/manifest.yaml, read as YAML the way Slack reads it: the limits Slack's manifest schema sets,
/// the least scopes, the events the bot handles, and URLs on the bot's Slack endpoints.
/// </summary>
public sealed class SlackManifestTests
{
    private static readonly YamlMappingNode Manifest = Parse(RepositoryFiles.Read("manifest/slack/manifest.yaml"));

    /// <summary>The one document of a manifest, as Slack's "From a manifest" takes it.</summary>
    internal static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    /// <summary>Every value in the manifest that is a web address.</summary>
    internal static List<string> Urls(YamlMappingNode manifest) =>
    [
        .. manifest.AllNodes.OfType<YamlScalarNode>()
            .Select(node => node.Value ?? "")
            .Where(value => value.StartsWith("http", StringComparison.OrdinalIgnoreCase)),
    ];

    [Fact]
    public void Metadata_IsManifestVersion1_1()
    {
        Assert.Equal("1", Text("_metadata", "major_version"));
        Assert.Equal("1", Text("_metadata", "minor_version"));
    }

    [Fact]
    public void DisplayInformation_FitsSlacksLimits()
    {
        Assert.Equal("Candor", Text("display_information", "name"));
        Assert.InRange(Text("display_information", "name").Length, 1, 35);
        Assert.InRange(Text("display_information", "description").Length, 1, 140);
        Assert.InRange(Text("display_information", "long_description").Length, 175, 4000);
        Assert.Matches("^#[0-9a-fA-F]{6}$", Text("display_information", "background_color"));
    }

    [Fact]
    public void BotScopes_AreExactlyTheSevenCandorNeeds()
    {
        Assert.Equal(
            ["app_mentions:read", "channels:history", "chat:write", "commands", "im:history", "links:read", "links:write"],
            Items("oauth_config", "scopes", "bot").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BotEvents_AreMentionsDirectMessagesChannelMessagesAndLinks()
    {
        Assert.Equal(
            ["app_mention", "link_shared", "message.channels", "message.im"],
            Items("settings", "event_subscriptions", "bot_events").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RequestUrls_AreTheBotsSlackEndpoints_OnThePlaceholderHost()
    {
        var command = Node<YamlMappingNode>("features", "slash_commands", "0");

        Assert.Equal($"https://{BotDomain.Placeholder}/slack/events", Text("settings", "event_subscriptions", "request_url"));
        Assert.Equal($"https://{BotDomain.Placeholder}/slack/commands", Text(command, "url"));
        Assert.Equal($"https://{BotDomain.Placeholder}/slack/interactions", Text("settings", "interactivity", "request_url"));
        Assert.Equal("true", Text("settings", "interactivity", "is_enabled"));
        Assert.Equal(3, Urls(Manifest).Count);
    }

    [Fact]
    public void Settings_UseRequestUrls_NotSocketMode()
    {
        Assert.Equal("false", Text("settings", "socket_mode_enabled"));
        Assert.Equal("false", Text("settings", "org_deploy_enabled"));
        Assert.Equal("false", Text("settings", "token_rotation_enabled"));
    }

    [Fact]
    public void SlashCommand_IsCandor_Unescaped()
    {
        var command = (YamlMappingNode)Assert.Single(Node<YamlSequenceNode>("features", "slash_commands"));

        Assert.Equal("/candor", Text(command, "command"));
        Assert.Equal("false", Text(command, "should_escape"));
        Assert.Contains("coach", Text(command, "usage_hint"), StringComparison.Ordinal);
    }

    [Fact]
    public void MessageShortcut_IsCheckWithCandor()
    {
        var shortcut = (YamlMappingNode)Assert.Single(Node<YamlSequenceNode>("features", "shortcuts"));

        Assert.Equal("message", Text(shortcut, "type"));
        Assert.Equal("check_message", Text(shortcut, "callback_id"));
        Assert.Equal("Check with Candor", Text(shortcut, "name"));
        Assert.InRange(Text(shortcut, "description").Length, 1, 150);
    }

    [Fact]
    public void UnfurlDomains_AreAtMostFive_AndIncludeLinkedIn()
    {
        var domains = Items("features", "unfurl_domains");

        Assert.InRange(domains.Count, 1, 5);
        Assert.Contains("linkedin.com", domains);
        Assert.Equal(domains.Count, domains.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void MessagesTab_IsOpen_SoPeopleCanWriteToTheBot()
    {
        Assert.Equal("true", Text("features", "app_home", "messages_tab_enabled"));
        Assert.Equal("false", Text("features", "app_home", "messages_tab_read_only_enabled"));
        Assert.Equal("candor", Text("features", "bot_user", "display_name"));
    }

    /// <summary>The node at a path of keys (a number indexes a list).</summary>
    private static T Node<T>(params string[] path)
        where T : YamlNode
    {
        YamlNode node = Manifest;
        foreach (var step in path)
        {
            node = node is YamlSequenceNode list ? list[int.Parse(step, CultureInfo.InvariantCulture)] : ((YamlMappingNode)node)[step];
        }

        return (T)node;
    }

    private static string Text(params string[] path) => Node<YamlScalarNode>(path).Value ?? "";

    private static string Text(YamlMappingNode owner, string key) => ((YamlScalarNode)owner[key]).Value ?? "";

    private static List<string> Items(params string[] path) => [.. Node<YamlSequenceNode>(path).Cast<YamlScalarNode>().Select(item => item.Value ?? "")];
}
