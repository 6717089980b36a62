using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Threads;

/// <summary>
/// Behaviour of the paste parser on small, hand-made pastes of each shape people copy from LinkedIn.
/// Names, companies and comments are invented.
/// </summary>
public class PasteParserTests
{
    // ---- Web copy: names, degrees, badges, headlines ----

    [Fact]
    public void Parse_WebCopyNameTwice_CollapsesToOneAuthor()
    {
        var paste = PasteParser.Parse("""
            Priya Raman
            Priya Raman
             • 2nd
            Head of Data at Northwind Traders
            2h
            We tried the same churn model last year and the biggest lift came from adding support ticket volume.
            Like
            Reply
            """);

        Assert.Equal(PasteShape.WebCopy, paste.Shape);
        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Priya Raman", comment.Author);
        Assert.Equal("Head of Data at Northwind Traders", comment.Headline);
        Assert.Equal("We tried the same churn model last year and the biggest lift came from adding support ticket volume.", comment.Text);
        Assert.DoesNotContain("Priya Raman", comment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoWebCopyCommentsWithRepeatedNames_KeepsEachAuthorOnce()
    {
        var paste = PasteParser.Parse("""
            Load previous comments
            Rachel Adams
            Rachel Adams
             • 2nd
            Director of Customer Success at Proseware
            4h
            Scoring only worked for us once CSMs could see why an account was flagged.
            Like
            Reply
            Nina Petrova
            Nina Petrova
             • 3rd+
            Onboarding Specialist at Lamna
            1h
            Same here, a red dot without a reason got ignored within a month.
            Like
            Reply
            """);

        Assert.Equal(PasteShape.WebCopy, paste.Shape);
        Assert.Equal(["Rachel Adams", "Nina Petrova"], paste.Comments.Select(c => c.Author));
        Assert.Equal(["2nd", "3rd+"], paste.Comments.Select(c => c.Degree));
        Assert.All(paste.Comments, c => Assert.DoesNotContain("\n", c.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(" • 2nd", "2nd")]
    [InlineData(" • 1st", "1st")]
    [InlineData("3rd+", "3rd+")]
    [InlineData("• 2e", "2e")]
    [InlineData("· 2º", "2º")]
    [InlineData(" • 2.", "2.")]
    public void Parse_DegreeLineUnderName_IsReadAsDegreeAndNotText(string degreeLine, string degree)
    {
        var paste = PasteParser.Parse(Lines(
            "Marco Bianchi",
            degreeLine,
            "Senior Buyer at Contoso Retail",
            "1d",
            "Would love to see the numbers split by region before drawing conclusions."));

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Marco Bianchi", comment.Author);
        Assert.Equal(degree, comment.Degree);
        Assert.Equal("Senior Buyer at Contoso Retail", comment.Headline);
        Assert.Equal("Would love to see the numbers split by region before drawing conclusions.", comment.Text);
    }

    [Fact]
    public void Parse_DegreeGluedToNameLine_SplitsNameFromDegree()
    {
        var paste = PasteParser.Parse("""
            Rachel Adams • 2nd
            Director of Customer Success at Proseware
            4h
            Agree with the point about onboarding calls, they saved us a whole quarter.
            Like
            Reply
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Rachel Adams", comment.Author);
        Assert.Equal("2nd", comment.Degree);
        Assert.Equal("Director of Customer Success at Proseware", comment.Headline);
        Assert.Equal(PasteShape.WebCopy, paste.Shape);
    }

    [Fact]
    public void Parse_NameThenNameWithGluedDegree_CollapsesToOneAuthor()
    {
        var paste = PasteParser.Parse("""
            Rachel Adams
            Rachel Adams • 2nd
            Director of Customer Success at Proseware
            4h
            Agree with the point about onboarding calls.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Rachel Adams", comment.Author);
        Assert.Equal("2nd", comment.Degree);
        Assert.Equal("Agree with the point about onboarding calls.", comment.Text);
    }

    [Theory]
    [InlineData("Tom Hughes", "Author", "VP Customer Success | Proseware", "3h", "Thanks Rachel, the admin console signal was the strongest by far.")]
    [InlineData("Jonas Weber", "Autor", "Leiter Vertrieb bei Adatum", "3 Std.", "Danke für die vielen Rückmeldungen, ich fasse das morgen zusammen.")]
    [InlineData("Amélie Laurent", "Auteur", "Directrice marketing chez Litware", "2 j", "Merci à tous pour vos retours, je prépare un article de suivi.")]
    [InlineData("田中 健", "投稿者", "プロダクトマネージャー", "3時間", "コメントありがとうございます。次回の記事で詳しく書きます。")]
    [InlineData("王 芳", "作者", "产品经理 | 云端科技", "2 天", "谢谢大家的反馈，我会再写一篇。")]
    public void Parse_AuthorBadgeLine_SetsIsPostAuthor(string name, string badge, string headline, string time, string text)
    {
        var paste = PasteParser.Parse(Lines(name, badge, headline, time, text));

        var comment = Assert.Single(paste.Comments);
        Assert.True(comment.IsPostAuthor);
        Assert.Equal(name, comment.Author);
        Assert.Equal(headline, comment.Headline);
        Assert.Equal(text, comment.Text);
    }

    [Theory]
    [InlineData("Author", "3h")]
    [InlineData("Autor", "3 Std.")]
    [InlineData("Auteur", "3 h")]
    public void Parse_AuthorBadgeGluedToName_SetsIsPostAuthor(string badge, string time)
    {
        var paste = PasteParser.Parse($"""
            Tom Hughes • {badge}
            VP Customer Success | Proseware
            {time}
            Thanks Rachel, the admin console signal was the strongest by far.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.True(comment.IsPostAuthor);
        Assert.Equal("Tom Hughes", comment.Author);
    }

    [Fact]
    public void Parse_ChineseDegreeGluedToName_KeepsNamesApart()
    {
        var paste = PasteParser.Parse("""
            王芳 • 2度
            产品经理
            3小时
            这个思路很实用，我们也试过。
            李雷 • 3度
            工程师
            1小时
            请问数据是怎么收集的？
            """);

        Assert.Equal(["王芳", "李雷"], paste.Comments.Select(c => c.Author));
        Assert.Equal("2度", paste.Comments[0].Degree);
    }

    [Fact]
    public void Parse_CommentWithoutBadge_IsNotPostAuthor()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review at all?
            """);

        Assert.False(Assert.Single(paste.Comments).IsPostAuthor);
    }

    [Fact]
    public void Parse_HeadlineBetweenDegreeAndTime_IsCapturedAsHeadline()
    {
        var paste = PasteParser.Parse("""
            Nina Petrova
             • 3rd+
            Helping SaaS founders scale to $10M ARR 🚀 | Keynote Speaker
            1h
            Great insights, Tom! Thanks for sharing.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Helping SaaS founders scale to $10M ARR 🚀 | Keynote Speaker", comment.Headline);
        Assert.Equal("Great insights, Tom! Thanks for sharing.", comment.Text);
    }

    [Fact]
    public void Parse_NameAndHeadlineWithoutDegree_ReadsBothByShape()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review?
            Sara Lindqvist
            Founder at Blue Yonder Labs
            18h
            A little at first.
            """);

        Assert.Equal(PasteShape.WebCopy, paste.Shape);
        Assert.Equal(["Ben Carter", "Sara Lindqvist"], paste.Comments.Select(c => c.Author));
        Assert.Equal(["Sales Engineer at Relecloud", "Founder at Blue Yonder Labs"], paste.Comments.Select(c => c.Headline));
        Assert.Equal(["Did procurement push back on the early legal review?", "A little at first."], paste.Comments.Select(c => c.Text));
    }

    [Theory]
    [InlineData("4h (edited)")]
    [InlineData("4h Edited")]
    [InlineData("4h • Edited • 🌐")]
    public void Parse_EditedMarkerOnTimeLine_SetsEdited(string timeLine)
    {
        var paste = PasteParser.Parse(Lines(
            "Rachel Adams",
            " • 2nd",
            "Director of Customer Success at Proseware",
            timeLine,
            "The renewal-risk scoring only worked once CSMs could see why an account was flagged."));

        var comment = Assert.Single(paste.Comments);
        Assert.True(comment.Edited);
        Assert.Equal("PT4H", comment.Age?.ToIso8601());
    }

    [Theory]
    [InlineData("Nadia Haddad", "Customer Success Lead at Fourth Coffee", "5 Std. (bearbeitet)", "Genau so haben wir es auch gemacht.")]
    [InlineData("Claire Dubois", "Responsable RH chez Fabrikam", "5 h (modifié)", "Nous avons fait exactement pareil.")]
    [InlineData("Lucía Gómez", "Gerente de Ventas en Tailspin", "5 h (editado)", "Hicimos exactamente lo mismo.")]
    [InlineData("王 芳", "产品经理", "5 小时 (已编辑)", "我们也是这么做的。")]
    [InlineData("山本 彩", "エンジニア", "5時間 (編集済み)", "私たちも同じやり方です。")]
    public void Parse_LocalizedEditedMarker_SetsEdited(string name, string headline, string timeLine, string text)
    {
        var paste = PasteParser.Parse(Lines(name, " • 2nd", headline, timeLine, text));

        var comment = Assert.Single(paste.Comments);
        Assert.True(comment.Edited);
        Assert.Equal("PT5H", comment.Age?.ToIso8601());
        Assert.Equal(text, comment.Text);
    }

    [Fact]
    public void Parse_TimeWithoutEditedMarker_IsNotEdited()
    {
        var paste = PasteParser.Parse("""
            Rachel Adams
             • 2nd
            Director of Customer Success at Proseware
            4h
            Agree with the point about onboarding calls.
            """);

        Assert.False(Assert.Single(paste.Comments).Edited);
    }

    // ---- Web copy: comment bodies ----

    [Fact]
    public void Parse_MultiLineCommentWithBlankLine_KeepsOneCommentWithParagraphBreak()
    {
        var paste = PasteParser.Parse("""
            Nadia Haddad
             • 2nd
            Customer Success Lead at Fourth Coffee
            5h
            Short answer: we stopped sending the survey after every ticket.

            Response rates went up and the scores got more honest.
            Like
            Reply
            5 Reactions
            5
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal(
            "Short answer: we stopped sending the survey after every ticket.\n\nResponse rates went up and the scores got more honest.",
            comment.Text);
    }

    [Fact]
    public void Parse_MultiLineCommentWithoutBlankLine_JoinsWithSingleNewline()
    {
        var paste = PasteParser.Parse("""
            Mia Chen
             • 2nd
            Recruiter at Woodgrove Bank
            5mo
            1st thing I check is the salary range.
            2nd is the interview loop.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("1st thing I check is the salary range.\n2nd is the interview loop.", comment.Text);
    }

    [Fact]
    public void Parse_SeveralBlankLinesInsideComment_CollapseToOneParagraphBreak()
    {
        var paste = PasteParser.Parse("""
            Nadia Haddad
             • 2nd
            Customer Success Lead at Fourth Coffee
            5h
            First we dropped the survey.



            Then the scores got honest.
            Like
            """);

        Assert.Equal("First we dropped the survey.\n\nThen the scores got honest.", Assert.Single(paste.Comments).Text);
    }

    [Fact]
    public void Parse_SeeMoreTail_IsStrippedFromCommentText()
    {
        var paste = PasteParser.Parse("""
            Liam O'Brien
             • 2nd
            Engineer at Coho Winery
            2h
            We shipped the same fix last sprint and the error rate dropped by half …see more
            Like
            Reply
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Liam O'Brien", comment.Author);
        Assert.Equal("We shipped the same fix last sprint and the error rate dropped by half", comment.Text);
    }

    [Fact]
    public void Parse_EnglishUiNoise_IsRemoved()
    {
        var paste = PasteParser.Parse("""
            Load previous comments
            Erik Larsen
             • 2nd
            Growth Lead at Trey Research
            3h
            Reactions matter less than replies in our data.
            Like
            Reply
            5 Reactions
            5
            Celebrate
            Insightful
            Report this comment
            See translation
            Show translation
            Like · Reply
            Like | Reply
            + Follow
            Follow
            See more replies
            1 Reaction
            Load more comments
            """);

        Assert.Equal(PasteShape.WebCopy, paste.Shape);
        Assert.Equal("Reactions matter less than replies in our data.", Assert.Single(paste.Comments).Text);
    }

    [Theory]
    [MemberData(nameof(LocalizedNoisePastes))]
    public void Parse_LocalizedUiNoise_IsRemoved(string language, string paste, string author, string text)
    {
        var parsed = PasteParser.Parse(paste);

        var comment = Assert.Single(parsed.Comments);
        Assert.True(comment.Author == author, $"{language}: author was {comment.Author}");
        Assert.Equal(text, comment.Text);
        Assert.Equal(PasteShape.WebCopy, parsed.Shape);
    }

    public static TheoryData<string, string, string, string> LocalizedNoisePastes => new()
    {
        {
            "de",
            Lines("Jonas Weber", " • 2.", "Leiter Vertrieb bei Adatum", "3 Std.",
                "Wir haben das Onboarding genauso umgebaut und die Abwanderung halbiert.",
                "Gefällt mir", "Antworten", "5 Reaktionen", "1 Reaktion", "5", "2 Antworten",
                "Weitere Kommentare laden", "Übersetzung anzeigen", "Folgen"),
            "Jonas Weber",
            "Wir haben das Onboarding genauso umgebaut und die Abwanderung halbiert."
        },
        {
            "fr",
            Lines("Claire Dubois", " • 2e", "Responsable RH chez Fabrikam", "2 j",
                "Très juste, nous avons vu la même chose sur nos entretiens.",
                "J’aime", "J'aime", "Répondre", "5 réactions", "2 réponses",
                "Charger plus de commentaires", "Voir la traduction", "Suivre"),
            "Claire Dubois",
            "Très juste, nous avons vu la même chose sur nos entretiens."
        },
        {
            "es",
            Lines("Lucía Gómez", " · 2º", "Gerente de Ventas en Tailspin", "1 sem.",
                "Muy buen punto sobre el seguimiento después de la demo.",
                "Recomendar", "Responder", "5 reacciones", "2 respuestas",
                "Cargar más comentarios", "Ver traducción", "Seguir"),
            "Lucía Gómez",
            "Muy buen punto sobre el seguimiento después de la demo."
        },
        {
            "pt",
            Lines("João Silva", " · 2º", "Diretor Comercial na Tailwind", "5 meses",
                "Excelente ponto sobre a renovação dos contratos anuais.",
                "Gostei", "Responder", "5 reações", "2 respostas",
                "Carregar mais comentários", "Ver tradução", "Seguir"),
            "João Silva",
            "Excelente ponto sobre a renovação dos contratos anuais."
        },
        {
            "zh",
            Lines("王 芳", " • 2nd", "产品经理 | 云端科技", "3 小时",
                "这个观点很有启发，我们团队也遇到了同样的问题。",
                "赞", "回复", "5 条回复", "加载更多评论", "查看翻译", "关注"),
            "王 芳",
            "这个观点很有启发，我们团队也遇到了同样的问题。"
        },
        {
            "ja",
            Lines("山本 彩", " • 2nd", "エンジニア | ノースウィンド", "2日",
                "とても参考になりました。チームでも共有します。",
                "いいね！", "返信", "5件の返信", "コメントをさらに読み込む", "翻訳を表示", "フォロー"),
            "山本 彩",
            "とても参考になりました。チームでも共有します。"
        },
    };

    // ---- Replies ----

    [Fact]
    public void Parse_ReplyCountUnderComment_MarksNextCommentAsReply()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
             • 1st
            Sales Engineer at Relecloud
            14m
            Curious how you handled procurement on the enterprise side.
            Like · Reply
            3 Reactions
            3
            1 Reply
            Sara Lindqvist
            Author
            Founder at Blue Yonder Labs
            10m
            We looped in legal in week one, which cut the cycle by a month.
            Like
            Reply
            """);

        Assert.Equal(2, paste.Comments.Count);
        Assert.False(paste.Comments[0].IsReply);
        Assert.True(paste.Comments[1].IsReply);
        Assert.True(paste.Comments[1].IsPostAuthor);
    }

    [Fact]
    public void Parse_LoadPreviousRepliesUnderComment_MarksNextCommentAsReply()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review?
            Like
            Reply
            Load previous replies
            Sara Lindqvist
            Author
            Founder at Blue Yonder Labs
            18h
            A little at first, but they came around.
            Like
            Reply
            """);

        Assert.Equal(2, paste.Comments.Count);
        Assert.False(paste.Comments[0].IsReply);
        Assert.True(paste.Comments[1].IsReply);
        Assert.Equal("A little at first, but they came around.", paste.Comments[1].Text);
    }

    [Theory]
    [InlineData("3 Replies")]
    [InlineData("2 Antworten")]
    [InlineData("2 réponses")]
    [InlineData("2 respuestas")]
    [InlineData("2 respostas")]
    [InlineData("5 条回复")]
    [InlineData("5件の返信")]
    public void Parse_LocalizedReplyCount_MarksNextCommentAsReply(string replyCount)
    {
        var paste = PasteParser.Parse(Lines(
            "Ben Carter", " • 2nd", "Sales Engineer at Relecloud", "20h",
            "Did procurement push back on the early legal review?",
            replyCount,
            "Sara Lindqvist", " • 1st", "Founder at Blue Yonder Labs", "18h",
            "A little at first."));

        Assert.Equal([false, true], paste.Comments.Select(c => c.IsReply));
    }

    [Fact]
    public void Parse_PlainReplyButtonOnly_DoesNotMarkNextCommentAsReply()
    {
        var paste = PasteParser.Parse("""
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review?
            Like
            Reply
            Mia Chen
             • 2nd
            Recruiter at Woodgrove Bank
            18h
            Pricing was the first thing our buyers asked about.
            Like
            Reply
            """);

        Assert.Equal(2, paste.Comments.Count);
        Assert.All(paste.Comments, c => Assert.False(c.IsReply));
    }

    // ---- Ages ----

    [Theory]
    [InlineData("14m", "PT14M")]
    [InlineData("3h", "PT3H")]
    [InlineData("2d", "P2D")]
    [InlineData("1w", "P1W")]
    [InlineData("5mo", "P5M")]
    [InlineData("1yr", "P1Y")]
    [InlineData("now", "PT0S")]
    [InlineData("Just now", "PT0S")]
    [InlineData("3 hours ago", "PT3H")]
    [InlineData("2 Tg.", "P2D")]
    [InlineData("il y a 2 j", "P2D")]
    [InlineData("hace 1 sem.", "P1W")]
    [InlineData("5 个月", "P5M")]
    [InlineData("1年前", "P1Y")]
    public void Parse_TimeLine_GivesIsoAge(string timeLine, string iso)
    {
        var paste = PasteParser.Parse(Lines(
            "Oskar Nilsson",
            " • 2nd",
            "CFO at Alpine Ski House",
            timeLine,
            "Still the clearest explanation of deferred revenue I have read."));

        var comment = Assert.Single(paste.Comments);
        Assert.Equal(iso, comment.Age?.ToIso8601());
        Assert.Equal("Still the clearest explanation of deferred revenue I have read.", comment.Text);
    }

    // ---- Glued time (names lost) ----

    [Theory]
    [MemberData(nameof(GluedPastes))]
    public void Parse_TimeGluedToText_SplitsTimeFromComment(
        string language, string paste, string[] headlines, string[] ages, string[] texts)
    {
        var parsed = PasteParser.Parse(paste);

        Assert.True(parsed.Shape == PasteShape.GluedTime, $"{language}: shape was {parsed.Shape}");
        Assert.Equal(texts, parsed.Comments.Select(c => c.Text));
        Assert.Equal(headlines, parsed.Comments.Select(c => c.Headline));
        Assert.Equal(ages, parsed.Comments.Select(c => c.Age?.ToIso8601()));
        Assert.All(parsed.Comments, c => Assert.Null(c.Author));
    }

    public static TheoryData<string, string, string[], string[], string[]> GluedPastes => new()
    {
        {
            "zh",
            Lines("产品经理 | 云端科技", "3 周这个观点很有启发，我们也遇到了同样的问题。", "销售总监 | 北风贸易", "2 天Great point, thanks for writing this up."),
            ["产品经理 | 云端科技", "销售总监 | 北风贸易"],
            ["P3W", "P2D"],
            ["这个观点很有启发，我们也遇到了同样的问题。", "Great point, thanks for writing this up."]
        },
        {
            "ja",
            Lines("プロダクトマネージャー | ノースウィンド", "3時間とても参考になりました。", "エンジニア | コントソ", "2日チームでも共有します。"),
            ["プロダクトマネージャー | ノースウィンド", "エンジニア | コントソ"],
            ["PT3H", "P2D"],
            ["とても参考になりました。", "チームでも共有します。"]
        },
        {
            "de",
            Lines("Leiter Vertrieb bei Adatum", "2 Std.So true, genau das erleben wir auch.", "Head of Marketing | Fabrikam", "1 Wo.Danke für den Beitrag!"),
            ["Leiter Vertrieb bei Adatum", "Head of Marketing | Fabrikam"],
            ["PT2H", "P1W"],
            ["So true, genau das erleben wir auch.", "Danke für den Beitrag!"]
        },
        {
            "fr",
            Lines("Responsable RH chez Fabrikam", "4 j Merci pour ce retour très concret.", "Directrice marketing chez Litware", "1 sem.Très bon point sur la rétention."),
            ["Responsable RH chez Fabrikam", "Directrice marketing chez Litware"],
            ["P4D", "P1W"],
            ["Merci pour ce retour très concret.", "Très bon point sur la rétention."]
        },
        {
            "es",
            Lines("Gerente de Ventas en Tailspin", "2 sem.Muy buen punto sobre el seguimiento.", "Directora de Operaciones | Contoso", "3 h Totalmente de acuerdo con esto."),
            ["Gerente de Ventas en Tailspin", "Directora de Operaciones | Contoso"],
            ["P2W", "PT3H"],
            ["Muy buen punto sobre el seguimiento.", "Totalmente de acuerdo con esto."]
        },
        {
            "pt",
            Lines("Diretor Comercial na Tailwind", "1 sem.Excelente ponto sobre renovação.", "Analista de Dados | Woodgrove", "5 meses Concordo totalmente com você."),
            ["Diretor Comercial na Tailwind", "Analista de Dados | Woodgrove"],
            ["P1W", "P5M"],
            ["Excelente ponto sobre renovação.", "Concordo totalmente com você."]
        },
        {
            "en",
            Lines("Head of Talent | Building teams that last", "3hGreat post, the scorecard idea is gold.", "Career Coach | Resume Writer", "1dLove this framework."),
            ["Head of Talent | Building teams that last", "Career Coach | Resume Writer"],
            ["PT3H", "P1D"],
            ["Great post, the scorecard idea is gold.", "Love this framework."]
        },
    };

    [Fact]
    public void Parse_GluedCommentOverTwoLines_KeepsBothLinesInOneComment()
    {
        var paste = PasteParser.Parse("""
            Head of Talent | Building teams that last
            3 周Great point about the rejection email.
            We now write it before the first interview.
            Career Coach | Resume Writer
            2 天Very helpful.
            """);

        Assert.Equal(PasteShape.GluedTime, paste.Shape);
        Assert.Equal(2, paste.Comments.Count);
        Assert.Equal("Great point about the rejection email.\nWe now write it before the first interview.", paste.Comments[0].Text);
        Assert.Equal("Head of Talent | Building teams that last", paste.Comments[0].Headline);
        Assert.Equal("Very helpful.", paste.Comments[1].Text);
        Assert.Equal("Career Coach | Resume Writer", paste.Comments[1].Headline);
    }

    [Fact]
    public void Parse_SingleGluedLineUnderHeadline_IsTakenAsGlued()
    {
        var paste = PasteParser.Parse("""
            Head of Talent | Building teams that last
            3 周Great point about the rejection email.
            """);

        Assert.Equal(PasteShape.GluedTime, paste.Shape);
        var comment = Assert.Single(paste.Comments);
        Assert.Equal("P3W", comment.Age?.ToIso8601());
        Assert.Equal("Great point about the rejection email.", comment.Text);
    }

    [Theory]
    [InlineData("3 周Great point about the rejection email.")]
    [InlineData("3 h Totalmente de acuerdo con esto.")]
    [InlineData("We measured it too.\n3 h Totalmente de acuerdo con esto.")]
    public void Parse_SingleGluedLineWithoutHeadlineAbove_StaysOneLoneComment(string text)
    {
        var paste = PasteParser.Parse(text);

        Assert.Equal(PasteShape.Lone, paste.Shape);
        var comment = Assert.Single(paste.Comments);
        Assert.Equal(text, comment.Text);
        Assert.Null(comment.Age);
    }

    // ---- Post followed by its comments ----

    [Fact]
    public void Parse_PostThenComments_ReadsPostAndDoesNotCountItAsComment()
    {
        var paste = PasteParser.Parse("""
            Sara Lindqvist
            Sara Lindqvist
             • 1st
            Founder at Blue Yonder Labs
            1d
            We cut our sales cycle from 90 to 45 days by involving legal in the very first call. Here is what changed and why it worked for a small team like ours.
            128 reactions
            42 comments
            Like
            Comment
            Repost
            Send
            Most relevant
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review at all?
            Like
            Reply
            Mia Chen
             • 3rd+
            Recruiter at Woodgrove Bank
            19h
            Saving this for our next planning offsite.
            Like
            Reply
            """);

        Assert.Equal(PasteShape.WebCopy, paste.Shape);
        var post = Assert.IsType<ParsedPost>(paste.Post);
        Assert.Equal("Sara Lindqvist", post.Author);
        Assert.Equal("Founder at Blue Yonder Labs", post.Headline);
        Assert.Equal("P1D", post.Age?.ToIso8601());
        Assert.Equal(
            "We cut our sales cycle from 90 to 45 days by involving legal in the very first call. Here is what changed and why it worked for a small team like ours.",
            post.Text);
        Assert.Equal(["Ben Carter", "Mia Chen"], paste.Comments.Select(c => c.Author));
        Assert.DoesNotContain(paste.Comments, c => c.Text.Contains("sales cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PostHeaderWithVisibilityAndReactionSummary_ReadsPost()
    {
        var paste = PasteParser.Parse("""
            Sara Lindqvist
            Sara Lindqvist
             • 1st
            Founder at Blue Yonder Labs
            1d • Edited • 🌐
            We cut our sales cycle from 90 to 45 days by involving legal in the very first call.

            Here is what changed …see more
            Tom Hughes and 127 others
            42 comments • 7 reposts
            Like
            Comment
            Repost
            Send
            Most relevant
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back?
            Like
            Reply
            """);

        var post = Assert.IsType<ParsedPost>(paste.Post);
        Assert.Equal("Sara Lindqvist", post.Author);
        Assert.Equal("We cut our sales cycle from 90 to 45 days by involving legal in the very first call.\n\nHere is what changed", post.Text);
        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Did procurement push back?", comment.Text);
    }

    [Fact]
    public void Parse_CommentByPostAuthorName_IsMarkedPostAuthorWithoutBadge()
    {
        var paste = PasteParser.Parse("""
            Sara Lindqvist
             • 1st
            Founder at Blue Yonder Labs
            1d
            We cut our sales cycle from 90 to 45 days by involving legal in the very first call.
            128 reactions
            42 comments
            Like
            Comment
            Repost
            Send
            Most relevant
            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review at all?
            Like
            Reply
            Sara Lindqvist
             • 1st
            Founder at Blue Yonder Labs
            18h
            A little at first, but they liked having fewer surprises at the end.
            Like
            Reply
            """);

        Assert.Equal("Sara Lindqvist", paste.Post?.Author);
        Assert.Equal(2, paste.Comments.Count);
        Assert.False(paste.Comments[0].IsPostAuthor);
        Assert.True(paste.Comments[1].IsPostAuthor);
        Assert.Equal("Sara Lindqvist", paste.Comments[1].Author);
    }

    [Fact]
    public void Parse_LongParagraphAboveWebCopyComments_BecomesPost()
    {
        var paste = PasteParser.Parse("""
            We cut our sales cycle from 90 to 45 days by involving legal in the very first call.
            Anyone else tried this?

            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review at all?
            Like
            Reply
            """);

        Assert.Equal(
            "We cut our sales cycle from 90 to 45 days by involving legal in the very first call.\nAnyone else tried this?",
            paste.Post?.Text);
        Assert.Null(paste.Post?.Author);
        Assert.Equal("Ben Carter", Assert.Single(paste.Comments).Author);
    }

    [Fact]
    public void Parse_ShortLineAboveWebCopyComment_IsNotTakenAsPost()
    {
        var paste = PasteParser.Parse("""
            Thoughts?

            Ben Carter
             • 2nd
            Sales Engineer at Relecloud
            20h
            Did procurement push back on the early legal review at all?
            """);

        Assert.Null(paste.Post);
        Assert.Single(paste.Comments);
    }

    // ---- Hand-written "Name: comment" ----

    [Fact]
    public void Parse_NameColonLines_ReadsSimpleComments()
    {
        var paste = PasteParser.Parse("""
            Alex Kim: Love this! 🔥
            Jordan Lee: Agree 100%. Thanks for sharing.
            Sam Patel: We measured the same thing in 2023 and saw the drop only for accounts under 50 seats — did you split by size?
            """);

        Assert.Equal(PasteShape.Simple, paste.Shape);
        Assert.Null(paste.Post);
        Assert.Equal(["Alex Kim", "Jordan Lee", "Sam Patel"], paste.Comments.Select(c => c.Author));
        Assert.Equal("Love this! 🔥", paste.Comments[0].Text);
        Assert.Equal("Agree 100%. Thanks for sharing.", paste.Comments[1].Text);
        Assert.All(paste.Comments, c => Assert.Null(c.Age));
    }

    [Fact]
    public void Parse_NameWithTimeInParentheses_ReadsAge()
    {
        var paste = PasteParser.Parse("""
            Alex Kim (3h): Love this!
            Jordan Lee (1d): Agree 100%.
            Sam Patel (2 Std.): Genau so.
            """);

        Assert.Equal(PasteShape.Simple, paste.Shape);
        Assert.Equal(["Alex Kim", "Jordan Lee", "Sam Patel"], paste.Comments.Select(c => c.Author));
        Assert.Equal(["PT3H", "P1D", "PT2H"], paste.Comments.Select(c => c.Age?.ToIso8601()));
        Assert.Equal(["Love this!", "Agree 100%.", "Genau so."], paste.Comments.Select(c => c.Text));
    }

    [Fact]
    public void Parse_SimpleContinuationLines_JoinThePreviousComment()
    {
        var paste = PasteParser.Parse("""
            Alex Kim: We tried this last year.
            It worked for the enterprise team only.
            Jordan Lee: First paragraph of my comment.

            Second paragraph after a blank line.
            """);

        Assert.Equal(2, paste.Comments.Count);
        Assert.Equal("We tried this last year.\nIt worked for the enterprise team only.", paste.Comments[0].Text);
        Assert.Equal("First paragraph of my comment.\n\nSecond paragraph after a blank line.", paste.Comments[1].Text);
    }

    [Fact]
    public void Parse_ParagraphBeforeNameColonLines_BecomesPost()
    {
        var paste = PasteParser.Parse("""
            I asked the team what slowed our enterprise deals down, and the answer surprised me.
            Alex Kim: Love this!
            Jordan Lee (3h): Agree 100%. Thanks for sharing.
            """);

        Assert.Equal(PasteShape.Simple, paste.Shape);
        Assert.Equal("I asked the team what slowed our enterprise deals down, and the answer surprised me.", paste.Post?.Text);
        Assert.Equal(["Alex Kim", "Jordan Lee"], paste.Comments.Select(c => c.Author));
    }

    [Fact]
    public void Parse_NameColonLinesWithCjkAndParticleNames_ReadsAuthors()
    {
        var paste = PasteParser.Parse("""
            山本 彩: とても参考になりました。
            Ana de la Cruz: Totalmente de acuerdo.
            Liam O'Brien: Same here.
            """);

        Assert.Equal(["山本 彩", "Ana de la Cruz", "Liam O'Brien"], paste.Comments.Select(c => c.Author));
    }

    [Fact]
    public void Parse_SingleNameColonLine_IsOneSimpleComment()
    {
        var paste = PasteParser.Parse("Alex Kim: Love this!");

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Alex Kim", comment.Author);
        Assert.Equal("Love this!", comment.Text);
    }

    [Fact]
    public void Parse_OutreachHeaderLines_AreNotSpeakers()
    {
        var paste = PasteParser.Parse("""
            To: Aisha Rahman
            Subject: Pricing page experiments
            About: your SaaStr talk
            """);

        Assert.Equal(PasteShape.Lone, paste.Shape);
        var comment = Assert.Single(paste.Comments);
        Assert.Null(comment.Author);
        Assert.Equal("To: Aisha Rahman\nSubject: Pricing page experiments\nAbout: your SaaStr talk", comment.Text);
    }

    [Fact]
    public void Parse_OutreachWithContext_StaysOneLoneMessage()
    {
        const string Message = "To: Aisha Rahman, Head of Growth at Fourth Coffee\n"
            + "About: spoke at SaaStr about pricing page experiments; removing the annual toggle raised conversions\n"
            + "\n"
            + "Hi Aisha, hope you're doing well! Do you have 30 minutes next week for a demo?";

        var paste = PasteParser.Parse(Message);

        Assert.Equal(PasteShape.Lone, paste.Shape);
        Assert.Equal(Message, Assert.Single(paste.Comments).Text);
    }

    [Fact]
    public void Parse_OutreachHeadersAboveNameColonLines_AreNotSpeakers()
    {
        var paste = PasteParser.Parse("""
            To: Aisha Rahman, Head of Growth at Fourth Coffee
            Subject: Pricing page experiments
            Alex Kim: Love this!
            Jordan Lee: Agree 100%.
            """);

        Assert.Equal(PasteShape.Simple, paste.Shape);
        Assert.Equal(["Alex Kim", "Jordan Lee"], paste.Comments.Select(c => c.Author));
        Assert.DoesNotContain(paste.Comments, c => c.Author is "To" or "Subject");
    }

    // ---- Lone and empty ----

    [Fact]
    public void Parse_SingleComment_IsLone()
    {
        const string Text = "Honestly the best breakdown of usage-based pricing I have read this year. Saving it for our next board meeting.";

        var paste = PasteParser.Parse(Text);

        Assert.Equal(PasteShape.Lone, paste.Shape);
        Assert.Null(paste.Post);
        var comment = Assert.Single(paste.Comments);
        Assert.Equal(Text, comment.Text);
        Assert.Null(comment.Author);
        Assert.Null(comment.Age);
    }

    [Fact]
    public void Parse_SingleCommentWithSurroundingNoise_IsLoneWithoutNoise()
    {
        var paste = PasteParser.Parse("""

            Honestly the best breakdown of usage-based pricing I have read this year.

            Like
            Reply
            """);

        Assert.Equal(PasteShape.Lone, paste.Shape);
        Assert.Equal("Honestly the best breakdown of usage-based pricing I have read this year.", Assert.Single(paste.Comments).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t\n")]
    [InlineData("Like\nReply\n5 Reactions\n5\nLoad more comments\n   \n\nSee translation")]
    [InlineData("Gefällt mir\nAntworten\nWeitere Kommentare laden")]
    [InlineData("赞\n回复\n加载更多评论\nいいね！\n返信")]
    [InlineData(" • 2nd\n3rd+\nAuthor")]
    public void Parse_NothingCommentLike_IsEmptyWithNoComments(string text)
    {
        var paste = PasteParser.Parse(text);

        Assert.Equal(PasteShape.Empty, paste.Shape);
        Assert.Empty(paste.Comments);
        Assert.Null(paste.Post);
    }

    // ---- Names ----

    [Fact]
    public void Parse_CjkNameWithSpace_IsReadAsName()
    {
        var paste = PasteParser.Parse("""
            山本 彩
             • 2nd
            エンジニア | ノースウィンド
            2日
            とても参考になりました。
            """);

        Assert.Equal("山本 彩", Assert.Single(paste.Comments).Author);
    }

    [Fact]
    public void Parse_CjkNameWithoutSpace_IsReadAsName()
    {
        var paste = PasteParser.Parse("""
            王芳
             • 2nd
            产品经理
            3 小时
            很有启发。
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("王芳", comment.Author);
        Assert.Equal("产品经理", comment.Headline);
    }

    [Fact]
    public void Parse_NameWithParticles_IsReadAsName()
    {
        var paste = PasteParser.Parse("""
            Ana de la Cruz
             • 2nd
            Directora de Operaciones en Contoso
            2 d
            Totalmente de acuerdo, lo vimos en tres equipos distintos.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Ana de la Cruz", comment.Author);
        Assert.Equal("Directora de Operaciones en Contoso", comment.Headline);
    }

    [Fact]
    public void Parse_NameWithParticlesWithoutDegree_IsReadAsNameByShape()
    {
        var paste = PasteParser.Parse("""
            Ana de la Cruz
            Directora de Operaciones en Contoso
            2 d
            Totalmente de acuerdo, lo vimos en tres equipos distintos.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Ana de la Cruz", comment.Author);
        Assert.Equal("Directora de Operaciones en Contoso", comment.Headline);
    }

    [Fact]
    public void Parse_RoleLikeNameFollowedByDegree_IsStillTheName()
    {
        var paste = PasteParser.Parse("""
            Account Security
             • 3rd+
            3h
            Your account has been flagged. Verify your identity at the link in my profile.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Account Security", comment.Author);
        Assert.Equal("3rd+", comment.Degree);
        Assert.Null(comment.Headline);
        Assert.Equal("Your account has been flagged. Verify your identity at the link in my profile.", comment.Text);
    }

    [Fact]
    public void Parse_RoleLikeNameFollowedByDegreeAndHeadline_IsStillTheName()
    {
        var paste = PasteParser.Parse("""
            Account Security
             • 3rd+
            Trust & Safety Team
            3h
            Your account has been flagged. Verify your identity at the link in my profile.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Account Security", comment.Author);
        Assert.Equal("Trust & Safety Team", comment.Headline);
    }

    [Fact]
    public void Parse_SingleWordNameWithDegree_IsReadAsName()
    {
        var paste = PasteParser.Parse("""
            Priya
             • 2nd
            Data Lead
            2h
            Same here.
            """);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Priya", comment.Author);
        Assert.Equal("Data Lead", comment.Headline);
    }

    // ---- The shared fixtures ----

    [Fact]
    public void Parse_SharedWebCopyFixture_ReadsThreeComments()
    {
        var paste = PasteParser.Parse("""
            Load previous comments
            Rachel Adams
            Rachel Adams
             • 2nd
            Director of Customer Success at Proseware
            4h (edited)
            The renewal-risk scoring you describe only worked for us once CSMs could see *why* an account was flagged. A red dot with no reason got ignored within a month.

            Which inputs ended up mattering most for you?
            Like
            Reply
            5 Reactions
            5
            Tom Hughes
            Author
            VP Customer Success | Proseware
            3h
            Rachel, usage drop in the admin console was the strongest by far, support ticket sentiment was surprisingly weak.
            Like
            Reply
            1 Reaction
            Nina Petrova
             • 3rd+
            Helping SaaS founders scale to $10M ARR 🚀 | Keynote Speaker
            1h
            Great insights, Tom! Thanks for sharing 🙌
            Like
            Reply
            See translation
            Load more comments
            """);

        Assert.Equal(PasteShape.WebCopy, paste.Shape);
        Assert.Null(paste.Post);
        Assert.Equal(["Rachel Adams", "Tom Hughes", "Nina Petrova"], paste.Comments.Select(c => c.Author));
        Assert.Equal(["2nd", null, "3rd+"], paste.Comments.Select(c => c.Degree));
        Assert.Equal([false, true, false], paste.Comments.Select(c => c.IsPostAuthor));
        Assert.Equal([true, false, false], paste.Comments.Select(c => c.Edited));
        Assert.Equal(["PT4H", "PT3H", "PT1H"], paste.Comments.Select(c => c.Age?.ToIso8601()));
        Assert.Contains("\n\nWhich inputs ended up mattering most for you?", paste.Comments[0].Text, StringComparison.Ordinal);
        Assert.Equal("Great insights, Tom! Thanks for sharing 🙌", paste.Comments[2].Text);
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines);
}
