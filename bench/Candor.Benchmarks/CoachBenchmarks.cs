using BenchmarkDotNet.Attributes;
using Candor.Analysis;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;

namespace Candor.Benchmarks;

/// <summary>
/// Issue 3's speed target: a 150-word draft coached — rubric, rewrite, re-score and variants — in ≤ 1 ms
/// median, through <see cref="CandorEngine.Coach"/> as the bot calls it. One draft has the context a user
/// would give (--to, --about), one has none, so the rewrite takes both of its paths.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CoachBenchmarks
{
    // Written for the benchmark: a typical weak cold pitch with a stock opener, buzzwords, a link and a meeting ask.
    internal const string Draft150Words =
        "Hi Aisha, I hope this message finds you well! I came across your profile. "
        + "My name is Daniel and I lead partnerships at Brightwave Analytics, where we help SaaS companies leverage best-in-class attribution "
        + "to unlock the full potential of their marketing spend. Over the last two years we have worked with more than 40 teams across "
        + "Europe and North America, and our clients typically see their cost per lead fall by 20% within the first quarter. "
        + "I think there could be real synergy between our platform and what your team is building at Fourth Coffee. I would love to set up a quick 30-minute call this week to walk you "
        + "through a short demo and show you some of the results we have delivered for companies like yours. You can grab any slot "
        + "that works for you here: https://calendly.com/daniel-brightwave/30min. Looking forward to hearing from you soon!\n\nBest,\nDaniel";

    private readonly CoachOptions withContext = new(
        Recipient.Parse("Aisha Rahman, Head of Growth at Fourth Coffee"), "spoke at SaaStr about pricing page experiments", DraftFormat.Message);

    private string draft = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        draft = Draft150Words;
        var words = Candor.Analysis.Text.Words.Count(draft);
        if (words is < 140 or > 160)
        {
            throw new InvalidOperationException($"The benchmark draft has {words} words, not about 150.");
        }

        if (CandorEngine.Coach(draft, withContext).Report is not { Kind: ReportKind.Outreach, Rewrite.Variants.Count: > 0 })
        {
            throw new InvalidOperationException("The benchmark draft was not coached with a rewrite and variants.");
        }
    }

    [Benchmark]
    public Report? Coach150WordsWithContext() => CandorEngine.Coach(draft, withContext).Report;

    [Benchmark]
    public Report? Coach150WordsNoContext() => CandorEngine.Coach(draft, CoachOptions.None).Report;
}
