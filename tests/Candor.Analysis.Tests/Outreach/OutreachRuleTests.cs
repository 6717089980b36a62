using Candor.Analysis.Outreach;
using Candor.Analysis.Reports;

namespace Candor.Analysis.Tests.Outreach;

/// <summary>
/// Every outreach rule fires on drafts that have its problem (quoting the phrase exactly) and stays quiet on
/// drafts that do not; <see cref="OutreachCoach.Report"/> combines them into a verdict.
/// </summary>
public class OutreachRuleTests
{
    private const string GoodDraft =
        "Hi Priya,\n\nYour post on feature stores hit home: we ran into the same offline/online skew last year. How did you decide what to precompute?\n\nThanks,\nJon";

    // ---- unfilled_placeholder --------------------------------------------------------------------

    [Theory]
    [InlineData("Hi {first_name}, loved your recent post.", "{first_name}")]
    [InlineData("Hi Dana, I see [Company] is hiring data engineers.", "[Company]")]
    [InlineData("Hello %NAME%, quick question about your roadmap.", "%NAME%")]
    [InlineData("Hi Ana, congrats on XXX, well deserved.", "XXX")]
    [InlineData("Hi {{ name }}, your talk on pricing was great.", "{{ name }}")]
    public void Inspect_LeftoverPlaceholder_Fires(string draft, string evidence) =>
        AssertFires(new UnfilledPlaceholder(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, your team shipped v2.0 in 3 weeks, impressive.")]
    [InlineData("Hi Ana, I loved the {} joke in your talk.")]
    [InlineData("Hi Ana, we saved 20% on cloud costs with the approach you described.")]
    public void Inspect_FilledDraft_UnfilledPlaceholderStaysQuiet(string draft) =>
        Assert.Null(new UnfilledPlaceholder().Inspect(draft));

    // ---- generic_opener --------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, I hope this message finds you well. I wanted to ask about your stack.", "I hope this message finds you well")]
    [InlineData("Hi Ana, I came across your profile and thought we should talk.", "I came across your profile")]
    [InlineData("To whom it may concern, I am applying for the analyst role.", "To whom it may concern")]
    [InlineData("Hello Ana, my name is Jake and I run a small agency.", "my name is Jake and")]
    public void Inspect_StockOpener_Fires(string draft, string evidence) =>
        AssertFires(new GenericOpener(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, I came across your talk at KubeCon and had one question about the scheduler.")]
    [InlineData("Hi Ana, hope the launch went smoothly! One question about the pricing page.")]
    [InlineData("Hi Ana, my name came up in your thread about Rust, so I wanted to answer properly.")]
    public void Inspect_SpecificOpening_GenericOpenerStaysQuiet(string draft) =>
        Assert.Null(new GenericOpener().Inspect(draft));

    // ---- pushy_ask -------------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, would a 20-minute chat work?", "20-minute chat")]
    [InlineData("Hi Ana, can we hop on a call ASAP?", "hop on a call")]
    [InlineData("Hi Ana, let's schedule a meeting to discuss.", "schedule a meeting")]
    [InlineData("Hi Ana, grab any slot at calendly.com/jon-acme/intro", "calendly.com")]
    [InlineData("Hi Ana, I'd love your take on the migration plan, it is urgent for us.", "urgent")]
    public void Inspect_BigAskOfAStranger_Fires(string draft, string evidence) =>
        AssertFires(new PushyAsk(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, I spent 15 years in logistics before switching to data. What pushed you to make the same move?")]
    [InlineData("Hi Ana, no pressure at all, take your time.")]
    [InlineData("Hi Ana, would you share which metric you watched first?")]
    public void Inspect_SmallQuestion_PushyAskStaysQuiet(string draft) =>
        Assert.Null(new PushyAsk().Inspect(draft));

    // ---- link_in_first_message -------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, here is our deck: https://acme.io/deck.pdf", "https://acme.io/deck.pdf")]
    [InlineData("Hi Ana, check www.acme.io/pricing for details.", "www.acme.io/pricing")]
    [InlineData("Hi Ana, our tool is acme.ai/start for teams like yours.", "acme.ai/start")]
    [InlineData("Hi Ana, see attached deck.", "see attached")]
    public void Inspect_LinkOrAttachment_Fires(string draft, string evidence) =>
        AssertFires(new LinkInFirstMessage(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, I can send the deck if you want to see the numbers.")]
    [InlineData("Hi Ana, happy to share the write-up if it helps.")]
    public void Inspect_NoLink_LinkInFirstMessageStaysQuiet(string draft) =>
        Assert.Null(new LinkInFirstMessage().Inspect(draft));

    // ---- buzzwords -------------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, this is a game-changer for your team.", "game-changer")]
    [InlineData("Hi Ana, we leverage AI to unlock synergies.", "leverage")]
    [InlineData("Hi Ana, our best-in-class platform can help.", "best-in-class")]
    [InlineData("Hi Ana, small changes can really move the needle for you.", "move the needle")]
    public void Inspect_Buzzword_Fires(string draft, string evidence) =>
        AssertFires(new Buzzwords(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, we cut review time by half after splitting the pull requests.")]
    [InlineData("Hi Ana, the ledger reconciliation finally balanced after your tip about cut-off dates.")]
    public void Inspect_PlainWords_BuzzwordsStaysQuiet(string draft) =>
        Assert.Null(new Buzzwords().Inspect(draft));

    // ---- spammy ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, don't wait!! Spots are going fast.", "!!")]
    [InlineData("Hi Ana, we offer a 100% free trial, act now.", "100% free")]
    [InlineData("Hi Ana, 20% off until Friday for your team.", "20% off")]
    [InlineData("Hi Ana, results are guaranteed or you pay nothing.", "guaranteed")]
    [InlineData("Hi Ana, this is a LIMITED offer for founders.", "LIMITED offer")]
    public void Inspect_PressureOrHype_Fires(string draft, string evidence) =>
        AssertFires(new Spammy(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, thanks! That answer helped a lot.")]
    [InlineData("Hi Ana, NASA and AWS both use this pattern, which surprised me.")]
    public void Inspect_CalmDraft_SpammyStaysQuiet(string draft) =>
        Assert.Null(new Spammy().Inspect(draft));

    // ---- self_focused ----------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Dana, I'm Jon. I run our data team and we built our own tool. I think our approach could help. My team and I would love your view.", "I")]
    [InlineData("Hello Sam, we are a Berlin studio. Our designers and our developers ship fast, and we have won awards for our work.", "we")]
    public void Inspect_AllAboutTheSender_Fires(string draft, string evidence) =>
        AssertFires(new SelfFocused(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Dana, I read your post on on-call. I am curious: how do you keep your rotation fair when your team grows?")]
    [InlineData("Hi Dana, we met at PyCon. Your talk changed how I write tests.")]
    public void Inspect_BalancedDraft_SelfFocusedStaysQuiet(string draft) =>
        Assert.Null(new SelfFocused().Inspect(draft));

    // ---- no_personalization ----------------------------------------------------------------------

    [Theory]
    [InlineData("Hello there, we are a world-class agency.\nLet me know.", "Hello there, we are a world-class agency.")]
    [InlineData("Hi all, quick question about your pricing page.", "Hi all, quick question about your pricing page.")]
    [InlineData("Dear Sir/Madam, I am writing about the open role.", "Dear Sir/Madam, I am writing about the open role.")]
    [InlineData("I noticed your company is hiring.", "I noticed your company is hiring.")]
    public void Inspect_NoNamedGreeting_Fires(string draft, string evidence) =>
        AssertFires(new NoPersonalization(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Good morning Kenji, one question about your post on on-call rotations: how many people were in the rotation?")]
    [InlineData("Hey Tomás, your talk on pricing was sharp.")]
    [InlineData("Dear Dr. Okafor, congratulations on the grant for the sepsis study.")]
    public void Inspect_GreetsByName_NoPersonalizationStaysQuiet(string draft) =>
        Assert.Null(new NoPersonalization().Inspect(draft));

    // ---- too_long --------------------------------------------------------------------------------

    [Fact]
    public void Inspect_MessageOverItsWordLimit_Fires()
    {
        var draft = "Hi Ana,\n" + string.Join(' ', Enumerable.Repeat("we rebuilt the pipeline twice.", 25));
        AssertFires(new TooLong(), draft, "Hi Ana,");
    }

    [Fact]
    public void Inspect_NoteOverThreeHundredCharacters_Fires()
    {
        var draft = "Hi Ana, " + string.Join(' ', Enumerable.Repeat("your post on retries was useful.", 10));
        var issue = new TooLong().Inspect(draft, new CoachOptions(Format: DraftFormat.Note));

        Assert.NotNull(issue);
        Assert.Contains("300", issue.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, one question: what did you measure first?")]
    public void Inspect_ShortDraft_TooLongStaysQuiet(string draft) =>
        Assert.Null(new TooLong().Inspect(draft));

    [Fact]
    public void Inspect_MessageAtItsWordLimit_TooLongStaysQuiet()
    {
        var draft = "Hi Ana " + string.Join(' ', Enumerable.Repeat("we rebuilt the pipeline twice.", 23)) + " and it works";
        Assert.Equal(120, Candor.Analysis.Text.Words.Count(draft));
        Assert.Null(new TooLong().Inspect(draft));
    }

    [Fact]
    public void Inspect_LimitsAreConfigurable()
    {
        var draft = "Hi Ana, " + string.Join(' ', Enumerable.Repeat("thanks again", 20));
        Assert.Null(new TooLong().Inspect(draft));
        Assert.NotNull(new TooLong().Inspect(draft, new CoachOptions(Limits: new OutreachLimits { MessageWords = 30 })));
    }

    // ---- no_reason -------------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, we build pricing software for growth teams. Would you like to see it?", "Hi Ana, we build pricing software for growth teams.")]
    [InlineData("Hello Marco, I am a data engineer with 5 years of experience looking for a new role.", "Hello Marco, I am a data engineer with 5 years of experience looking for a new role.")]
    public void Inspect_NoWhyThemOrWhyNow_NoReasonFires(string draft, string evidence) =>
        AssertFires(new NoReason(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, I saw you're hiring a second data engineer, and I built the same pipeline at Northwind.")]
    [InlineData("Hi Ana, congrats on the Series A! One question about your pricing page.")]
    public void Inspect_ReasonGiven_NoReasonStaysQuiet(string draft) =>
        Assert.Null(new NoReason().Inspect(draft));

    [Fact]
    public void Inspect_DetailFromContextUsed_NoReasonStaysQuiet() =>
        Assert.Null(new NoReason().Inspect("Hi Aisha, removing the annual toggle is a bold pricing move. How did you test it?",
            new CoachOptions(About: "spoke at SaaStr about pricing page experiments; removing the annual toggle raised conversions")));

    // ---- no_value --------------------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, I'd love to pick your brain about data careers.", "pick your brain")]
    [InlineData("Hi Ana, could you refer me for the analyst role?", "could you refer")]
    [InlineData("Hi Ana, are you free for a quick call?", "quick call")]
    public void Inspect_OnlyAsking_NoValueFires(string draft, string evidence) =>
        AssertFires(new NoValue(), draft, evidence);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, we cut failed retries by 40% with one change; happy to share the write-up. Could you help me find the right person?")]
    [InlineData("Hi Ana, loved your post on hiring loops.")]
    public void Inspect_OfferOrNoAsk_NoValueStaysQuiet(string draft) =>
        Assert.Null(new NoValue().Inspect(draft));

    // ---- hard_to_read ----------------------------------------------------------------------------

    [Fact]
    public void Inspect_VeryLongSentence_HardToReadFires()
    {
        const string sentence = "Our platform, which we built over several years with input from many of the largest logistics companies in the region, "
            + "combines forecasting, routing, warehouse planning and carrier negotiation into one place so that teams like yours can finally stop juggling spreadsheets.";
        AssertFires(new HardToRead(), "Hi Ana,\n" + sentence, sentence);
    }

    [Fact]
    public void Inspect_WallOfAcronyms_HardToReadFires() =>
        Assert.Equal("hard_to_read", new HardToRead().Inspect("Hi, our CRM-native RCM layer cuts DSO and AR days for MSK PT clinics via EDI. Open to a chat?")?.Id);

    [Theory]
    [InlineData(GoodDraft)]
    [InlineData("Hi Ana, short question. Which metric did you watch first? We watched churn.")]
    [InlineData("URGENT HIRING!!! Backend developers for a TOP MNC. Send your CV ASAP.")]
    [InlineData("Three other hardware companies went through the same thing last year, and in every case the spike had one shape: "
        + "most new tickets arrived in the first two days after install, and most were about pairing rather than faults.")]
    public void Inspect_PlainSentences_HardToReadStaysQuiet(string draft) =>
        Assert.Null(new HardToRead().Inspect(draft));

    // ---- who is addressed, and what they did -------------------------------------------------------

    [Theory]
    [InlineData("Felix, saw you're hiring a first data engineer. I built the pipelines at Hollis Health.")]
    [InlineData("Hope the move to Lisbon went smoothly, Tomás. I still have a shortlist of illustrators there.")]
    [InlineData("Sehr geehrte Frau Dr. Wolff,\n\nIhre Studie zur Hitzestabilität habe ich gelesen.")]
    public void Inspect_NamedOutsideAGreetingWithATrigger_NoPersonalizationStaysQuiet(string draft) =>
        Assert.Null(new NoPersonalization().Inspect(draft));

    [Theory]
    [InlineData("Recently, I read your post about hiring loops and wanted to share our numbers.")]
    [InlineData("I'm a designer based in Berlin, Germany.")]
    public void Inspect_CapitalisedWordBeforeOrAfterAComma_IsNotTakenForAName(string draft) =>
        Assert.Equal("no_personalization", new NoPersonalization().Inspect(draft)?.Id);

    [Theory]
    [InlineData("Hi Ana, book your free demo here and see the dashboard.")]
    [InlineData("Hi Ana, we can help with your next product launch.")]
    public void Inspect_YourThingThatIsNotTheirs_IsNoReason(string draft) =>
        Assert.Equal("no_reason", new NoReason().Inspect(draft)?.Id);

    [Theory]
    [InlineData("Hi Ana, loved your recent post about {{topic}}! Open to a chat?")]
    [InlineData("Hi Ana, your talk on [Topic] was great.")]
    public void Inspect_TriggerWhoseTopicIsAPlaceholder_NoReasonFires(string draft) =>
        Assert.Equal("no_reason", new NoReason().Inspect(draft)?.Id);

    [Fact]
    public void Inspect_RealTriggerBesideAPlaceholderCompany_NoReasonStaysQuiet() =>
        Assert.Null(new NoReason().Inspect("Hi [Name], congrats on the new role at [Company]!"));

    [Theory]
    [InlineData("Hi Ana, thanks for the pricing answer. Two clinics would be about £99 a month on the annual plan.")]
    [InlineData("Hi Lars, yes, it works offline and syncs when the ship is back in port.")]
    public void Inspect_ReplyThatPicksUpTheirWords_HasAReasonAndIsPersonal(string draft)
    {
        var options = new CoachOptions(Format: DraftFormat.Reply);
        Assert.Null(new NoReason().Inspect(draft, options));
        Assert.Null(new NoPersonalization().Inspect(draft, options));
    }

    // ---- urgency and time asks ------------------------------------------------------------------

    [Theory]
    [InlineData("Hi Ana, 40% off our SEO package for the next 48 hours only.", "for the next 48 hours")]
    [InlineData("Hi Ana, if you sign today I can do 20% off.", "sign today")]
    [InlineData("Nur diese Woche 50 % Rabatt auf unser Paket.", "Nur diese Woche")]
    [InlineData("Hi Ana, could we schedule a 60-minute discovery workshop with your team?", "60-minute discovery workshop")]
    [InlineData("Bonjour Julien, auriez-vous dix minutes pour un appel ?", "dix minutes pour")]
    public void Inspect_UrgencyOrTimeAsk_PushyAskFires(string draft, string evidence) =>
        AssertFires(new PushyAsk(), draft, evidence);

    [Theory]
    [InlineData("Hi Marta, our slowest shard went from 18 to 7 minutes after your post.")]
    [InlineData("Hi Olivia, your talk this week on data contracts was the first to cover breakage.")]
    [InlineData("Hi Thabo, drivers waited twenty minutes at the pass during the Friday rush.")]
    public void Inspect_DurationsAndDatesAsFacts_PushyAskStaysQuiet(string draft) =>
        Assert.Null(new PushyAsk().Inspect(draft));

    // ---- low_effort_reply ------------------------------------------------------------------------

    [Theory]
    [InlineData("Sounds good!")]
    [InlineData("Thanks.")]
    [InlineData("Great, thanks!")]
    [InlineData("ok thanks 👍")]
    [InlineData("👍")]
    [InlineData("Hi Ben, thanks. Interesting.")]
    [InlineData("Danke, klingt gut!")]
    [InlineData("Gracias, lo miro.")]
    [InlineData("Hi {first_name}, thanks for your message! I'll get back to you soon.")]
    public void Inspect_StockReply_LowEffortReplyFires(string draft) =>
        Assert.Equal("low_effort_reply", new LowEffortReply().Inspect(draft, new CoachOptions(Format: DraftFormat.Reply))?.Id);

    [Theory]
    [InlineData("Thanks Priya, the retry budget idea fixed our flaky job: failures fell from 9% to 2%.")]
    [InlineData("Sounds good, does Thursday's release include the export fix?")]
    public void Inspect_SpecificReply_LowEffortReplyStaysQuiet(string draft) =>
        Assert.Null(new LowEffortReply().Inspect(draft, new CoachOptions(Format: DraftFormat.Reply)));

    [Fact]
    public void Inspect_StockPhraseInAFirstMessage_LowEffortReplyStaysQuiet() =>
        Assert.Null(new LowEffortReply().Inspect("Thanks!"));

    // ---- OutreachCoach.Report --------------------------------------------------------------------

    [Fact]
    public void Report_PersonalSmallAsk_IsStrongWithNoIssues()
    {
        var report = OutreachCoach.Report(GoodDraft);

        Assert.Equal(ReportKind.Outreach, report.Kind);
        Assert.Equal(Verdict.Strong, report.Verdict);
        Assert.Equal(100, report.Score);
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Report_ContextLinesAreNotPartOfTheMessage()
    {
        var report = OutreachCoach.Report("To: Priya Nair, Head of Data\nAbout: her post on feature stores\n\nHi Priya, your feature stores post matched what we saw: we cut our offline/online skew by half. How did you decide what to precompute?");

        Assert.Empty(report.Issues);
        Assert.Equal(Verdict.Strong, report.Verdict);
    }

    [Fact]
    public void Report_MassPitch_IsWeakAndQuotesEveryProblem()
    {
        const string draft = "Hello there, we are a world-class agency that leverages AI. Book a demo this week!! https://calendly.com/acme/30min";
        var report = OutreachCoach.Report(draft);

        Assert.Equal(Verdict.Weak, report.Verdict);
        Assert.InRange(report.Score, 0, 44);
        var ids = report.Issues.Select(i => i.Id).ToList();
        Assert.Contains("no_personalization", ids);
        Assert.Contains("pushy_ask", ids);
        Assert.Contains("buzzwords", ids);
        Assert.Contains("link_in_first_message", ids);
        Assert.Contains("spammy", ids);
        Assert.All(report.Issues, i => Assert.Contains(i.Evidence, draft, StringComparison.Ordinal));
        Assert.All(report.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Advice)));
    }

    [Fact]
    public void Report_TemplateWithStockOpener_IsWeak()
    {
        var report = OutreachCoach.Report("Hi {first_name}, I hope this message finds you well. I came across your profile and wanted to connect.");

        Assert.Equal(Verdict.Weak, report.Verdict);
        Assert.Equal(15, report.Score);
        string[] expected = ["unfilled_placeholder", "no_personalization", "generic_opener", "no_reason"];
        Assert.Equal(expected, report.Issues.Select(i => i.Id));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void AssertFires(OutreachRule rule, string draft, string evidence)
    {
        var issue = rule.Inspect(draft);
        Assert.NotNull(issue);
        Assert.Equal(rule.Id, issue.Id);
        Assert.Equal(evidence, issue.Evidence);
        Assert.Contains(issue.Evidence, draft, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(issue.Advice));
    }
}
