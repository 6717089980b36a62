using System.Text;
using System.Text.Json.Nodes;
using Candor.Cards.Model;

namespace Candor.Bot.Tests.Fuzz;

/// <summary>One kind of input, how often it comes up (in a hundred), and how to make one.</summary>
internal sealed record FuzzFamily(string Name, int Weight, Func<FuzzGenerator, Random, int, FuzzInput> Make);

/// <summary>
/// The fuzz inputs, deterministic: input <c>i</c> of seed <c>s</c> is always the same (its own <see cref="Random"/>
/// comes from both), whatever the run's length, so a failure is reproduced from the two numbers alone. The families
/// take turns by weight; one generator serves the short run in the test suite and the long one in bench/fuzz.sh.
/// </summary>
internal sealed class FuzzGenerator(int seed, FuzzEndpoints endpoints)
{
    public const string BotUser = "UCANDOR01";

    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";

    public static readonly IReadOnlyList<FuzzFamily> Families =
    [
        new("engine: random unicode", 8, (g, r, i) => Engine(i, "engine: random unicode", Mutator.RandomUnicode(r, r.Next(20) == 0 ? r.Next(10_000, 60_000) : r.Next(0, 3000)), r)),
        new("engine: mutated seeds", 12, (g, r, i) => Engine(i, "engine: mutated seeds", Mutator.SeedText(r), r)),
        new("engine: huge pastes", 1, (g, r, i) => Engine(i, "engine: huge pastes", HugeText(r), r)),
        new("teams: messages", 12, (g, r, i) => g.TeamsMessage(r, i)),
        new("teams: malformed activities", 12, (g, r, i) => g.TeamsMalformed(r, i)),
        new("teams: malformed json", 8, (g, r, i) => new(i, "teams: malformed json", FuzzTarget.Teams, JsonJunk.Broken(r, g.Activity(r, i).ToJsonString()), Json)),
        new("teams: content types", 4, (g, r, i) => g.TeamsContentType(r, i)),
        new("teams: huge bodies", 2, (g, r, i) => g.TeamsHuge(r, i)),
        new("slack: events", 12, (_, r, i) => SlackEvent(r, i)),
        new("slack: commands", 10, (g, r, i) => g.SlackCommand(r, i)),
        new("slack: interactions", 12, (g, r, i) => g.SlackInteraction(r, i)),
        new("slack: badly signed", 4, (g, r, i) => g.BadlySigned(r, i)),
        new("slack: huge bodies", 2, (g, r, i) => g.SlackHuge(r, i)),
    ];

    // Family i's turns spread over a cycle of the weights' sum, so every window of a hundred inputs has the same mix.
    private static readonly int[] Turns = [.. Families.SelectMany((f, at) => Enumerable.Repeat(at, f.Weight)).Select((family, turn) => (family, turn))
        .OrderBy(t => (t.turn % Families[t.family].Weight + 0.5) / Families[t.family].Weight).ThenBy(t => t.family).Select(t => t.family)];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
        "application/json; charset=latin1", "application/json;;;", "application/jsonx", "application/problem+json", "*/*", "json",
        "application/json; charset=\"", "", "text/html; charset=utf-8", "application/octet-stream",
    ];

    private static readonly string[] ActivityTypes =
        ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "typing", "event", "endOfConversation", "MESSAGE", "", "🙂"];

    private static readonly string[] InvokeNames =
        ["adaptiveCard/action", "composeExtension/fetchTask", "composeExtension/submitAction", "composeExtension/query", "task/fetch", "signin/verifyState", "", "ADAPTIVECARD/ACTION"];

    private static readonly string[] SlackEventTypes = ["app_mention", "message", "link_shared", "reaction_added", "app_home_opened", "member_joined_channel", "", "APP_MENTION"];

    private static readonly string[] SlackSubtypes = ["bot_message", "message_changed", "message_deleted", "channel_join", "thread_broadcast", "file_share", "me_message"];

    private static readonly string[] ChannelTypes = ["im", "channel", "group", "mpim", "app_home", ""];

    private static readonly string[] InteractionTypes = ["block_actions", "message_action", "view_submission", "shortcut", "view_closed", "interactive_message", ""];

    private static readonly string[] Verbs = ["feedback", "rewrite", "variant", "details", "post", "digest", "erase", ""];

    private static readonly string[] Formats = ["note", "inmail", "message", "reply", "NOTE", "x"];

    private static readonly string[] Commands = ["", "help", "check ", "coach ", "digest weekly monday 9:00", "digest off", "digest", "erase", "listen on", "listen off", "¿"];

    public FuzzInput Input(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        return Families[Turns[index % Turns.Length]].Make(this, random, index);
    }

    public IEnumerable<FuzzInput> Inputs(int count) => Enumerable.Range(0, count).Select(Input);

    private static FuzzInput Engine(int index, string family, string text, Random random) => new(
        index, family, FuzzTarget.Engine, [], null,
        Engine: new EngineInput(
            text,
            random.Next(4) == 0 ? Mutator.SeedText(random) : null,
            random.Next(3) == 0 ? Mutator.Mutate(random, "Jonas Feld, Head of Procurement at Haldane Mills") : null,
            random.Next(3) == 0 ? Mutator.Mutate(random, "wrote about recycled card pallets in March") : null,
            random.Next(3) == 0 ? Formats[random.Next(Formats.Length)] : null));

    // Around the engine's 200 KB limit, below and above it, from a seed or from noise.
    private static string HugeText(Random random)
    {
        int[] lengths = [150_000, 204_799, 204_800, 204_801, 300_000];
        var length = lengths[random.Next(lengths.Length)];
        return random.Next(2) == 0 ? Mutator.Huge(Mutator.SeedText(random), length) : Mutator.RandomUnicode(random, length);
    }

    private static string PasteText(Random random) => random.Next(6) == 0 ? Mutator.RandomUnicode(random, random.Next(0, 2000)) : Mutator.SeedText(random);

    /// <summary>A message activity as Teams sends it, its answer going to the fake Connector.</summary>
    private JsonObject Activity(Random random, int index)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"fz-{index}",
            ["channelId"] = random.Next(4) == 0 ? "emulator" : "msteams",
            ["serviceUrl"] = endpoints.ConnectorServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:fuzz-user", ["name"] = "Fuzz" },
            ["recipient"] = new JsonObject { ["id"] = "28:candor", ["name"] = "Candor" },
            ["conversation"] = new JsonObject { ["id"] = $"19:fuzz{index % 40}@thread.tacv2", ["conversationType"] = random.Next(2) == 0 ? "personal" : "channel" },
            ["text"] = PasteText(random),
        };
        if (random.Next(3) == 0)
        {
            activity["entities"] = new JsonArray(
                new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:candor" }, ["text"] = "<at>Candor</at>" },
                new JsonObject { ["type"] = "clientInfo", ["timezone"] = random.Next(2) == 0 ? "Europe/Berlin" : Mutator.Mutate(random, "America/New_York") });
        }

        if (random.Next(4) == 0)
        {
            var html = $"<div><at>Candor</at> {Mutator.Mutate(random, "<p>Great post!</p><br/><a href=\"https://bit.ly/x\">link</a>")}</div>";
            activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = html });
        }

        if (random.Next(5) == 0)
        {
            activity["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "tenant-fz" },
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
                ["channel"] = new JsonObject { ["id"] = $"19:fuzz{index % 40}@thread.tacv2" },
            };
        }

        return activity;
    }

    private FuzzInput TeamsMessage(Random random, int index) =>
        new(index, "teams: messages", FuzzTarget.Teams, Encoding.UTF8.GetBytes(Activity(random, index).ToJsonString()), Json);

    /// <summary>Wrong types for every field, missing ids, odd serviceUrls, huge arrays, invokes with junk values, unknown types and names.</summary>
    private FuzzInput TeamsMalformed(Random random, int index)
    {
        var activity = Activity(random, index);
        activity["type"] = ActivityTypes[random.Next(ActivityTypes.Length)];
        var invoke = string.Equals((string?)activity["type"], "invoke", StringComparison.OrdinalIgnoreCase);
        string[] handled = ["adaptiveCard/action", "composeExtension/fetchTask", "composeExtension/submitAction"];
        switch (random.Next(8))
        {
            case 0:
                activity["serviceUrl"] = new[]
                {
                    "", "ftp://127.0.0.1/", "http://[::1", "http://127.0.0.1:1/", "http://localhost:0/", "https://smba.trafficmanager.net/amer/",
                    "not a url", "http://127.0.0.1/%%%/", "file:///etc/passwd", endpoints.ConnectorServiceUrl + "%2e%2e/", "javascript:alert(1)",
                }[random.Next(11)];
                break;
            case 1:
                activity.Remove(random.Next(2) == 0 ? "id" : "conversation");
                break;
            case 2:
                activity["entities"] = new JsonArray([.. Enumerable.Range(0, random.Next(1000, 10_000)).Select(_ => (JsonNode?)new JsonObject { ["type"] = "mention", ["text"] = "x" })]);
                break;
            case 3:
                activity["attachments"] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => (JsonNode?)new JsonObject { ["contentType"] = JsonJunk.Value(random), ["content"] = JsonJunk.Value(random) })]);
                break;
            case 4:
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:candor" }, JsonJunk.Value(random));
                activity["type"] = "conversationUpdate";
                break;
            default:
                JsonJunk.Corrupt(random, activity);
                break;
        }

        if (invoke || random.Next(4) == 0)
        {
            activity["type"] = "invoke";
            activity["name"] = InvokeNames[random.Next(InvokeNames.Length)];
            activity["value"] = InvokeValue(random);
            invoke = true;
        }

        var name = activity["name"] is JsonValue value && value.TryGetValue(out string? named) ? named : null;
        return new(index, "teams: malformed activities", FuzzTarget.Teams, Encoding.UTF8.GetBytes(activity.ToJsonString()), Json,
            MayBeUnimplemented: invoke && !handled.Contains(name));
    }

    // Junk shaped like each invoke's value: card button data, a message action's payload, a dialog's submit.
    private static JsonNode? InvokeValue(Random random) => random.Next(5) switch
    {
        0 => JsonJunk.Value(random),
        1 => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = JsonJunk.Value(random), ["data"] = CardData(random) } },
        2 => new JsonObject
        {
            ["commandId"] = "checkMessage",
            ["messagePayload"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = random.Next(3) == 0 ? JsonJunk.Value(random) : Mutator.Mutate(random, $"<div>{Mutator.SeedText(random)}</div>") } },
        },
        3 => new JsonObject { ["data"] = CardData(random) },
        _ => new JsonObject { ["data"] = JsonJunk.Value(random), ["action"] = JsonJunk.Value(random) },
    };

    /// <summary>A card button's data: a real payload, sometimes with a field made wrong.</summary>
    private static JsonObject CardData(Random random)
    {
        var data = new CardPayload(Verbs[random.Next(Verbs.Length)], random.Next(2) == 0 ? "outreach" : "comment", Vote: "up", Ref: "abc",
            Draft: random.Next(2) == 0 ? Mutator.SeedText(random) : null, To: random.Next(2) == 0 ? Mutator.Mutate(random, "Aisha Rahman, CTO at Fernway") : null,
            About: random.Next(3) == 0 ? JsonJunkText(random) : null, Format: random.Next(2) == 0 ? "note" : null, Variant: random.Next(2) == 0 ? "shorter" : null).ToData();
        if (random.Next(3) == 0)
        {
            JsonJunk.Corrupt(random, data);
        }

        return data;
    }

    private static string JsonJunkText(Random random) => FuzzSeeds.Odd[random.Next(FuzzSeeds.Odd.Length)];

    private FuzzInput TeamsContentType(Random random, int index)
    {
        var body = random.Next(2) == 0 ? Encoding.UTF8.GetBytes(Activity(random, index).ToJsonString()) : JsonJunk.Broken(random, Activity(random, index).ToJsonString());
        var type = random.Next(6) == 0 ? null : ContentTypes[random.Next(ContentTypes.Length)];
        return new(index, "teams: content types", FuzzTarget.Teams, body, type);
    }

    // Bodies around the endpoint's 512 KB limit, below and above it.
    private FuzzInput TeamsHuge(Random random, int index)
    {
        int[] sizes = [300_000, 524_000, 524_288, 524_289, 600_000, 2_000_000];
        var activity = Activity(random, index);
        activity["text"] = string.Empty;
        var frame = Encoding.UTF8.GetByteCount(activity.ToJsonString());
        activity["text"] = Mutator.Huge(Mutator.SeedText(random).Replace("\"", "", StringComparison.Ordinal), Math.Max(0, (sizes[random.Next(sizes.Length)] - frame) / 2));
        return new(index, "teams: huge bodies", FuzzTarget.Teams, Encoding.UTF8.GetBytes(activity.ToJsonString()), Json);
    }

    /// <summary>Events API callbacks of every type and subtype, with mutated texts, wrong fields or broken JSON; signed.</summary>
    private static FuzzInput SlackEvent(Random random, int index)
    {
        var e = new JsonObject
        {
            ["type"] = SlackEventTypes[random.Next(SlackEventTypes.Length)],
            ["user"] = random.Next(10) == 0 ? BotUser : "U0FUZZ",
            ["text"] = random.Next(2) == 0 ? $"<@{BotUser}> {PasteText(random)}" : PasteText(random),
            ["channel"] = $"C0FUZZ{index % 40}",
            ["channel_type"] = ChannelTypes[random.Next(ChannelTypes.Length)],
            ["ts"] = $"1763300000.{index:000000}",
            ["event_ts"] = $"1763300000.{index:000000}",
        };
        if (random.Next(6) == 0)
        {
            e["subtype"] = SlackSubtypes[random.Next(SlackSubtypes.Length)];
        }

        if (random.Next(10) == 0)
        {
            e["bot_id"] = "B0OTHER";
        }

        if ((string?)e["type"] == "link_shared" || random.Next(8) == 0)
        {
            e["links"] = new JsonArray(
                new JsonObject { ["domain"] = "linkedin.com", ["url"] = Mutator.Mutate(random, FuzzSeeds.Texts[7]) },
                new JsonObject { ["url"] = JsonJunk.Value(random) });
            e["message_ts"] = $"1763300000.{index:000000}";
            e["unfurl_id"] = random.Next(2) == 0 ? "U.fz" : null;
        }

        var callback = new JsonObject
        {
            ["type"] = random.Next(12) == 0 ? new[] { "url_verification", "app_rate_limited", "", "EVENT_CALLBACK" }[random.Next(4)] : "event_callback",
            ["challenge"] = random.Next(12) == 0 ? JsonJunk.Value(random) : null,
            ["team_id"] = "T0FUZZ",
            ["api_app_id"] = "A0FUZZ",
            ["event_id"] = $"EvFz{index}",
            ["event_time"] = 1763300000,
            ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = BotUser, ["is_bot"] = true }),
            ["event"] = e,
        };
        if (random.Next(4) == 0)
        {
            JsonJunk.Corrupt(random, callback);
        }

        var body = random.Next(6) == 0 ? JsonJunk.Broken(random, callback.ToJsonString()) : Encoding.UTF8.GetBytes(callback.ToJsonString());
        return new(index, "slack: events", FuzzTarget.SlackEvents, body, random.Next(10) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : Json);
    }

    /// <summary>Slash commands with junk fields, broken form encoding and mutated texts; signed.</summary>
    private FuzzInput SlackCommand(Random random, int index)
    {
        var fields = new List<(string, string)>
        {
            ("token", "legacy"), ("team_id", "T0FUZZ"), ("channel_id", $"C0FUZZ{index % 40}"), ("user_id", "U0FUZZ"), ("command", "/candor"),
            ("text", Commands[random.Next(Commands.Length)] + (random.Next(3) == 0 ? string.Empty : PasteText(random))),
            ("response_url", random.Next(8) == 0 ? JsonJunkText(random) : endpoints.SlackResponseUrl + index), ("trigger_id", "1337.42.fz"),
        };
        for (var i = random.Next(3); i > 0; i--)
        {
            var at = random.Next(fields.Count);
            fields[at] = random.Next(3) == 0 ? (fields[at].Item1, Mutator.RandomUnicode(random, random.Next(0, 300))) : (JsonJunkText(random), fields[at].Item2);
        }

        var form = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Item1)}={Escape(f.Item2)}"));
        return new(index, "slack: commands", FuzzTarget.SlackCommands, FormBytes(random, form), random.Next(10) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : Form);
    }

    /// <summary>Interaction payloads of every type: buttons with junk values, the shortcut with mutated text, dialog submits with junk metadata; signed.</summary>
    private FuzzInput SlackInteraction(Random random, int index)
    {
        var type = InteractionTypes[random.Next(InteractionTypes.Length)];
        var payload = new JsonObject
        {
            ["type"] = type,
            ["user"] = new JsonObject { ["id"] = "U0FUZZ" },
            ["team"] = new JsonObject { ["id"] = "T0FUZZ" },
            ["channel"] = new JsonObject { ["id"] = $"C0FUZZ{index % 40}" },
            ["container"] = new JsonObject { ["channel_id"] = $"C0FUZZ{index % 40}" },
            ["response_url"] = random.Next(10) == 0 ? JsonJunkText(random) : endpoints.SlackResponseUrl + index,
            ["trigger_id"] = "1337.42.fz",
            ["callback_id"] = random.Next(5) == 0 ? JsonJunkText(random) : "check_message",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = "a", ["block_id"] = "b",
                ["value"] = random.Next(3) == 0 ? JsonJunk.Value(random) : (CardData(random) is var data && random.Next(2) == 0 ? Mutator.Mutate(random, data.ToJsonString()) : data.ToJsonString()),
            }),
            ["message"] = new JsonObject { ["ts"] = "1763300000.000100", ["text"] = random.Next(5) == 0 ? JsonJunk.Value(random) : PasteText(random) },
            ["view"] = new JsonObject
            {
                ["callback_id"] = "candor_rewrite",
                ["private_metadata"] = random.Next(3) switch
                {
                    0 => JsonJunkText(random),
                    1 => Mutator.Mutate(random, $"{{\"p\":{System.Text.Json.JsonSerializer.Serialize(CardData(random).ToJsonString())},\"u\":\"{endpoints.SlackResponseUrl}{index}\",\"c\":\"C0FUZZ\"}}"),
                    _ => $"{{\"p\":{System.Text.Json.JsonSerializer.Serialize(CardData(random).ToJsonString())},\"u\":\"{endpoints.SlackResponseUrl}{index}\",\"c\":\"C0FUZZ\"}}",
                },
                ["state"] = new JsonObject { ["values"] = new JsonObject { ["b"] = new JsonObject { ["about"] = new JsonObject { ["value"] = Mutator.SeedText(random) } } } },
            },
        };
        if (random.Next(3) == 0)
        {
            JsonJunk.Corrupt(random, payload);
        }

        var json = random.Next(6) == 0 ? Encoding.UTF8.GetString(JsonJunk.Broken(random, payload.ToJsonString())) : payload.ToJsonString();
        var form = random.Next(10) == 0 ? $"payloa={Escape(json)}" : $"payload={Escape(json)}";
        return new(index, "slack: interactions", FuzzTarget.SlackInteractions, FormBytes(random, form), random.Next(10) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : Form);
    }

    private FuzzInput BadlySigned(Random random, int index)
    {
        var signed = random.Next(3) switch { 0 => SlackEvent(random, index), 1 => SlackCommand(random, index), _ => SlackInteraction(random, index) };
        var signing = (SlackSigning)random.Next(1, Enum.GetValues<SlackSigning>().Length);
        return signed with { Family = "slack: badly signed", Signing = signing };
    }

    private FuzzInput SlackHuge(Random random, int index)
    {
        int[] sizes = [400_000, 524_287, 524_288, 524_289, 1_500_000];
        var size = sizes[random.Next(sizes.Length)];
        var targets = new[] { FuzzTarget.SlackEvents, FuzzTarget.SlackCommands, FuzzTarget.SlackInteractions };
        var target = targets[random.Next(targets.Length)];
        var text = Mutator.Huge(Mutator.SeedText(random), size);
        var body = target == FuzzTarget.SlackEvents
            ? Encoding.UTF8.GetBytes(SlackEventJson(index, text))
            : Encoding.UTF8.GetBytes(target == FuzzTarget.SlackCommands ? $"command=%2Fcandor&response_url={Escape(endpoints.SlackResponseUrl)}&text={Escape(text)}" : $"payload={Escape(text)}");
        return new(index, "slack: huge bodies", target, body.Length > size ? body[..size] : body, target == FuzzTarget.SlackEvents ? Json : Form);
    }

    private static string SlackEventJson(int index, string text) => new JsonObject
    {
        ["type"] = "event_callback", ["event_id"] = $"EvFz{index}", ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = BotUser }),
        ["event"] = new JsonObject { ["type"] = "app_mention", ["user"] = "U0FUZZ", ["text"] = $"<@{BotUser}> {text}", ["channel"] = "C0FUZZ", ["ts"] = $"1763300001.{index:000000}" },
    }.ToJsonString();

    private static string Escape(string value) => Uri.EscapeDataString(value);

    // Percent-encoding as Slack does, or (sometimes) broken: raw spaces and ampersands, bad escapes, raw invalid UTF-8, cut.
    private static byte[] FormBytes(Random random, string form) => random.Next(8) switch
    {
        0 => [.. Encoding.UTF8.GetBytes(form), .. "&%zz=%&&=&text=%E2%82&x=%FF%FE"u8.ToArray()],
        1 => [.. Encoding.UTF8.GetBytes(form.Replace("%20", " ", StringComparison.Ordinal).Replace("%26", "&", StringComparison.Ordinal)), 0xC0, 0xFF],
        2 => Encoding.UTF8.GetBytes(form + "&" + form),
        3 => Encoding.UTF8.GetBytes(form[..random.Next(form.Length + 1)]),
        _ => Encoding.UTF8.GetBytes(form),
    };
}
