using System.Text.Json;
using Candor.Analysis;
using Candor.Cards.Json;

namespace Candor.Cards.Tests;

/// <summary>The JSON contract of design.md: every field present for every kind, with the contract's spelling.</summary>
public sealed class ReportJsonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] TopFields = ["kind", "verdict", "score", "signals", "comments", "issues", "rewrite", "reply", "links"];
    private static readonly string[] CommentFields = ["author", "headline", "age", "text", "verdict", "score", "signals"];
    private static readonly string[] LinkFields = ["url", "kind", "activityId", "commentId", "postedAt", "commentedAt", "risk", "reasons"];

    public static TheoryData<string, string> Inputs => new()
    {
        { "Alex Kim: Love this! 🔥\nSam Patel: We measured the same drop in 2023, did you split by seat count?", "thread" },
        { "We measured the same drop in 2023 and only for accounts under 50 seats. Did you split by size?", "comment" },
        { "https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/", "link" },
        { "Hi Aisha, I hope this message finds you well! I'd love to connect and show you our tool. Do you have 30 minutes for a demo this week?", "outreach" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Write_EveryKind_HasEveryContractField(string input, string kind)
    {
        using var json = Parse(input);
        var root = json.RootElement;

        Assert.Equal(TopFields, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(kind, root.GetProperty("kind").GetString());
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 100);
        foreach (var comment in root.GetProperty("comments").EnumerateArray())
        {
            Assert.Equal(CommentFields, comment.EnumerateObject().Select(p => p.Name));
        }

        foreach (var link in root.GetProperty("links").EnumerateArray())
        {
            Assert.Equal(LinkFields, link.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Write_LowEffortComment_UsesSnakeCaseVerdict()
    {
        using var json = Parse("Great post! Thanks for sharing 🙌");

        Assert.Equal("low_effort", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("rewrite").ValueKind);

        // A received comment comes with a suggested reply that asks for something specific.
        var reply = json.RootElement.GetProperty("reply");
        Assert.EndsWith("?", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reply.GetProperty("advice").GetString()));
    }

    [Fact]
    public void Write_PostLink_GivesUtcTimeWithZAndContractKind()
    {
        using var json = Parse("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/");
        var link = json.RootElement.GetProperty("links")[0];

        Assert.Equal("linkedin_post", link.GetProperty("kind").GetString());
        Assert.Equal("7243992047441870850", link.GetProperty("activityId").GetString());
        Assert.Equal("2024-09-23T14:38:10.974Z", link.GetProperty("postedAt").GetString());
        Assert.Equal("none", link.GetProperty("risk").GetString());
        Assert.Equal("none", json.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Write_ThreadComment_GivesIsoAgeAndAuthor()
    {
        using var json = Parse("Rachel Adams\nRachel Adams\n • 2nd\nDirector at Proseware\n4h (edited)\nWhich inputs mattered most for you?\nLike\nReply\nTom Hughes\nAuthor\nVP | Proseware\n3h\nRachel, usage drop in the admin console was the strongest by far.\nLike");
        var first = json.RootElement.GetProperty("comments")[0];

        Assert.Equal("Rachel Adams", first.GetProperty("author").GetString());
        Assert.Equal("PT4H", first.GetProperty("age").GetString());
        Assert.Equal("Director at Proseware", first.GetProperty("headline").GetString());
    }

    [Fact]
    public void Write_EmojiAndAccents_RoundTripAndAccentsStayReadable()
    {
        const string Comment = "Great post! Très intéressant 🔥";
        var text = ReportJson.Write(Check(Comment));
        using var json = JsonDocument.Parse(text);

        Assert.Contains("Très", text, StringComparison.Ordinal);
        Assert.Equal(Comment, json.RootElement.GetProperty("comments")[0].GetProperty("text").GetString());
    }

    private static JsonDocument Parse(string input) => JsonDocument.Parse(ReportJson.Write(Check(input)));

    private static Analysis.Reports.Report Check(string input) =>
        CandorEngine.Check(input, new CheckOptions(Now)).Report ?? throw new InvalidOperationException("no report");
}
