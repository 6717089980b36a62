using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Threads;

public class RelativeTimeParserTests
{
    [Theory]
    [InlineData("now", "PT0S")]
    [InlineData("Just now", "PT0S")]
    [InlineData("14m", "PT14M")]
    [InlineData("3h", "PT3H")]
    [InlineData("2d", "P2D")]
    [InlineData("1w", "P1W")]
    [InlineData("5mo", "P5M")]
    [InlineData("1yr", "P1Y")]
    [InlineData("2yrs", "P2Y")]
    [InlineData("1y", "P1Y")]
    [InlineData("14 minutes ago", "PT14M")]
    [InlineData("1 minute ago", "PT1M")]
    [InlineData("3 hours ago", "PT3H")]
    [InlineData("1 hour", "PT1H")]
    [InlineData("1 day ago", "P1D")]
    [InlineData("4 days", "P4D")]
    [InlineData("2 weeks ago", "P2W")]
    [InlineData("1 week", "P1W")]
    [InlineData("5 months ago", "P5M")]
    [InlineData("1 month", "P1M")]
    [InlineData("1 year ago", "P1Y")]
    [InlineData("3 years", "P3Y")]
    [InlineData("14 minutes", "PT14M")]
    [InlineData("14 min", "PT14M")]
    [InlineData("14 mins", "PT14M")]
    [InlineData("3 hr", "PT3H")]
    [InlineData("3 hrs", "PT3H")]
    [InlineData("3h ago", "PT3H")]
    [InlineData("999y", "P999Y")]
    public void TryParseLine_EnglishForms_ReturnsIsoAge(string line, string iso) => AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("刚刚", "PT0S")]
    [InlineData("14 分钟", "PT14M")]
    [InlineData("14分钟前", "PT14M")]
    [InlineData("3 小时", "PT3H")]
    [InlineData("3 小时前", "PT3H")]
    [InlineData("2 天", "P2D")]
    [InlineData("2天前", "P2D")]
    [InlineData("3 周", "P3W")]
    [InlineData("5 个月", "P5M")]
    [InlineData("5个月前", "P5M")]
    [InlineData("1 年", "P1Y")]
    [InlineData("1 年 前", "P1Y")]
    [InlineData("14 分鐘", "PT14M")]
    [InlineData("3 小時前", "PT3H")]
    [InlineData("3 週", "P3W")]
    [InlineData("5 個月", "P5M")]
    public void TryParseLine_ChineseForms_ReturnsIsoAge(string line, string iso) => AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("たった今", "PT0S")]
    [InlineData("14分", "PT14M")]
    [InlineData("14 分前", "PT14M")]
    [InlineData("3時間", "PT3H")]
    [InlineData("3時間前", "PT3H")]
    [InlineData("2日", "P2D")]
    [InlineData("2 日前", "P2D")]
    [InlineData("3週間", "P3W")]
    [InlineData("5か月", "P5M")]
    [InlineData("5ヶ月前", "P5M")]
    [InlineData("5カ月", "P5M")]
    [InlineData("1年", "P1Y")]
    [InlineData("1年前", "P1Y")]
    public void TryParseLine_JapaneseForms_ReturnsIsoAge(string line, string iso) => AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("Jetzt", "PT0S")]
    [InlineData("14 Min.", "PT14M")]
    [InlineData("3 Std.", "PT3H")]
    [InlineData("2 Tg.", "P2D")]
    [InlineData("2 T.", "P2D")]
    [InlineData("1 Wo.", "P1W")]
    [InlineData("5 Mon.", "P5M")]
    [InlineData("1 J.", "P1Y")]
    [InlineData("1 Minute", "PT1M")]
    [InlineData("vor 14 Minuten", "PT14M")]
    [InlineData("1 Stunde", "PT1H")]
    [InlineData("vor 3 Stunden", "PT3H")]
    [InlineData("1 Tag", "P1D")]
    [InlineData("vor 2 Tagen", "P2D")]
    [InlineData("2 Tage", "P2D")]
    [InlineData("1 Woche", "P1W")]
    [InlineData("vor 2 Wochen", "P2W")]
    [InlineData("1 Monat", "P1M")]
    [InlineData("vor 5 Monaten", "P5M")]
    [InlineData("5 Monate", "P5M")]
    [InlineData("1 Jahr", "P1Y")]
    [InlineData("Vor 2 Jahren", "P2Y")]
    [InlineData("2 Jahre", "P2Y")]
    [InlineData("vor 3 Std.", "PT3H")]
    public void TryParseLine_GermanForms_ReturnsIsoAge(string line, string iso) => AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("À l’instant", "PT0S")]
    [InlineData("À l'instant", "PT0S")]
    [InlineData("à l’instant", "PT0S")]
    [InlineData("14 min", "PT14M")]
    [InlineData("3 h", "PT3H")]
    [InlineData("2 j", "P2D")]
    [InlineData("1 sem.", "P1W")]
    [InlineData("5 mois", "P5M")]
    [InlineData("1 an", "P1Y")]
    [InlineData("2 ans", "P2Y")]
    [InlineData("il y a 3 h", "PT3H")]
    [InlineData("Il y a 2 ans", "P2Y")]
    [InlineData("3\u00A0h", "PT3H")]
    [InlineData("il y a 5\u202Fmois", "P5M")]
    public void TryParseLine_FrenchForms_ReturnsIsoAge(string line, string iso) => AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("Ahora", "PT0S")]
    [InlineData("14 min", "PT14M")]
    [InlineData("3 h", "PT3H")]
    [InlineData("2 d", "P2D")]
    [InlineData("1 sem.", "P1W")]
    [InlineData("2 sem", "P2W")]
    [InlineData("1 mes", "P1M")]
    [InlineData("5 meses", "P5M")]
    [InlineData("1 a", "P1Y")]
    [InlineData("1 año", "P1Y")]
    [InlineData("2 años", "P2Y")]
    [InlineData("hace 3 h", "PT3H")]
    [InlineData("Hace 2 años", "P2Y")]
    public void TryParseLine_SpanishForms_ReturnsIsoAge(string line, string iso) => AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("Agora", "PT0S")]
    [InlineData("14 min", "PT14M")]
    [InlineData("3 h", "PT3H")]
    [InlineData("2 d", "P2D")]
    [InlineData("1 sem.", "P1W")]
    [InlineData("1 mês", "P1M")]
    [InlineData("5 meses", "P5M")]
    [InlineData("1 a", "P1Y")]
    [InlineData("1 ano", "P1Y")]
    [InlineData("2 anos", "P2Y")]
    [InlineData("há 5 meses", "P5M")]
    [InlineData("Há 2 d", "P2D")]
    public void TryParseLine_PortugueseForms_ReturnsIsoAge(string line, string iso) => AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("3h (edited)", "PT3H")]
    [InlineData("3h (Edited)", "PT3H")]
    [InlineData("3h Edited", "PT3H")]
    [InlineData("Just now (edited)", "PT0S")]
    [InlineData("2 weeks ago (edited)", "P2W")]
    [InlineData("3 Std. (bearbeitet)", "PT3H")]
    [InlineData("2 j (modifié)", "P2D")]
    [InlineData("1 sem. (editado)", "P1W")]
    [InlineData("5 meses (editado)", "P5M")]
    [InlineData("3 小时 (已编辑)", "PT3H")]
    [InlineData("3 小时（已编辑）", "PT3H")]
    [InlineData("3 小時 (已編輯)", "PT3H")]
    [InlineData("3時間 (編集済み)", "PT3H")]
    [InlineData("刚刚 (已编辑)", "PT0S")]
    public void TryParseLine_EditedMarkers_ReturnsAgeAndEdited(string line, string iso) => AssertLine(line, iso, edited: true);

    [Fact]
    public void TryParseLine_GermanHoursWithEdited_ReturnsPT3HAndEdited()
    {
        Assert.True(RelativeTimeParser.TryParseLine("3 Std. (bearbeitet)", out var match));

        Assert.Equal("PT3H", match.Age.ToIso8601());
        Assert.Equal(new RelativeAge(3, AgeUnit.Hour), match.Age);
        Assert.True(match.Edited);
    }

    [Theory]
    [InlineData("1d • Edited • 🌐", "P1D", true)]
    [InlineData("1d · Edited · 🌐", "P1D", true)]
    [InlineData("2w • 🌐", "P2W", false)]
    [InlineData("5mo • Visible to anyone on or off LinkedIn", "P5M", false)]
    [InlineData("3h (edited) • 🌐", "PT3H", true)]
    [InlineData("3 Std. • (bearbeitet)", "PT3H", true)]
    [InlineData("1d •", "P1D", false)]
    public void TryParseLine_WebCopyTrailingNoise_ReturnsAgeAndEdited(string line, string iso, bool edited) =>
        AssertLine(line, iso, edited);

    [Theory]
    [InlineData("  3h  ", "PT3H")]
    [InlineData("\t2 Std.\r", "PT2H")]
    [InlineData("\u200B3h\uFEFF", "PT3H")]
    [InlineData("\u200E3 小时\u200F", "PT3H")]
    public void TryParseLine_SurroundingWhitespaceAndZeroWidth_IsIgnored(string line, string iso) =>
        AssertLine(line, iso, edited: false);

    [Theory]
    [InlineData("3h")]
    [InlineData("  3h (edited)  ")]
    [InlineData("1d • Edited • 🌐")]
    public void TryParseLine_Match_LengthIsWholeLine(string line)
    {
        Assert.True(RelativeTimeParser.TryParseLine(line, out var match));

        Assert.Equal(line.Length, match.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\uFEFF")]
    [InlineData("3\u200Bh")]
    [InlineData("3 hours of meetings today")]
    [InlineData("5 min read")]
    [InlineData("Head of Sales")]
    [InlineData("Jane Doe")]
    [InlineData("2nd")]
    [InlineData("1st")]
    [InlineData("3rd+")]
    [InlineData(" • 2nd")]
    [InlineData("2023")]
    [InlineData("2023y")]
    [InlineData("1234 h")]
    [InlineData("5")]
    [InlineData("h")]
    [InlineData("5 Reactions")]
    [InlineData("1 Reply")]
    [InlineData("3 Replies")]
    [InlineData("2 Antworten")]
    [InlineData("5 réactions")]
    [InlineData("5 条回复")]
    [InlineData("5件の返信")]
    [InlineData("Great post, I agree.")]
    [InlineData("Now we know")]
    [InlineData("nowhere")]
    [InlineData("Agora sim")]
    [InlineData("3D")]
    [InlineData("5 Mo")]
    [InlineData("2 t.")]
    [InlineData("5 月")]
    [InlineData("3h.")]
    [InlineData("3 hoursx")]
    [InlineData("3 hours agony")]
    [InlineData("3h • Great post")]
    [InlineData("3h (edited) Great post")]
    [InlineData("Edited")]
    [InlineData("(edited)")]
    [InlineData("vor")]
    [InlineData("vor Ort")]
    [InlineData("-3h")]
    [InlineData("3 周Great point")]
    [InlineData("\uD83C")]
    [InlineData("3h\uD800")]
    public void TryParseLine_NotARelativeTime_ReturnsFalse(string line)
    {
        Assert.False(RelativeTimeParser.TryParseLine(line, out var match));
        Assert.Equal(default, match);
    }

    [Fact]
    public void TryParseLine_Null_ReturnsFalse() => Assert.False(RelativeTimeParser.TryParseLine(null!, out _));

    [Theory]
    [InlineData("3h", 'a')]
    [InlineData("3h", ' ')]
    [InlineData("3h •", '•')]
    [InlineData("", '\u200B')]
    public void TryParseLine_HundredThousandCharLine_ReturnsFalse(string head, char filler)
    {
        string line = head + new string(filler, 100_000) + "x";

        Assert.False(RelativeTimeParser.TryParseLine(line, out _));
    }

    [Theory]
    [InlineData("3 周Great point", "P3W", "Great point")]
    [InlineData("2 Std.So true", "PT2H", "So true")]
    [InlineData("5 天Great post! Very helpful.", "P5D", "Great post! Very helpful.")]
    [InlineData("4 j Merci pour le partage", "P4D", "Merci pour le partage")]
    [InlineData("3hGreat post", "PT3H", "Great post")]
    [InlineData("3h Great post", "PT3H", "Great post")]
    [InlineData("2 sem.Muy buen punto", "P2W", "Muy buen punto")]
    [InlineData("2 sem. Muy buen punto", "P2W", "Muy buen punto")]
    [InlineData("2 sem.¡Gracias!", "P2W", "¡Gracias!")]
    [InlineData("3 h Great", "PT3H", "Great")]
    [InlineData("2 d Buen punto", "P2D", "Buen punto")]
    [InlineData("14mThanks", "PT14M", "Thanks")]
    [InlineData("1wAgreed", "P1W", "Agreed")]
    [InlineData("5moCongrats", "P5M", "Congrats")]
    [InlineData("1yrWow", "P1Y", "Wow")]
    [InlineData("5 mois Bravo", "P5M", "Bravo")]
    [InlineData("2 ans Merci", "P2Y", "Merci")]
    [InlineData("1 a Gracias", "P1Y", "Gracias")]
    [InlineData("5 meses Parabéns", "P5M", "Parabéns")]
    [InlineData("1 Wo.Danke", "P1W", "Danke")]
    [InlineData("5 Mon. danke dir", "P5M", "danke dir")]
    [InlineData("1 J.Glückwunsch", "P1Y", "Glückwunsch")]
    [InlineData("14 Min.Toll", "PT14M", "Toll")]
    [InlineData("2 T.Super", "P2D", "Super")]
    [InlineData("14 分钟说得好", "PT14M", "说得好")]
    [InlineData("3 小時Nice", "PT3H", "Nice")]
    [InlineData("3 周前Great point", "P3W", "Great point")]
    [InlineData("3時間素晴らしい", "PT3H", "素晴らしい")]
    [InlineData("5ヶ月 Great", "P5M", "Great")]
    [InlineData("1年おめでとう", "P1Y", "おめでとう")]
    [InlineData("3h很好", "PT3H", "很好")]
    [InlineData("3h👏 Well said", "PT3H", "👏 Well said")]
    [InlineData("3 hours ago Great post", "PT3H", "Great post")]
    [InlineData("vor 3 Stunden Toller Beitrag", "PT3H", "Toller Beitrag")]
    [InlineData("  3hGreat", "PT3H", "Great")]
    public void TryParseGluedPrefix_TimeGluedToComment_ReturnsAgeAndCommentStart(string line, string iso, string comment)
    {
        Assert.True(RelativeTimeParser.TryParseGluedPrefix(line, out var match));

        Assert.Equal(iso, match.Age.ToIso8601());
        Assert.Equal(comment, line[match.Length..]);
        Assert.False(match.Edited);
    }

    [Theory]
    [InlineData("3h (edited)Great post", "PT3H", "Great post")]
    [InlineData("3 Std. (bearbeitet) Toller Beitrag", "PT3H", "Toller Beitrag")]
    [InlineData("3 周（已编辑）Great point", "P3W", "Great point")]
    public void TryParseGluedPrefix_ParenthesisedEditedMarker_ReturnsEditedAndCommentStart(string line, string iso, string comment)
    {
        Assert.True(RelativeTimeParser.TryParseGluedPrefix(line, out var match));

        Assert.Equal(iso, match.Age.ToIso8601());
        Assert.Equal(comment, line[match.Length..]);
        Assert.True(match.Edited);
    }

    [Theory]
    [InlineData("3h")]
    [InlineData("3 周")]
    [InlineData("2 Std.")]
    [InlineData("3h (edited)")]
    [InlineData("1d • Edited • 🌐")]
    [InlineData("14 minutes ago")]
    [InlineData("Just now")]
    [InlineData("3h ")]
    [InlineData("2 sem.!!!")]
    public void TryParseGluedPrefix_TimeOnly_ReturnsFalse(string line) =>
        Assert.False(RelativeTimeParser.TryParseGluedPrefix(line, out _));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    [InlineData("3 hours of meetings today")]
    [InlineData("3 Hours Of Meetings")]
    [InlineData("14 minutes ago we shipped")]
    [InlineData("5 min read")]
    [InlineData("3 Jahre Erfahrung")]
    [InlineData("2 Wochen Urlaub")]
    [InlineData("100 Days of Code")]
    [InlineData("1 a la vez")]
    [InlineData("2 a 3 semanas")]
    [InlineData("2 ans de travail")]
    [InlineData("3d printing is here")]
    [InlineData("3D Printing is here")]
    [InlineData("5 ways to grow")]
    [InlineData("2023 was a great year")]
    [InlineData("1234 hGreat")]
    [InlineData("2nd place")]
    [InlineData("1st time")]
    [InlineData("Head of Sales")]
    [InlineData("Now we know")]
    [InlineData("Jetzt weiß ich mehr")]
    [InlineData("Great post")]
    [InlineData("3h great post")]
    [InlineData("3h  Great")]
    [InlineData("3h 42")]
    [InlineData("3\u200BhGreat")]
    public void TryParseGluedPrefix_ProseOrNoise_ReturnsFalse(string line)
    {
        Assert.False(RelativeTimeParser.TryParseGluedPrefix(line, out var match));
        Assert.Equal(default, match);
    }

    [Fact]
    public void TryParseGluedPrefix_Null_ReturnsFalse() => Assert.False(RelativeTimeParser.TryParseGluedPrefix(null!, out _));

    [Fact]
    public void TryParseGluedPrefix_HundredThousandCharComment_ReturnsPrefixLength()
    {
        string line = "3 周" + new string('好', 100_000);

        Assert.True(RelativeTimeParser.TryParseGluedPrefix(line, out var match));
        Assert.Equal(3, match.Length);
    }

    [Fact]
    public void TryParseGluedPrefix_HundredThousandPunctuationChars_ReturnsFalse()
    {
        string line = "2 Std.¿" + new string('!', 100_000);

        Assert.False(RelativeTimeParser.TryParseGluedPrefix(line, out _));
    }

    private static void AssertLine(string line, string iso, bool edited)
    {
        Assert.True(RelativeTimeParser.TryParseLine(line, out var match));

        Assert.Equal(iso, match.Age.ToIso8601());
        Assert.Equal(edited, match.Edited);
        Assert.Equal(line.Length, match.Length);
    }
}
