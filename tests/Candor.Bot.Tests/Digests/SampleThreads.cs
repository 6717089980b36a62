namespace Candor.Bot.Tests.Digests;

/// <summary>Comment threads as people copy them from LinkedIn, for digest tests.</summary>
internal static class SampleThreads
{
    /// <summary>Three stock-praise comments within minutes and one real one.</summary>
    public const string Pod = """
        Priya Raman · 2nd
        Growth Marketer | Helping B2B brands scale 🚀
        12m
        Great post! Thanks for sharing 🙌

        Tom Becker · 3rd+
        LinkedIn Growth Coach
        11m
        Great insights! So true 💯

        Lena Ortiz · 2nd
        Founder | Mindset | Growth
        10m
        Love this! Thanks for sharing

        Marta Kowalczyk · 1st
        Head of Pricing at Northwind
        5m
        We tried the annual-only plan for a quarter and churn went up among the smallest accounts; did you see the same?
        """;
}
