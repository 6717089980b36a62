using Candor.Analysis.Links;

namespace Candor.Analysis.Tests.Links;

/// <summary>User text is arbitrary: nothing in Links may throw on it.</summary>
public class RobustnessTests
{
    // Characters that matter to URL parsing, plus look-alikes and a surrogate pair.
    private const string Alphabet = "aAlI10.:/?#&=%@[]()<>|-_ hxtpsw3Wіο\n\"'…😀";
    private static readonly string[] Seeds =
    [
        "https://", "http://", "www.", "linkedin.com", "lnkd.in/", "urn:li:activity:7243992047441870850",
        "?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A", "xn--", "%25", "%", "@", "[::1]", "/redir/redirect?url=",
    ];

    [Fact]
    public void AnalyzeAndExtract_RandomText_NeverThrow()
    {
        var random = new Random(20240923);
        for (var i = 0; i < 5_000; i++)
        {
            var text = RandomText(random);

            foreach (var link in LinkExtractor.Extract(text))
            {
                Assert.Equal(link.Url, link.Span.Of(text));
                LinkAnalyzer.Analyze(link.Url, text);
            }

            LinkAnalyzer.Analyze(text, text);
        }
    }

    [Theory]
    [InlineData("https://.linkedin.com/")]
    [InlineData("https://linkedin.com./in/jane")]
    [InlineData("https://www.linkedin.com/redir/redirect?url=")]
    [InlineData("https://www.linkedin.com/redir/redirect")]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:activity:%zz")]
    [InlineData("http://[::ffff:127.0.0.1]/login")]
    [InlineData("https://a/")]
    [InlineData("https://\uD83Dtx/")]
    public void Analyze_OddAddresses_ReturnAReport(string url)
    {
        Assert.Equal(url, LinkAnalyzer.Analyze(url).Url);
    }

    [Fact]
    public void Analyze_LinkedInWithRootDot_IsStillLinkedIn()
    {
        var report = LinkAnalyzer.Analyze("https://www.linkedin.com./feed/update/urn:li:activity:7243992047441870850/");

        Assert.Equal(LinkKind.LinkedinPost, report.Kind);
        Assert.Equal(LinkRisk.None, report.Risk);
    }

    private static string RandomText(Random random)
    {
        var parts = new List<string>();
        var count = random.Next(1, 8);
        for (var i = 0; i < count; i++)
        {
            parts.Add(random.Next(3) == 0
                ? Seeds[random.Next(Seeds.Length)]
                : new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()));
        }

        return string.Concat(parts);
    }
}
