using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Candor.Analysis.Threads;

namespace Candor.Analysis.Tests.Threads;

/// <summary>
/// Pastes are arbitrary user text: the parser must never throw, must stay fast on large or hostile input, and
/// what it returns must keep its structural promises.
/// </summary>
public partial class PasteParserRobustnessTests
{
    // Generous on purpose (shared, busy build machines); a quadratic path on 200 KB takes far longer.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private const int TwoHundredKb = 200 * 1024;

    [Fact]
    public void Parse_EmptyString_IsEmpty()
    {
        var paste = ParseChecked(string.Empty);

        Assert.Equal(PasteShape.Empty, paste.Shape);
        Assert.Empty(paste.Comments);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parse_RandomUnicode200Kb_NeverThrowsAndKeepsInvariants(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(TwoHundredKb);
        while (builder.Length < TwoHundredKb)
        {
            var roll = random.Next(100);
            if (roll < 4)
            {
                builder.Append('\n');
            }
            else if (roll < 6)
            {
                builder.Append("\r\n");
            }
            else if (roll < 16)
            {
                builder.Append(' ');
            }
            else
            {
                // Any UTF-16 code unit, lone surrogates and control characters included.
                builder.Append((char)random.Next(0, 0x10000));
            }
        }

        ParseChecked(builder.ToString());
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Parse_RandomPasteFragments200Kb_NeverThrowsAndKeepsInvariants(int seed)
    {
        // Lines the parser reacts to, shuffled into shapes no page produces.
        string[] fragments =
        [
            "Rachel Adams", "Rachel Adams • 2nd", " • 2nd", "3rd+", "· 2º", "• 2e", "Author", "投稿者", "Autor",
            "Director of Customer Success at Proseware", "Head of Talent | Building teams that last", "4h", "4h (edited)",
            "1d • Edited • 🌐", "3 周", "3 周Great point", "2 Std.So true", "3hGreat post", "Like", "Reply", "5 Reactions",
            "5", "1 Reply", "Load previous replies", "Load more comments", "See translation", "We shipped it …see more", "128 reactions",
            "42 comments", "Comment", "Repost", "Send", "Most relevant", "Alex Kim: Love this!", "Jordan Lee (3h): Agree.",
            "To: Aisha Rahman", "Subject: hello", "", "   ", "Great insights, thanks for sharing!", "山本 彩", "赞", "回复",
            "\u200B\u202E", "Tom Hughes and 127 others", "(edited)", "now", "刚刚这个观点很好", "Rаchel Аdams",
        ];
        var random = new Random(seed);
        var builder = new StringBuilder(TwoHundredKb);
        while (builder.Length < TwoHundredKb)
        {
            builder.Append(fragments[random.Next(fragments.Length)]);
            builder.Append(random.Next(10) switch
            {
                0 => "\r\n",
                1 => "\r",
                2 => " ",
                _ => "\n",
            });
        }

        ParseChecked(builder.ToString());
    }

    [Theory]
    [InlineData("Great post! ")]
    [InlineData("a")]
    [InlineData("1")]
    [InlineData("3h")]
    [InlineData("Like ")]
    [InlineData("and 1,2,3 others ")]
    [InlineData("这个观点很有启发")]
    [InlineData("\u200B")]
    public void Parse_SingleLine200Kb_NeverThrowsAndKeepsInvariants(string unit)
    {
        var line = new StringBuilder(TwoHundredKb + unit.Length);
        while (line.Length < TwoHundredKb)
        {
            line.Append(unit);
        }

        ParseChecked(line.ToString());
    }

    [Fact]
    public void Parse_SingleNameColonLine200Kb_IsOneComment()
    {
        var text = "Alex Kim: " + new string('x', TwoHundredKb);

        var paste = ParseChecked(text);

        Assert.Equal("Alex Kim", Assert.Single(paste.Comments).Author);
    }

    [Fact]
    public void Parse_LongSingleLineComment_IsLone()
    {
        var text = string.Concat(Enumerable.Repeat("We measured churn by seat count and cohort. ", 4_000)).TrimEnd();

        var paste = ParseChecked(text);

        Assert.Equal(PasteShape.Lone, paste.Shape);
        Assert.Equal(text, Assert.Single(paste.Comments).Text);
    }

    [Theory]
    [InlineData("\u200B\u200C\u200D\n\u202E\u202D\u202C\n\u2066\u2067\u2068\u2069\n\uFEFF\u2060\n\u200E\u200F")]
    [InlineData("\u202E\n\u202E\n\u202E")]
    [InlineData("\u200B")]
    [InlineData("\u00AD\u200B\r\n\u202A\u202B")]
    public void Parse_LinesOfOnlyInvisibleCharacters_IsEmpty(string text)
    {
        var paste = ParseChecked(text);

        Assert.Equal(PasteShape.Empty, paste.Shape);
        Assert.Empty(paste.Comments);
    }

    [Fact]
    public void Parse_InvisibleCharactersAroundWebCopyLines_AreIgnored()
    {
        var paste = ParseChecked(
            "\u200BRachel Adams\u200E\n\u202A • 2nd\u202C\nDirector of Customer Success at Proseware\n\uFEFF4h\u200F\n"
            + "Agree with the point about onboarding calls.\u200B\n\u2066Like\u2069\n");

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Rachel Adams", comment.Author);
        Assert.Equal("2nd", comment.Degree);
        Assert.Equal("PT4H", comment.Age?.ToIso8601());
        Assert.Equal("Agree with the point about onboarding calls.", comment.Text);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("mixed")]
    public void Parse_CrLfMixtures_ReadLikeLf(string lineEnd)
    {
        string[] lines =
        [
            "Rachel Adams", "Rachel Adams", " • 2nd", "Director of Customer Success at Proseware", "4h (edited)",
            "Scoring only worked once CSMs could see why an account was flagged.", "", "Which inputs mattered most?",
            "Like", "Reply", "5 Reactions", "1 Reply", "Tom Hughes", "Author", "VP Customer Success | Proseware", "3h",
            "Usage drop in the admin console was the strongest by far.", "Like", "Reply",
        ];
        var ends = new[] { "\r\n", "\r", "\n" };
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]).Append(lineEnd == "mixed" ? ends[i % ends.Length] : lineEnd);
        }

        var expected = PasteParser.Parse(string.Join('\n', lines));
        var actual = ParseChecked(builder.ToString());

        Assert.Equal(expected.Shape, actual.Shape);
        Assert.Equal(expected.Comments, actual.Comments);
        Assert.Equal(2, actual.Comments.Count);
        Assert.Equal("Scoring only worked once CSMs could see why an account was flagged.\n\nWhich inputs mattered most?", actual.Comments[0].Text);
        Assert.DoesNotContain(actual.Comments, c => c.Text.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FiveThousandLikeLines_IsEmpty()
    {
        var paste = ParseChecked(string.Join('\n', Enumerable.Repeat("Like", 5_000)));

        Assert.Equal(PasteShape.Empty, paste.Shape);
        Assert.Empty(paste.Comments);
    }

    [Fact]
    public void Parse_FiveThousandLikeLinesAroundOneComment_KeepsOnlyTheComment()
    {
        var likes = string.Join('\n', Enumerable.Repeat("Like", 5_000));
        var paste = ParseChecked(likes + "\nRachel Adams\n • 2nd\nDirector at Proseware\n4h\nAgree with the point about onboarding.\n" + likes);

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Agree with the point about onboarding.", comment.Text);
    }

    [Fact]
    public void Parse_DeeplyRepeatedNameAndDegreeLines_StaysFastAndSane()
    {
        var header = string.Concat(Enumerable.Repeat("Rachel Adams\nRachel Adams\n • 2nd\n", 20_000));

        ParseChecked(header);
        var paste = ParseChecked(header + "Director at Proseware\n4h\nAgree with the point about onboarding.");

        var comment = Assert.Single(paste.Comments);
        Assert.Equal("Rachel Adams", comment.Author);
        Assert.Equal("Agree with the point about onboarding.", comment.Text);
    }

    [Fact]
    public void Parse_ThousandsOfHeadersWithoutBodies_StaysFastAndSane()
    {
        var text = string.Concat(Enumerable.Repeat("Rachel Adams\n • 2nd\nDirector at Proseware\n4h\nLike\nReply\n", 10_000));

        var paste = ParseChecked(text);

        Assert.Empty(paste.Comments);
    }

    [Fact]
    public void Parse_ThousandsOfWebCopyComments_ReadsEveryOne()
    {
        var text = string.Concat(Enumerable.Repeat("Rachel Adams\n • 2nd\nDirector at Proseware\n4h\nAgree.\nLike\nReply\n", 10_000));

        var paste = ParseChecked(text);

        Assert.Equal(10_000, paste.Comments.Count);
    }

    [Fact]
    public void Parse_ThousandsOfNameColonLines_StaysFastAndSane()
    {
        var text = string.Concat(Enumerable.Repeat("Alex Kim (3h): Love this!\nJordan Lee: Agree.\n", 10_000));

        var paste = ParseChecked(text);

        Assert.Equal(20_000, paste.Comments.Count);
    }

    [Fact]
    public void Parse_HomoglyphName_KeepsNameAsWritten()
    {
        // Cyrillic а and А in place of Latin a and A.
        const string Lookalike = "R\u0430chel \u0410dams";

        var paste = ParseChecked(Lookalike + "\n • 2nd\nDirector of Customer Success at Proseware\n4h\nAgree with the point about onboarding calls.");

        var comment = Assert.Single(paste.Comments);
        Assert.Equal(Lookalike, comment.Author);
        Assert.NotEqual("Rachel Adams", comment.Author);
    }

    [Fact]
    public void Parse_HomoglyphNameTwiceNextToRealName_DoesNotMergeThem()
    {
        var paste = ParseChecked("Rachel Adams\nR\u0430chel Adams\n • 2nd\nDirector at Proseware\n4h\nAgree with the point about onboarding calls.");

        // The look-alike line is followed by the degree, so it is the name; the real-looking line above is not merged into it.
        Assert.Equal("R\u0430chel Adams", Assert.Single(paste.Comments).Author);
    }

    [Theory]
    [InlineData("\0\0\0")]
    [InlineData("\uD800\n\uDC00")]
    [InlineData(":::::")]
    [InlineData("((((((((((:")]
    [InlineData("A: ")]
    [InlineData("•\n·\n•")]
    [InlineData("(edited)")]
    [InlineData("999999999999h\nhello")]
    [InlineData("3h\n3h\n3h\n3h")]
    [InlineData("3 周\n3 周\n3 周")]
    [InlineData("Author\nAuthor\n4h\nx")]
    [InlineData("…see more")]
    public void Parse_OddInputs_NeverThrowAndKeepInvariants(string text) => ParseChecked(text);

    /// <summary>Parses within the time budget and checks what every result must satisfy.</summary>
    private static ParsedPaste ParseChecked(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var paste = PasteParser.Parse(text);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < Budget, $"Parse took {stopwatch.Elapsed} on {text.Length} characters");
        Assert.NotNull(paste);
        Assert.NotNull(paste.Comments);
        if (paste.Shape == PasteShape.Empty)
        {
            Assert.Empty(paste.Comments);
            Assert.Null(paste.Post);
        }

        foreach (var comment in paste.Comments)
        {
            Assert.False(string.IsNullOrWhiteSpace(comment.Text), "A comment has no text");
            Assert.Equal(comment.Text.Trim(), comment.Text);
            if (comment.Age is { } age)
            {
                Assert.Matches(IsoAge(), age.ToIso8601());
            }

            foreach (var line in comment.Text.Split('\n'))
            {
                Assert.NotEqual("Like", line);
                Assert.NotEqual("Reply", line);
            }
        }

        if (paste.Post?.Age is { } postAge)
        {
            Assert.Matches(IsoAge(), postAge.ToIso8601());
        }

        return paste;
    }

    [GeneratedRegex(@"^(PT0S|PT\d+[MH]|P\d+[DWMY])$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoAge();
}
