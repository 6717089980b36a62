using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Candor.Analysis.Reports;
using Candor.Analysis.Text;

namespace Candor.Analysis.Outreach;

/// <summary>
/// Builds a better message from the user's own facts, deterministically: greeting by name, a real hook (the
/// detail they gave, or the draft's own line about the recipient), the draft's substance without stock
/// openers, buzzwords, pressure or links, and one question they can answer in a reply instead of a meeting
/// ask. It never invents a fact (design.md principle 3): what it cannot know it lists in
/// <see cref="Rewrite.Needs"/>, and the text never carries a placeholder.
/// </summary>
internal static partial class RewriteComposer
{
    private const int MaxBodySentences = 2;
    /// <summary>The short InMail the rewrite aims for; LinkedIn allows more, but short ones are answered.</summary>
    internal const int ShortInmailChars = 600;
    private const int MinSentenceWords = 4;

    public static Rewrite Compose(Draft draft, IReadOnlyList<OutreachIssue> issues)
    {
        var needs = new List<string>();
        var parts = Parts(draft, needs);
        var options = new CoachOptions(draft.To, draft.About, draft.Format, draft.Limits);
        var text = Fit(parts, draft.Format, draft.Limits);
        var score = OutreachCoach.Score(Draft.Parse(text, options)).Score;
        RewriteVariant[] variants =
        [
            new("note", Fit(parts, DraftFormat.Note, draft.Limits)),
            new("inmail", Fit(parts, DraftFormat.Inmail, draft.Limits)),
        ];
        return new Rewrite(text, score, variants, needs, Changes(draft, issues, parts));
    }

    /// <summary>The pieces of the rewrite, before they are fitted to a format.</summary>
    /// <param name="HookMoved">The hook is the draft's own line about them, brought up from further down.</param>
    private sealed record Pieces(string Greeting, string? Hook, bool HookFromContext, bool HookMoved, List<string> Body, string Question, string? SignOff);

    private static Pieces Parts(Draft draft, List<string> needs)
    {
        var name = draft.Salutation;
        if (name is null)
        {
            needs.Add("their first name (--to \"Name, role at Company\")");
        }

        var signOff = SignOff(draft, out var signOffStart);
        var (hook, hookSentence, fromContext) = Hook(draft, signOffStart);
        var hookMoved = hookSentence is not null && hookSentence != draft.Sentences.FirstOrDefault(s => !IsGreeting(draft, s));
        if (hook is null && !draft.IsReply)
        {
            needs.Add("one real detail about them or their work (--about \"…\")");
        }

        var body = new List<string>();
        string? ownQuestion = null;
        foreach (var sentence in draft.Sentences)
        {
            if (sentence.Start >= signOffStart || sentence == hookSentence || IsGreeting(draft, sentence))
            {
                continue;
            }

            var cleaned = Clean(draft.SentenceText(sentence), draft, needs);
            if (cleaned is null)
            {
                continue;
            }

            if (cleaned.EndsWith('?'))
            {
                ownQuestion ??= cleaned;
            }
            else if (body.Count < MaxBodySentences)
            {
                body.Add(cleaned);
            }
        }

        if (draft.IsReply && body.Count == 0 && hook is null)
        {
            needs.Add("the point of their message you are answering, so the reply can pick it up");
        }

        var language = draft.Language;
        var greeting = name is null ? $"{language.Greeting}," : $"{GreetingWord(draft, language)} {name},";
        return new Pieces(greeting, hook, fromContext, hookMoved, body, ownQuestion ?? QuestionFor(draft, language), signOff);
    }

    /// <summary>
    /// The opening line about the recipient: the detail the user gave, unless the draft already uses it, in which
    /// case the draft's own line says it better; else the draft's own line about them.
    /// </summary>
    private static (string? Hook, TextSpan? Sentence, bool FromContext) Hook(Draft draft, int signOffStart)
    {
        var language = draft.Language;
        // A detail written in another language than the draft would open a mixed message; the draft's own line is better.
        var aboutFits = draft.About is { } detail && RewriteLanguage.Identify(Text.Words.Of(detail)) is var written && (written is null || written == language);
        if (draft.About is { } about && !draft.UsesAbout && aboutFits)
        {
            return (FromDetail(about, language), null, true);
        }

        foreach (var sentence in draft.Sentences)
        {
            var text = draft.SentenceText(sentence);
            if (sentence.Start < signOffStart && !IsGreeting(draft, sentence) && Draft.HasTrigger(text) && Clean(text, draft, []) is { } cleaned
                && !cleaned.EndsWith('?'))
            {
                return (cleaned, sentence, false);
            }
        }

        return draft.About is { } known ? (FromDetail(known, language), null, true) : (null, null, false);
    }

    /// <summary>
    /// "spoke at SaaStr about pricing" becomes "I saw you spoke at SaaStr about pricing."; "her talk on X" becomes
    /// "I saw your talk on X.". In a draft in another language the detail is framed, as written, in that language.
    /// </summary>
    internal static string FromDetail(string about, RewriteLanguage language)
    {
        if (language != RewriteLanguage.English)
        {
            return string.Format(CultureInfo.InvariantCulture, language.SawDetail, about.Trim().TrimEnd('.', ';', ' '));
        }

        var detail = Possessives().Replace(about.Trim().TrimEnd('.', ';', ' '), "your");
        var firstWord = detail.Split(' ', 2)[0].ToLowerInvariant();
        var lowered = char.ToLowerInvariant(detail[0]) + detail[1..];
        if (firstWord == "your")
        {
            return $"I saw {lowered}.";
        }

        return PastTense(firstWord) ? $"I saw you {lowered}." : string.Format(CultureInfo.InvariantCulture, language.SawDetail, detail);
    }

    private static bool PastTense(string word) =>
        (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 3)
        || word is "spoke" or "wrote" or "led" or "built" or "ran" or "won" or "gave" or "took" or "made" or "grew" or "began" or "sold"
            or "shipped" or "moved" or "joined" or "left" or "taught" or "said" or "went" or "got" or "found" or "brought" or "held" or "set" or "put" or "cut";

    /// <summary>A draft sentence without the parts that hurt it, or null when nothing worth keeping is left.</summary>
    private static string? Clean(string sentence, Draft draft, List<string> needs)
    {
        // "Hi Sebastian, I'm following up…" and "Tomás, saw you're hiring…": the rewrite has its own greeting.
        sentence = WithoutVocative(LeadingGreeting().Replace(sentence, string.Empty), draft.Addressee);
        if (Placeholders.Pattern.Match(sentence) is { Success: true } placeholder)
        {
            AddOnce(needs, $"the real detail behind \"{placeholder.Value.Trim()}\"");
            return null;
        }

        if (PushyAsk.TimeAsked().IsMatch(sentence) || PushyAsk.Urgency().IsMatch(sentence) || Spammy.Hype().IsMatch(sentence.Replace("!!", "", StringComparison.Ordinal)) || AsksOnly().IsMatch(sentence) || Chasing().IsMatch(sentence))
        {
            return null;
        }

        var text = WithoutOpener(sentence);
        text = LinkInFirstMessage.Pattern().Replace(text, string.Empty);
        text = Buzzwords.Pattern().Replace(text, m => PlainWords.GetValueOrDefault(m.Value.ToLowerInvariant().Replace('-', ' '), string.Empty));
        text = Spammy.Shouting().Replace(text, m => m.Value.ToLowerInvariant());
        text = Exclamations().Replace(text, ".");
        text = Tidy(text);
        var words = Text.Words.Count(text);
        if (words < MinSentenceWords || words > draft.Limits.SentenceWords)
        {
            return null;
        }

        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>"Tomás, saw you're hiring." and "Hope the move went well, Tomás." without the name they speak to.</summary>
    private static string WithoutVocative(string sentence, string? name)
    {
        if (name is null)
        {
            return sentence;
        }

        var text = sentence.TrimStart();
        if (text.StartsWith(name + ",", StringComparison.Ordinal))
        {
            text = text[(name.Length + 1)..].TrimStart();
            return text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
        }

        var end = text.TrimEnd().TrimEnd('.', '!', '?');
        return end.EndsWith(", " + name, StringComparison.Ordinal) ? string.Concat(end.AsSpan(0, end.Length - name.Length - 2), text.AsSpan(end.Length)) : text;
    }

    /// <summary>
    /// The sentence without its stock opener. "I'd love to connect and tell you about X" keeps its point as
    /// "I'd like to tell you about X" rather than a headless "Tell you about X".
    /// </summary>
    private static string WithoutOpener(string sentence)
    {
        var opener = GenericOpener.Pattern().Match(sentence);
        if (!opener.Success)
        {
            return sentence;
        }

        var rest = Regex.Replace(sentence[(opener.Index + opener.Length)..], @"^[\s,;:!.—–-]*(and\s+)?", string.Empty, RegexOptions.IgnoreCase);
        var headless = HeadlessVerb().Match(rest);
        return headless.Success ? string.Concat(sentence.AsSpan(0, opener.Index), "I'd like to ", rest) : sentence.Remove(opener.Index, opener.Length);
    }

    // After cutting phrases out: no doubled spaces, no dangling ", and" at the start, no space before punctuation.
    private static string Tidy(string text)
    {
        var tidy = Spaces().Replace(text, " ").Trim();
        tidy = SpaceBeforePunctuation().Replace(tidy, "$1");
        tidy = DanglingStart().Replace(tidy, string.Empty).Trim();
        tidy = DanglingEnd().Replace(tidy, ".");
        return tidy.Length > 0 && !".!?".Contains(tidy[^1], StringComparison.Ordinal) ? tidy + "." : tidy;
    }

    // Plain words for the buzzwords people mean something by; the others are simply dropped.
    private static readonly Dictionary<string, string> PlainWords = new(StringComparer.Ordinal)
    {
        ["leverage"] = "use", ["leverages"] = "uses", ["leveraged"] = "used", ["leveraging"] = "using", ["synergy"] = "working together",
        ["synergies"] = "ways to work together", ["optimize your"] = "improve your", ["optimise your"] = "improve your", ["seamless"] = "simple",
        ["seamlessly"] = "simply", ["world class"] = "strong", ["best in class"] = "strong", ["cutting edge"] = "new", ["circle back"] = "follow up",
        ["move the needle"] = "make a difference", ["low hanging fruit"] = "quick wins", ["robust solution"] = "tool", ["end to end solution"] = "tool",
        ["turnkey solution"] = "tool", ["game changer"] = "big help", ["revolutionize"] = "change", ["revolutionise"] = "change", ["10x your"] = "grow your",
        ["supercharge"] = "speed up", ["unlock the full potential"] = "get the most out", ["unlock the potential"] = "get the most out",
        ["unlock your full potential"] = "get the most out", ["unlock your potential"] = "get the most out", ["paradigm shift"] = "big change",
        ["value add"] = "benefit", ["next level"] = "next stage", ["thought leader"] = "expert", ["thought leadership"] = "expertise",
        ["holistic approach"] = "approach", ["game changing"] = "useful", ["game changers"] = "big helps", ["bleeding edge"] = "new",
        ["disruptive"] = "new", ["revolutionary"] = "new", ["synergize"] = "work together", ["synergistic"] = "joint",
    };

    private static bool IsGreeting(Draft draft, TextSpan sentence) =>
        sentence == draft.Sentences[0] && GreetingLine().IsMatch(draft.SentenceText(sentence));

    // The draft's own greeting when it is a plain one ("Hello", "Hallo", "Bonjour"); formal or odd ones ("Dear",
    // "Sehr geehrte", "To whom") need the title and surname the rewrite does not know, so they become the plain one.
    private static string GreetingWord(Draft draft, RewriteLanguage language) =>
        draft.Sentences.Count > 0 && GreetingLine().Match(draft.SentenceText(draft.Sentences[0])) is { Success: true } m
        && m.Groups["word"].Value.ToLowerInvariant() is "hi" or "hello" or "hallo" or "bonjour" or "salut" or "hola" or "ciao" or "olá" or "oi"
            ? char.ToUpperInvariant(m.Groups["word"].Value[0]) + m.Groups["word"].Value[1..].ToLowerInvariant()
            : language.Greeting;

    /// <summary>The draft's own sign-off ("Best,\nSam"), kept as written; where it starts, so its lines are not body.</summary>
    private static string? SignOff(Draft draft, out int start)
    {
        start = draft.Body.Length;
        var sentences = draft.Sentences;
        for (var i = Math.Max(0, sentences.Count - 2); i < sentences.Count; i++)
        {
            if (SignOffLine().IsMatch(draft.SentenceText(sentences[i])))
            {
                start = sentences[i].Start;
                return draft.Body[start..].Trim();
            }
        }

        return null;
    }

    /// <summary>One question they can answer in a reply, chosen by what the draft is for; it asks for no meeting and states no fact.</summary>
    private static string QuestionFor(Draft draft, RewriteLanguage language) => draft.Body switch
    {
        _ when draft.IsReply => language.Reply,
        var body when JobSeeking().IsMatch(body) => language.JobSeeking,
        var body when Recruiting().IsMatch(body) => language.Recruiting,
        var body when Selling().IsMatch(body) => language.Selling,
        var body when AskingAdvice().IsMatch(body) => language.Advice,
        _ => language.General,
    };

    /// <summary>The rewrite laid out for one format and cut to its limit by dropping whole parts, never mid-sentence.</summary>
    private static string Fit(Pieces parts, DraftFormat format, OutreachLimits limits)
    {
        var body = format switch
        {
            DraftFormat.Note => [],
            DraftFormat.Inmail => parts.Body.Take(1).ToList(),
            _ => parts.Body,
        };
        var hook = parts.Hook;
        var signOff = format == DraftFormat.Note ? null : parts.SignOff;
        var text = Layout(parts.Greeting, hook, body, parts.Question, signOff, format);
        while (!Fits(text, format, limits))
        {
            if (body.Count > 0)
            {
                body = body[..^1];
            }
            else if (hook is not null && FirstClause(hook) is var shorter && shorter != hook)
            {
                hook = shorter;
            }
            else if (hook is not null)
            {
                hook = null;
            }
            else
            {
                break;
            }

            text = Layout(parts.Greeting, hook, body, parts.Question, signOff, format);
        }

        return text;
    }

    /// <summary>Whether a text fits what the rewrite aims for in a format (the model's rewrite is held to it too).</summary>
    internal static bool Fits(string text, DraftFormat format, OutreachLimits limits) => format switch
    {
        DraftFormat.Note => text.Length <= limits.NoteChars,
        DraftFormat.Inmail => text.Length <= Math.Min(ShortInmailChars, limits.InmailBodyChars),
        DraftFormat.Reply => Text.Words.Count(text) <= limits.ReplyWords,
        _ => Text.Words.Count(text) <= limits.MessageWords,
    };

    private static string Layout(string greeting, string? hook, List<string> body, string question, string? signOff, DraftFormat format)
    {
        var separator = format == DraftFormat.Note ? " " : "\n\n";
        var middle = string.Join(' ', new[] { hook }.Concat(body).OfType<string>());
        if (format == DraftFormat.Note)
        {
            // On one line after "Hi Aisha," the next sentence carries on: "Hi Aisha, would it be useful…".
            (middle, question) = middle.Length > 0 ? (ContinueAfterComma(middle), question) : (middle, ContinueAfterComma(question));
        }

        var builder = new StringBuilder(greeting);
        foreach (var part in new[] { middle, question, signOff })
        {
            if (!string.IsNullOrEmpty(part))
            {
                builder.Append(separator).Append(part);
            }
        }

        return builder.ToString();
    }

    // Names stay capitalised ("Hi Aisha, Fourth Coffee's…"); common words do not ("Hi Aisha, after your talk…", "Bonjour Camille, j'ai…").
    private static string ContinueAfterComma(string sentence) =>
        Text.Words.Of(sentence) is [var first, ..] && first.Span.Start == 0 && first.Lower != "i" && !first.Lower.StartsWith("i'", StringComparison.Ordinal)
        && (StopWords.Contains(first.Lower) || RewriteLanguage.Vocabulary.Contains(first.Lower) || ContinuingWord().IsMatch(sentence))
            ? char.ToLowerInvariant(sentence[0]) + sentence[1..]
            : sentence;

    /// <summary>The hook up to its first clause break ("…pricing page experiments." of "…experiments; removing …").</summary>
    private static string FirstClause(string hook)
    {
        var cut = hook.IndexOfAny([';', '—', '(']);
        return cut > 0 ? hook[..cut].TrimEnd(' ', ',') + "." : hook;
    }

    private static List<string> Changes(Draft draft, IReadOnlyList<OutreachIssue> issues, Pieces parts)
    {
        var changes = new List<string>();
        if (draft.Salutation is { } name && draft.GreetedName is null)
        {
            changes.Add($"Greets {name} by name.");
        }

        if (parts.Hook is not null && issues.Any(i => i.Id is "no_personalization" or "no_reason"))
        {
            changes.Add(parts.HookFromContext
                ? "Opens with the real detail you know about them, so it is clearly written for them."
                : "Opens with your line about them, so it is clearly written for them.");
        }
        else if (parts.HookMoved)
        {
            changes.Add("Opens with your line about them instead of burying it.");
        }

        // Two rules can quote the same phrase ("30 minutes" is both the pushy ask and the only ask); one change says it.
        foreach (var issue in issues.DistinctBy(i => i.Evidence))
        {
            if (ChangeFor(issue) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    private static string? ChangeFor(OutreachIssue issue) => issue.Id switch
    {
        "generic_opener" => $"Cut the stock opener \"{issue.Evidence}\".",
        "pushy_ask" => $"Replaced \"{issue.Evidence}\" with one question they can answer in a reply.",
        "no_value" => $"Replaced \"{issue.Evidence}\" with a small offer or question instead of a request for their time.",
        "unfilled_placeholder" => $"Removed the leftover placeholder \"{issue.Evidence}\".",
        "buzzwords" => $"Said \"{issue.Evidence}\" in plain words.",
        "link_in_first_message" => "Left the link out; offer it if they ask.",
        "spammy" => "Took out the pressure, hype and capitals.",
        "too_long" or "hard_to_read" => "Cut it down to short sentences that each say one thing.",
        "self_focused" => "Shortened the part about you and ended on a question about them.",
        "low_effort_reply" => "Asks one real question instead of closing the conversation.",
        _ => null,
    };

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    // What is left at the start after a phrase is cut: punctuation and a joining word ("…, and tell you").
    [GeneratedRegex(@"^(([,.;:!?—–-]|\band\b|\bso\b|\bbut\b)\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingStart();

    [GeneratedRegex(@"([,;:])\s*$")]
    private static partial Regex DanglingEnd();

    [GeneratedRegex(@"^(would|what|is|how|we|our|my|the|this|your|do|are|could|can|j'ai|je|nous|ich|wir|vi|leí|soy|estoy|\p{L}+ly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuingWord();

    [GeneratedRegex(@"^(tell|share|show|introduce|talk|ask|learn|discuss|offer|present|explore)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlessVerb();

    [GeneratedRegex(@"^\s*(?<word>" + MessageWords.Greetings + @")\b[^.!?\n]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreetingLine();

    [GeneratedRegex(@"^\s*(" + MessageWords.SignOffs + @")\b[,!.]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOffLine();

    [GeneratedRegex(@"\b(her|his|their)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessives();

    [GeneratedRegex(@"\b(pick your brain|refer me|a referral|put in a (good )?word|(check|take a look at) (out )?(my|our)|let me know (if|when) you'?re (free|available)|any advice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksOnly();

    // A greeting at the start of a sentence, with whom it greets ("Hi there", "Dear Dr. Rahman and team") and the comma after it;
    // not the "I" of "Hi Aisha I saw…".
    [GeneratedRegex(@"^\s*(" + MessageWords.Greetings + @")\b([ \t]+(?!I\b)(?-i:\p{Lu})[\p{L}.'’-]*){0,3}([ \t]+(and[ \t]+)?(there|team|all|everyone|folks))?[ \t]*[,!:]?[ \t]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingGreeting();

    // Chasing a silence makes the reader feel guilty, not curious.
    [GeneratedRegex(@"\b(following up (again|on my)|follow(ing)? up in case|haven'?t heard back|(my|this) (last |previous )?(message|note|email)s? got (buried|lost)|bump(ing)? this|just checking in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chasing();

    [GeneratedRegex(@"[!]{2,}|!(?=\s|$)")]
    private static partial Regex Exclamations();

    [GeneratedRegex(@"\b((open|the|your|a|this) (role|position)|opening|job|apply|applied|applying|application|refer|referral|candidate for|internship|cv|resume|bewerbung|lebenslauf|candidature|candidatura|puesto)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobSeeking();

    [GeneratedRegex(@"\b(we'?re hiring|i'?m hiring|recruit(ing|er)|an opportunity|a role (at|with)|your profile (fits|matches|caught)|wir suchen|nous recrutons|buscamos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recruiting();

    [GeneratedRegex(@"\b(tool|product|platform|solution|service|software|app|agency|demo|plugin|saas|offer(ing)?|plattform|lösung(en)?|produkt|angebot|paket|plateforme|produit|offre|plataforma|solución|producto|oferta)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Selling();

    [GeneratedRegex(@"\b(advice|learn from|pick your brain|mentor|guidance|career|tips|rat|ratschläge|conseils?|consejos?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskingAdvice();
}
