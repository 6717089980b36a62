namespace Candor.Bot.Tests.Fuzz;

/// <summary>Where an input goes: the engine directly, or one of the bot's HTTP endpoints.</summary>
internal enum FuzzTarget
{
    Engine,
    Teams,
    SlackEvents,
    SlackCommands,
    SlackInteractions,
}

/// <summary>How a Slack request is signed when it is sent (the timestamp must be the time of sending).</summary>
internal enum SlackSigning
{
    /// <summary>Correctly, so the body gets past verification and reaches parsing.</summary>
    Valid,
    WrongSecret,
    Stale,
    Missing,
    JunkTimestamp,
    Tampered,
}

/// <summary>What the engine is given besides the paste: the post for <c>check</c>, the context for <c>coach</c>.</summary>
internal sealed record EngineInput(string Text, string? PostText, string? To, string? About, string? Format);

/// <summary>
/// One generated input. HTTP inputs carry the exact body bytes and the Content-Type header as sent (null: none);
/// engine inputs carry <see cref="Engine"/>. <see cref="Index"/> and the run's seed regenerate it.
/// </summary>
/// <param name="MayBeUnimplemented">An invoke whose name Candor does not handle: the Bot Framework SDK's 501 is the documented answer.</param>
internal sealed record FuzzInput(
    int Index, string Family, FuzzTarget Target, byte[] Body, string? ContentType, SlackSigning Signing = SlackSigning.Valid,
    EngineInput? Engine = null, bool MayBeUnimplemented = false)
{
    public string Path => Target switch
    {
        FuzzTarget.Teams => "/api/messages",
        FuzzTarget.SlackEvents => "/slack/events",
        FuzzTarget.SlackCommands => "/slack/commands",
        FuzzTarget.SlackInteractions => "/slack/interactions",
        _ => "(engine)",
    };
}

/// <summary>The fakes the bot answers through, so generated activities and commands point their answers there.</summary>
internal sealed record FuzzEndpoints(string ConnectorServiceUrl, string SlackResponseUrl);
