using Candor.Analysis.Outreach;

namespace Candor.Analysis.Tests.Outreach;

/// <summary>The guard that keeps rewrites to the user's own names and numbers.</summary>
public class FactGuardTests
{
    private const string Draft = "Hi Aisha, we cut onboarding time by 30% at Northwind. Could I send you the notes?";

    [Theory]
    [InlineData("Hi Aisha, we cut onboarding time by 40% at Northwind.", "40")]
    [InlineData("Hi Aisha, Contoso and Northwind cut onboarding time by 30%.", "Contoso")]
    [InlineData("Hi Aisha, Priya from our team can walk you through it.", "Priya")]
    [InlineData("Hi Aisha, we saved $12,000 a year.", "12,000")]
    [InlineData("Hi Aisha, we cut onboarding time by 3.0% at Northwind.", "3.0")]
    public void Invented_NameOrNumberTheUserNeverGave_IsReported(string rewrite, string invented) =>
        Assert.Contains(invented, FactGuard.Invented(rewrite, Draft));

    [Theory]
    [InlineData("Hi Aisha, we cut onboarding time by 30% at Northwind. Would it be useful if I sent the notes?")]
    [InlineData("Hello Aisha,\n\nI saw your SaaStr talk. Could I send you the notes?")]
    [InlineData("Hi Aisha, Northwind's onboarding time fell by 30%. Could I send you the notes?")]
    public void Invented_OnlyTheUsersFactsAndCommonWords_IsEmpty(string rewrite) =>
        Assert.Empty(FactGuard.Invented(rewrite, Draft, "Aisha Rahman, Head of Growth at Fourth Coffee", "spoke at SaaStr about pricing"));

    [Fact]
    public void Invented_NumberWrittenWithSeparators_MatchesTheSameDigits() =>
        Assert.Empty(FactGuard.Invented("It would be €1,450 a month, or 2,5 % less.", "for 12 properties it is €1450 a month, 2.5% less"));

    [Fact]
    public void Invented_DecimalPointMoved_IsReported() =>
        Assert.Equal(["25"], FactGuard.Invented("Churn fell 25%.", "churn fell 2.5%"));
}
