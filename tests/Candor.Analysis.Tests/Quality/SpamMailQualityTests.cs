using System.Globalization;
using System.Text;
using System.Text.Json;
using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;
using Xunit.Abstractions;

namespace Candor.Analysis.Tests.Quality;

/// <summary>
/// The coach's spam tells on real mail (../shared/data/spamassassin, see its PROVENANCE): each mail is coached
/// as an InMail (subject and body). Mail is not LinkedIn outreach, so "weak" on ham is expected for list
/// traffic with no greeting or ask; what matters is that spam is told apart, above all by the spam tells.
/// </summary>
public sealed class SpamMailQualityTests(ITestOutputHelper output)
{
    private sealed record Mail(string Group, bool IsSpam, string Subject, string Body);

    private sealed record Tally(int Count, int Weak, int Spammy)
    {
        public double WeakShare => (double)Weak / Count;

        public double SpammyShare => (double)Spammy / Count;
    }

    [Fact]
    public void SpamAssassin_SpamIsScoredWeakFarMoreOftenThanHam()
    {
        var mails = File.ReadLines(Path.Combine(SharedData.Folder("spamassassin"), "spamassassin_sample.jsonl")).Select(Parse).ToArray();
        var tallies = mails.GroupBy(m => m.Group).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Count(g));
        var spam = Count(mails.Where(m => m.IsSpam));
        var ham = Count(mails.Where(m => !m.IsSpam));

        var text = new StringBuilder("SpamAssassin sample, each mail coached as an InMail: share scored weak, share with the spammy issue\n");
        text.AppendLine("| group | mails | weak | spammy |").AppendLine("|---|---|---|---|");
        foreach (var (name, tally) in tallies.Append(new("all spam", spam)).Append(new("all ham", ham)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {tally.Count} | {tally.WeakShare:P1} | {tally.SpammyShare:P1} |");
        }

        QualityReport.Write(output, "spamassassin", text.ToString());
        // Hard ham is commercial mail the recipient signed up for: spam-like by construction, so it is reported, not bounded.
        var easyHam = Count(mails.Where(m => m.Group.StartsWith("easy-ham", StringComparison.Ordinal)));
        Assert.True(spam.WeakShare >= 0.75, $"spam scored weak: {spam.WeakShare:P1}");
        Assert.True(easyHam.WeakShare <= 0.35, $"easy ham scored weak: {easyHam.WeakShare:P1}");
        Assert.True(spam.SpammyShare >= 2.5 * ham.SpammyShare, $"spammy on spam {spam.SpammyShare:P1}, on ham {ham.SpammyShare:P1}");
    }

    private static Tally Count(IEnumerable<Mail> mails)
    {
        int count = 0, weak = 0, spammy = 0;
        foreach (var mail in mails)
        {
            var report = CandorEngine.Coach($"Subject: {mail.Subject}\n\n{mail.Body}", new CoachOptions(Format: DraftFormat.Inmail)).Report;
            count++;
            weak += report?.Verdict == Verdict.Weak ? 1 : 0;
            spammy += report?.Issues.Any(i => i.Id == "spammy") == true ? 1 : 0;
        }

        return new Tally(count, weak, spammy);
    }

    private static Mail Parse(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        string Field(string name) => json.GetProperty(name).GetString() ?? "";
        return new Mail(Field("group"), Field("label") == "spam", Field("subject"), Field("body"));
    }
}
