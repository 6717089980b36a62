using Candor.Analysis.Authenticity;
using Candor.Analysis.Authenticity.Comments;
using Candor.Analysis.Text;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Authenticity;

/// <summary>
/// Every comment heuristic, one pair of theories each: realistic comments where it fires (with the exact
/// evidence it must quote) and comments where it must stay quiet, including near-misses.
/// Heuristics that read <c>earlier</c> findings are run through <see cref="CommentHeuristics.Inspect"/>.
/// </summary>
public class CommentHeuristicTests
{
    private const string KafkaPost =
        "Why we moved our data pipeline from nightly batch jobs to streaming with Kafka. Latency dropped, but debugging got harder and on-call load went up.";

    private const string SupportPost =
        "Five lessons from scaling our customer support team from 4 to 40 agents across three time zones.";

    private const string RecruitingPostFr =
        "Nous avons réduit le temps de recrutement de moitié grâce à un processus d'entretien structuré et une grille d'évaluation commune.";

    private const string ReleasePostDe =
        "Wir haben unsere Releases von monatlich auf wöchentlich umgestellt, seitdem ist die Fehlerquote deutlich gesunken.";

    // ---- specific_detail -------------------------------------------------------------------------

    [Theory]
    [InlineData("We cut onboarding from 14 days to 3 after moving the checklist into one doc.", "14 days")]
    [InlineData("Rolling this out to 40 engineers is much harder than it sounds.", "40 engineers")]
    [InlineData("Wir haben die Durchlaufzeit um 30% reduziert.", "30%")]
    [InlineData("我们把发布周期缩短到2周，效果很明显。", "2")]
    public void Inspect_ConcreteFigure_Fires(string text, string evidence) =>
        AssertFires(new SpecificDetail(), text, evidence);

    [Theory]
    [InlineData("The way Stripe documents idempotency keys is the gold standard here.", "Stripe")]
    [InlineData("the phrase “default to transparency” is doing a lot of work here", "“default to transparency”")]
    [InlineData("Our auditors at Deloitte flagged exactly this.", "Deloitte")]
    public void Inspect_NamedThingOrQuote_Fires(string text, string evidence) =>
        AssertFires(new SpecificDetail(), text, evidence);

    // ---- references_post -------------------------------------------------------------------------

    [Theory]
    [InlineData("I keep coming back to the part about async standups, it matches what I see.", "the part about")]
    [InlineData("Useful list. The point about writing the rejection email first is new to me.", "The point about")]
    [InlineData("That chart on churn by cohort says more than the whole deck.", "That chart on")]
    public void Inspect_PointsAtPartOfPost_Fires(string text, string evidence) =>
        AssertFires(new ReferencesPost(), text, evidence);

    [Theory]
    [InlineData("Great post, very helpful!")]
    [InlineData("What's the point of async standups if nobody reads them?")]
    [InlineData("Such a valuable part of the conversation.")]
    public void Inspect_NoPointerToThePost_StaysQuiet(string text) =>
        AssertQuiet(new ReferencesPost(), text);

    [Theory]
    [InlineData("Danke für den tollen Beitrag, sehr hilfreich!")]
    [InlineData("Sehr guter Beitrag, danke fürs Teilen.")]
    [InlineData("Great insights, Tom!")]
    [InlineData("LOVE THIS SO MUCH, SO TRUE")]
    [InlineData("Thanks for sharing, this is so true.")]
    [InlineData("Merci pour le partage, très inspirant.")]
    public void Inspect_GermanNounsAddressesOrShouting_StaysQuiet(string text) =>
        AssertQuiet(new SpecificDetail(), text);

    // ---- asks_question ---------------------------------------------------------------------------

    [Theory]
    [InlineData("How did you handle the migration for customers on the legacy plan?", "How did you handle the migration for customers on the legacy plan?")]
    [InlineData("Great breakdown. Which tool did you use for the dashboards?", "Which tool did you use for the dashboards?")]
    [InlineData("¿Cómo medisteis la retención después del cambio de precios?", "¿Cómo medisteis la retención después del cambio de precios?")]
    [InlineData("Wie habt ihr das mit dem Betriebsrat abgestimmt?", "Wie habt ihr das mit dem Betriebsrat abgestimmt?")]
    [InlineData("この方法は小規模なチームでも使えますか？", "この方法は小規模なチームでも使えますか？")]
    public void Inspect_SpecificQuestion_Fires(string text, string evidence) =>
        AssertFires(new AsksQuestion(), text, evidence);

    [Theory]
    [InlineData("Thoughts?")]
    [InlineData("Agree?")]
    [InlineData("What do you think?")]
    [InlineData("Who else agrees?")]
    [InlineData("Is it?")]
    [InlineData("See the guide at https://docs.example.org/setup/install/linux-server-guide?ref=abc")]
    public void Inspect_GenericShortOrLinkQuestionMark_StaysQuiet(string text) =>
        AssertQuiet(new AsksQuestion(), text);

    // ---- personal_experience ---------------------------------------------------------------------

    [Theory]
    [InlineData("We tried weekly demos instead of sprint reviews and attendance doubled.", "We tried")]
    [InlineData("In my experience the hardest part is getting finance on board.", "In my experience")]
    [InlineData("Thanks Daniel, will try that on Monday", "will try")]
    [InlineData("Bei uns hat das Buddy-Programm im Onboarding viel gebracht.", "Bei uns")]
    [InlineData("Nous avons testé la semaine de quatre jours l'an dernier.", "Nous avons")]
    [InlineData("En nuestro caso, el cambio tardó tres meses.", "En nuestro caso")]
    [InlineData("Na minha experiência, isso só funciona com times pequenos.", "Na minha experiência")]
    [InlineData("弊社では、毎週リリースに切り替えました。", "弊社では")]
    public void Inspect_OwnExperienceOrNextStep_Fires(string text, string evidence) =>
        AssertFires(new PersonalExperience(), text, evidence);

    [Theory]
    [InlineData("I think this is a great point.")]
    [InlineData("We need more leaders like you.")]
    [InlineData("Wishing you all the best in the new role!")]
    [InlineData("Everyone should read this twice.")]
    public void Inspect_OpinionWithoutExperience_StaysQuiet(string text) =>
        AssertQuiet(new PersonalExperience(), text);

    // ---- disagreement ----------------------------------------------------------------------------

    [Theory]
    [InlineData("I'd push back on the idea that remote teams can't mentor juniors.", "I'd push back")]
    [InlineData("Not sure that holds for regulated industries, though.", "Not sure that")]
    [InlineData("It depends on the team size, honestly.", "It depends")]
    [InlineData("Klingt gut, aber in der Pflege sieht das ganz anders aus.", "aber")]
    [InlineData("C'est vrai pour les startups, mais pas pour les grands groupes.", "mais pas")]
    [InlineData("Buen punto, pero en logística los plazos no lo permiten.", "pero")]
    [InlineData("Interessante, porém no varejo os números são outros.", "porém")]
    [InlineData("这个思路不错，不过，对小团队来说成本太高。", "不过")]
    [InlineData("考え方は良いと思います。ただ、現場では難しいです。", "ただ、")]
    public void Inspect_PushbackOrNuance_Fires(string text, string evidence) =>
        AssertFires(new Disagreement(), text, evidence);

    [Theory]
    [InlineData("Completely agree with every word here.")]
    [InlineData("Butterflies before every keynote, so relatable.")]
    [InlineData("Mi perro también odia los lunes.")]
    [InlineData("Dependable advice, as always.")]
    public void Inspect_AgreementOrLookalikeWords_StaysQuiet(string text) =>
        AssertQuiet(new Disagreement(), text);

    // ---- on_topic --------------------------------------------------------------------------------

    [Theory]
    [InlineData(KafkaPost, "Streaming made our pipeline debugging harder at first too.", "Streaming")]
    [InlineData(KafkaPost, "The on-call load is the part nobody budgets for when moving off batch.", "on-call")]
    [InlineData(SupportPost, "Scaling support across time zones is where our handoffs broke down.", "Scaling")]
    [InlineData(RecruitingPostFr, "La grille d'évaluation commune change tout, surtout pour les entretiens techniques.", "grille")]
    public void Inspect_CommentPicksUpPostSubject_Fires(string post, string text, string evidence) =>
        AssertFires(new OnTopic(), text, evidence, post);

    [Theory]
    [InlineData(KafkaPost, "Great insights, thanks for sharing this post!")]
    [InlineData(KafkaPost, "Kafka is fine.")]
    [InlineData(SupportPost, "Thanks for sharing!")]
    [InlineData(null, "Streaming made our pipeline debugging harder at first too.")]
    public void Inspect_NoPostOrOnlyGenericOverlap_StaysQuiet(string? post, string text) =>
        AssertQuiet(new OnTopic(), text, post);

    // ---- generic_praise --------------------------------------------------------------------------

    [Theory]
    [InlineData("Great insights!", "Great insights")]
    [InlineData("Thanks for sharing this, so true", "Thanks for sharing")]
    [InlineData("Toller Beitrag!", "Toller Beitrag")]
    [InlineData("Merci pour le partage", "Merci pour le partage")]
    [InlineData("Excelente aporte, gracias.", "Excelente aporte")]
    [InlineData("Parabéns pelo conteúdo!", "Parabéns pelo conteúdo")]
    [InlineData("感谢分享", "感谢分享")]
    [InlineData("勉強になります", "勉強になります")]
    public void Inspect_StockCompliment_Fires(string text, string evidence) =>
        AssertFires(new GenericPraise(), text, evidence);

    [Theory]
    [InlineData("The great thing about batch jobs is you can rerun them.")]
    [InlineData("We moved the standup to 9:15 and nobody complained.")]
    [InlineData("Which tool did you use for the dashboards?")]
    [InlineData("Our churn doubled after the price change, so be careful with annual plans.")]
    public void Inspect_NoStockPhrase_StaysQuiet(string text) =>
        AssertQuiet(new GenericPraise(), text);

    // ---- smart_reply -----------------------------------------------------------------------------

    [Theory]
    [InlineData("Great post!")]
    [InlineData("Congratulations Maria!")]
    [InlineData("Thanks for sharing, John 👏")]
    [InlineData("Interested")]
    [InlineData("Agreed 💯")]
    [InlineData("Merci beaucoup, Claire !")]
    [InlineData("感谢分享！")]
    public void Inspect_StockReplyOnly_Fires(string text) =>
        AssertFires(new SmartReply(), text, text.Trim());

    [Theory]
    [InlineData("Thanks Daniel, will try that on Monday")]
    [InlineData("Great post — we tried the same rollout at Zalando and it took 3 sprints.")]
    [InlineData("Congrats on the Series A, Priya! How big is the team now?")]
    [InlineData("Congrats Maria, the Lisbon office looks amazing!")]
    [InlineData("Great insights! The part about pricing pages is exactly what our sales team keeps asking about.")]
    public void Inspect_ReplyWithOwnWords_StaysQuiet(string text) =>
        AssertQuiet(new SmartReply(), text);

    // ---- emoji_only ------------------------------------------------------------------------------

    [Theory]
    [InlineData("🔥🔥🔥")]
    [InlineData("👏👏")]
    [InlineData("💯 🙌")]
    [InlineData("!!!")]
    public void Inspect_NoWordsAtAll_Fires(string text) =>
        AssertFires(new EmojiOnly(), text, text.Trim());

    [Theory]
    [InlineData("🔥 this saved my week")]
    [InlineData("10/10 🔥")]
    [InlineData("")]
    [InlineData("   ")]
    public void Inspect_WordsDigitsOrEmptyText_StaysQuiet(string text) =>
        AssertQuiet(new EmojiOnly(), text);

    // ---- template_shape --------------------------------------------------------------------------

    [Theory]
    [InlineData("Great insights, Tom! Thanks for sharing 🙌")]
    [InlineData("Powerful message, Sarah. Keep it up!")]
    [InlineData("Amazing post, Kevin! #leadership")]
    [InlineData("Well said, David. Keep sharing!")]
    public void Inspect_PraiseNameSignOff_Fires(string text) =>
        AssertFires(new TemplateShape(), text, text.Trim());

    [Theory]
    [InlineData("Great insights, Tom! How did you get buy-in from legal?")]
    [InlineData("Thanks for sharing, Tom!")]
    [InlineData("Great post. Tom and I argued about this exact point over lunch.")]
    [InlineData("Powerful message. Keep it up!")]
    public void Inspect_NoNameOrNoStockClosing_StaysQuiet(string text) =>
        AssertQuiet(new TemplateShape(), text);

    // ---- off_topic -------------------------------------------------------------------------------

    [Theory]
    [InlineData(KafkaPost, "Wishing everyone a restful holiday weekend with family and friends")]
    [InlineData(KafkaPost, "Our marketing team finally launched the spring campaign across Europe")]
    [InlineData(SupportPost, "Nos encanta el café de la oficina nueva, gracias a todos por venir al evento")]
    public void Inspect_SharesNoSubjectWordWithPost_Fires(string post, string text) =>
        AssertFires(new OffTopic(), text, text.Trim(), post);

    [Fact]
    public void Inspect_OffTopicReplyToAnotherComment_StaysQuiet()
    {
        var comment = new ParsedComment("Ana Souza", null, "2nd", false, null, false, IsReply: true,
            "Wishing everyone a restful holiday weekend with family and friends");
        Assert.Null(new OffTopic().Inspect(new CommentContext(comment, TopicWords.Of(KafkaPost)), []));
    }

    [Theory]
    [InlineData(KafkaPost, "Wishing everyone a restful holiday weekend with family and friends, any plans?")]
    [InlineData(KafkaPost, "Streaming made our pipeline debugging harder at first too.")]
    [InlineData(KafkaPost, "Nice one!")]
    [InlineData(null, "Wishing everyone a restful holiday weekend with family and friends")]
    public void Inspect_QuestionSharedWordShortOrNoPost_StaysQuiet(string? post, string text) =>
        AssertQuiet(new OffTopic(), text, post);

    // ---- no_specifics (reads earlier findings) ----------------------------------------------------

    [Theory]
    [InlineData("This is such an important message for everyone.")]
    [InlineData("Really needed to hear this today, thank you.")]
    [InlineData("Leadership is about showing up for people even when nobody is watching.")]
    [InlineData("Merci pour le partage, très inspirant.")]
    [InlineData("Nice!")]
    [InlineData("Great post, Tom")]
    public void Inspect_NothingThatEngages_Fires(string text) =>
        AssertPipelineFires("no_specifics", text, text.Trim());

    [Theory]
    [InlineData("We tried weekly demos instead of sprint reviews and attendance doubled.")]
    [InlineData("Such an important message, we tried this last quarter")]
    [InlineData("How do you keep the buddy system going after month one?")]
    [InlineData("I'd push back on this: in regulated teams the checklist is the law.")]
    [InlineData("🔥🔥🔥")]
    public void Inspect_ExperienceQuestionPushbackOrNoWords_StaysQuiet(string text) =>
        AssertPipelineQuiet("no_specifics", text);

    // ---- polished_generic (reads earlier findings) -----------------------------------------------

    [Theory]
    [InlineData("This truly resonates. Such a valuable perspective on leadership and a powerful reminder that mindset is everything in this journey.", "truly")]
    [InlineData("What a thoughtful and inspiring share. Your insights on growth are truly valuable for the whole community here.", "thoughtful")]
    [InlineData("Kudos on a remarkable journey. Your mindset is a testament to what an empowering community can achieve together.", "Kudos")]
    public void Inspect_LongAbstractPraise_Fires(string text, string evidence) =>
        AssertPipelineFires("polished_generic", text, evidence);

    [Theory]
    [InlineData("This truly resonates. Such a valuable perspective on leadership; we tried this in 2023 and retention improved by 12 percent.")]
    [InlineData("This truly resonates, such a valuable perspective.")]
    [InlineData("Leadership is about showing up for people even when it is hard and nobody is watching you.")]
    [InlineData("A truly valuable perspective, but in my experience the powerful part is the weekly one-on-one, not the offsite.")]
    public void Inspect_ConcreteShortOrPlain_StaysQuiet(string text) =>
        AssertPipelineQuiet("polished_generic", text);

    // ---- template_token --------------------------------------------------------------------------

    [Theory]
    [InlineData("Great insights, {first_name}! Really enjoyed your take on {topic}.", "{first_name}")]
    [InlineData("Hi [Name], loved your post about hiring.", "[Name]")]
    [InlineData("%FIRSTNAME%, this is spot on.", "%FIRSTNAME%")]
    [InlineData("{{author}} nailed it again 👏", "{{author}}")]
    public void Inspect_UnfilledMergeField_Fires(string text, string evidence) =>
        AssertFires(new TemplateToken(), text, evidence);

    [Theory]
    [InlineData("Arrays in JS are written like [1, 2, 3] so this tip is wrong.")]
    [InlineData("Use {} for an empty object in the config.")]
    [InlineData("My name is in the credits of that report, funny enough.")]
    [InlineData("The {first} example is the best one.")]
    public void Inspect_BracesWithoutPlaceholder_StaysQuiet(string text) =>
        AssertQuiet(new TemplateToken(), text);

    // ---- off_platform_lure -----------------------------------------------------------------------

    [Theory]
    [InlineData("Contact me on WhatsApp +44 7700 900123 for the details.", "Contact me on WhatsApp")]
    [InlineData("Add me on telegram: @fxqueen_signals", "Add me on telegram")]
    [InlineData("Check your inbox, I sent you a proposal.", "Check your inbox")]
    [InlineData("Call me at 415-555-0134 tomorrow", "415-555-0134")]
    [InlineData("Vérifiez votre boîte de réception, je vous ai écrit.", "Vérifiez votre boîte")]
    [InlineData("Revisa tu bandeja de entrada, te escribí.", "Revisa tu bandeja")]
    [InlineData("加我微信聊聊合作", "加我")]
    public void Inspect_PrivateChannelPitch_FiresStrong(string text, string evidence)
    {
        var finding = AssertFires(new OffPlatformLure(), text, evidence);
        Assert.True(finding.Strong);
    }

    [Fact]
    public void Inspect_DmMeForList_FiresWeak()
    {
        var finding = AssertFires(new OffPlatformLure(), "DM me for the full list.", "DM me");
        Assert.False(finding.Strong);
    }

    [Theory]
    [InlineData("Careful, this account asks people to message them on WhatsApp. It is a scam.")]
    [InlineData("Beware of anyone saying \"add me on Telegram\" under job posts.")]
    [InlineData("Our WhatsApp group for the meetup is linked in the event page.")]
    [InlineData("The signal-to-noise ratio in this thread is excellent.")]
    [InlineData("We moved all vendor chats to Signal last year and never looked back.")]
    public void Inspect_WarningOrMessengerMention_StaysQuiet(string text) =>
        AssertQuiet(new OffPlatformLure(), text);

    // ---- scam ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("I invested with Mrs. Sarah Collins and now I earn $4,500 weekly from home.", "invested with Mrs.")]
    [InlineData("Guaranteed returns every month with our crypto trading platform.", "Guaranteed returns")]
    [InlineData("Lost money to a fake broker? Recovery of lost funds is possible, contact Mr. Adams.", "Recovery of lost funds")]
    [InlineData("Lost funds? Hire a legit hacker like the one who helped me.", "Hire a legit hacker")]
    [InlineData("Gana dinero fácil desde casa, escríbeme.", "dinero fácil")]
    [InlineData("Investi com a Sra. Helena e hoje tenho lucro garantido todo mês.", "lucro garantido")]
    [InlineData("Passives Einkommen ab 500 € im Monat, schreib mir.", "Passives Einkommen")]
    [InlineData("这个项目稳赚不赔，私聊我", "稳赚不赔")]
    [InlineData("副業で月50万円稼げる方法を教えます", "副業で月")]
    public void Inspect_ScamWithRecoveryOrEasyMoneyPitch_Fires(string text, string evidence)
    {
        var finding = AssertFires(new Scam(), text, evidence);
        Assert.True(finding.Strong);
    }

    [Theory]
    [InlineData("Beware: anyone promising guaranteed returns in the comments is running a scam.")]
    [InlineData("Cuidado, esto de rendimientos garantizados es una estafa.")]
    [InlineData("Our fund's returns were flat in Q2, which nobody expected.")]
    [InlineData("We recovered the deleted files from backup within an hour.")]
    [InlineData("Crypto is a bubble and I'd never put my savings into it.")]
    public void Inspect_WarningOrHonestMoneyTalk_StaysQuiet(string text) =>
        AssertQuiet(new Scam(), text);

    // ---- self_promotion --------------------------------------------------------------------------

    [Theory]
    [InlineData("Check out my latest video on this topic.", "Check out my latest video")]
    [InlineData("Link in bio for the full guide.", "Link in bio")]
    [InlineData("Acabo de lanzar mi curso sobre negociación.", "mi curso")]
    [InlineData("Inscrivez-vous à mon webinaire de jeudi.", "mon webinaire")]
    [InlineData("Escreva no meu canal, tem vídeo novo toda semana.", "meu canal")]
    [InlineData("Melde dich für meinen Kurs an, Link im Profil.", "meinen Kurs")]
    public void Inspect_SendsReadersToOwnChannel_FiresStrong(string text, string evidence)
    {
        var finding = AssertFires(new SelfPromotion(), text, evidence);
        Assert.True(finding.Strong);
    }

    [Fact]
    public void Inspect_IHelpFoundersScale_FiresWeak()
    {
        var finding = AssertFires(new SelfPromotion(), "I help SaaS founders scale to $1M ARR without paid ads.", "I help SaaS founders scale");
        Assert.False(finding.Strong);
    }

    [Theory]
    [InlineData("Check out the Stripe docs, they explain idempotency well.")]
    [InlineData("My latest project failed for exactly this reason.")]
    [InlineData("Our team read your post twice before the retro.")]
    [InlineData("We built it in Rust and never regretted it.")]
    public void Inspect_OwnWordsWithoutAPlug_StaysQuiet(string text) =>
        AssertQuiet(new SelfPromotion(), text);

    // ---- engagement_bait -------------------------------------------------------------------------

    [Theory]
    [InlineData("Comment YES below and I'll send you the template.", "Comment YES below")]
    [InlineData("Follow me for more tips on cold email.", "Follow me for more")]
    [InlineData("Kommentiere PLAN und ich schicke dir die Vorlage.", "Kommentiere PLAN und")]
    [InlineData("Commentez GUIDE ci-dessous pour recevoir le PDF.", "Commentez GUIDE ci-dessous")]
    [InlineData("Comenta GUÍA abajo y te la envío.", "Comenta GUÍA abajo")]
    public void Inspect_KeywordOrFollowBait_FiresStrong(string text, string evidence)
    {
        var finding = AssertFires(new EngagementBait(), text, evidence);
        Assert.True(finding.Strong);
    }

    [Fact]
    public void Inspect_LikeThisCommentSoOthersSeeIt_FiresWeak()
    {
        var finding = AssertFires(new EngagementBait(), "Like this comment so more people can see it", "Like this comment");
        Assert.False(finding.Strong);
    }

    [Theory]
    [InlineData("DROP THE BASS")]
    [InlineData("I'd like to share this with my team on Monday.")]
    [InlineData("Comment sections like this one are why I still read LinkedIn.")]
    [InlineData("Follow the money, as always.")]
    [InlineData("We ran a like-for-like comparison against last year.")]
    public void Inspect_ShoutingOrOrdinaryLikeAndFollow_StaysQuiet(string text) =>
        AssertQuiet(new EngagementBait(), text);

    // ---- phishing_link ---------------------------------------------------------------------------

    [Theory]
    [InlineData("Verify your account here: http://linkedin-security-check.xyz/login", "http://linkedin-security-check.xyz/login")]
    [InlineData("Your profile was flagged, confirm at https://paypa1-support.com/signin", "https://paypa1-support.com/signin")]
    public void Inspect_CredentialHarvestingLink_FiresStrong(string text, string evidence)
    {
        var finding = AssertFires(new RiskyLink(), text, evidence);
        Assert.True(finding.Strong);
    }

    [Fact]
    public void Inspect_ShortenedLink_FiresWeak()
    {
        var finding = AssertFires(new RiskyLink(), "Free trial at https://bit.ly/3xYzAbc", "https://bit.ly/3xYzAbc");
        Assert.False(finding.Strong);
    }

    [Theory]
    [InlineData("Here is the thread: https://t.co/Xy12AbCd9")]
    [InlineData("https://lnkd.in/eXample1")]
    [InlineData("https://www.linkedin.com/posts/mariasouza_hiring-activity-7212345678901234567-abcd")]
    [InlineData("The paper is at https://arxiv.org/abs/2106.09685 and section 4 answers this.")]
    [InlineData("No link here, just a note about account security.")]
    public void Inspect_PlatformOrOrdinaryLink_StaysQuiet(string text) =>
        AssertQuiet(new RiskyLink(), text);

    // ---- link_drop (reads earlier findings) ------------------------------------------------------

    [Theory]
    [InlineData("https://bestdeals-shop.com/offer", "https://bestdeals-shop.com/offer")]
    [InlineData("Check this out https://mytool.io", "https://mytool.io")]
    [InlineData("Sign up here https://app.example.com/signup?ref=ana123", "https://app.example.com/signup?ref=ana123")]
    public void Inspect_BareOrReferralLink_Fires(string text, string evidence)
    {
        var finding = AssertPipelineFires("link_drop", text, evidence);
        Assert.True(finding.Strong);
    }

    [Theory]
    [InlineData("https://t.co/Xy12AbCd9")]
    [InlineData("Here is the thread: https://t.co/Xy12AbCd9")]
    [InlineData("https://lnkd.in/eXample1")]
    [InlineData("Have you seen how Shopify handles this? https://shopify.engineering/resiliency-planning")]
    [InlineData("We used this guide last year: https://martinfowler.com/articles/feature-toggles.html")]
    public void Inspect_PlatformLinkOrLinkWithEngagement_StaysQuiet(string text) =>
        AssertPipelineQuiet("link_drop", text);

    // ---- call_to_action --------------------------------------------------------------------------

    [Theory]
    [InlineData("Sign up before Friday, seats are limited.", "Sign up")]
    [InlineData("Please vote for our team in the hackathon finals!", "Please vote")]
    [InlineData("Download the app and see for yourself.", "Download the app")]
    [InlineData("Click here for the full breakdown.", "Click here")]
    public void Inspect_TellsReadersToActElsewhere_Fires(string text, string evidence) =>
        AssertFires(new CallToAction(), text, evidence);

    [Theory]
    [InlineData("We signed up for the pilot last year.")]
    [InlineData("How do I check out a branch in git after a rebase?")]
    [InlineData("We donated the old laptops to a local school.")]
    [InlineData("Subscription pricing is tricky for hardware startups.")]
    public void Inspect_PastTenseOrLookalikeVerbs_StaysQuiet(string text) =>
        AssertQuiet(new CallToAction(), text);

    // ---- whole pipeline --------------------------------------------------------------------------

    [Theory]
    [InlineData("Great insights, {first_name}! Really enjoyed your take on {topic}.")]
    [InlineData("I invested with Mrs. Sarah Collins and now I earn $4,500 weekly from home.")]
    [InlineData("Great post — we tried the same rollout at Zalando and it took 3 sprints.")]
    [InlineData("Comment YES below and I'll send you the template.")]
    public void Inspect_AllHeuristics_EveryEvidenceIsQuotedFromTheComment(string text)
    {
        var findings = CommentHeuristics.Inspect(Context(text, null));
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains(f.Evidence, text, StringComparison.Ordinal));
    }

    [Fact]
    public void All_GenuineHeuristicsRunBeforeTheOnesThatReadThem()
    {
        var order = CommentHeuristics.All.Select(h => h.Id).ToList();
        var lastGenuine = CommentHeuristics.All.Select((h, i) => (h, i)).Where(x => x.h.Leaning == Leaning.Genuine).Max(x => x.i);
        Assert.True(lastGenuine < order.IndexOf("no_specifics"));
        Assert.True(lastGenuine < order.IndexOf("polished_generic"));
        Assert.True(lastGenuine < order.IndexOf("link_drop"));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    internal static CommentContext Context(string text, string? post) =>
        new(new ParsedComment("Ana Souza", "Product Manager", "2nd", false, new RelativeAge(3, AgeUnit.Hour), false, false, text),
            post is null ? null : TopicWords.Of(post));

    private static Finding AssertFires(CommentHeuristic heuristic, string text, string evidence, string? post = null)
    {
        var finding = heuristic.Inspect(Context(text, post), []);
        Assert.NotNull(finding);
        Assert.Equal(heuristic.Id, finding.Id);
        Assert.Equal(evidence, finding.Evidence);
        Assert.Contains(finding.Evidence, text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Explanation));
        return finding;
    }

    private static void AssertQuiet(CommentHeuristic heuristic, string text, string? post = null) =>
        Assert.Null(heuristic.Inspect(Context(text, post), []));

    private static Finding AssertPipelineFires(string id, string text, string evidence, string? post = null)
    {
        var findings = CommentHeuristics.Inspect(Context(text, post));
        var finding = Assert.Single(findings, f => f.Id == id);
        Assert.Equal(evidence, finding.Evidence);
        Assert.Contains(finding.Evidence, text, StringComparison.Ordinal);
        return finding;
    }

    private static void AssertPipelineQuiet(string id, string text, string? post = null) =>
        Assert.DoesNotContain(CommentHeuristics.Inspect(Context(text, post)), f => f.Id == id);
}
