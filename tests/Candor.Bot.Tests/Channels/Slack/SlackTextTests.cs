using Candor.Bot.Channels.Slack;

namespace Candor.Bot.Tests.Channels.Slack;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<@U0CANDOR> check this", "check this")]
    [InlineData("<@U0CANDOR|candor> check <#C0GROWTH|growth> <!here> now", "check now")]
    [InlineData("<!subteam^S0SALES|@sales> Great post!", "Great post!")]
    [InlineData("see <https://www.linkedin.com/posts/x-activity-7396173142515294208-AbCd>", "see https://www.linkedin.com/posts/x-activity-7396173142515294208-AbCd")]
    [InlineData("<https://evil.example/login|linkedin.com/feed>", "https://evil.example/login")]
    [InlineData("Q&amp;A: 3 &lt; 5 &gt; 2", "Q&A: 3 < 5 > 2")]
    [InlineData("&amp;lt;b&amp;gt; stays text", "&lt;b&gt; stays text")]
    [InlineData("line one\nline two", "line one\nline two")]
    [InlineData("", "")]
    public void Decode_LeavesWhatWasPasted(string slack, string pasted)
    {
        Assert.Equal(pasted, SlackText.Decode(slack));
    }
}
