namespace Candor.Analysis.Reports;

/// <summary>Keeps scores consistent with verdicts, so "authentic, 40/100" can never be shown.</summary>
internal static class Bands
{
    public static int Clamp(Verdict verdict, int raw)
    {
        var (low, high) = verdict switch
        {
            Verdict.Authentic or Verdict.Organic or Verdict.Strong or Verdict.None => (60, 100),
            Verdict.LowEffort or Verdict.Mixed or Verdict.Fair => (35, 59),
            Verdict.Automated or Verdict.Suspicious or Verdict.Weak => (10, 34),
            _ => (0, 24),
        };
        return Math.Clamp(raw, low, high);
    }
}
