using System.Reflection;
using System.Text.RegularExpressions;
using Candor.Analysis.Authenticity;
using Candor.Analysis.Outreach;
using Candor.Analysis.Tests.Outreach;

namespace Candor.Analysis.Tests.Authenticity;

/// <summary>
/// "Every heuristic id has a test where it fires and one where it stays quiet." Finds every heuristic and
/// outreach rule in the engine by reflection and checks its id against the ids these test classes cover,
/// so a new heuristic without fires/quiet tests fails the build. Also checks ids and rationales are well formed.
/// </summary>
public partial class HeuristicCoverageTests
{
    /// <summary>
    /// Ids with fires and stays-quiet tests, and where they live. Add a line here only together with
    /// both tests.
    /// </summary>
    private static readonly Dictionary<string, string> Covered = new(StringComparer.Ordinal)
    {
        // CommentHeuristicTests
        ["specific_detail"] = nameof(CommentHeuristicTests),
        ["references_post"] = nameof(CommentHeuristicTests),
        ["asks_question"] = nameof(CommentHeuristicTests),
        ["personal_experience"] = nameof(CommentHeuristicTests),
        ["disagreement"] = nameof(CommentHeuristicTests),
        ["on_topic"] = nameof(CommentHeuristicTests),
        ["generic_praise"] = nameof(CommentHeuristicTests),
        ["smart_reply"] = nameof(CommentHeuristicTests),
        ["emoji_only"] = nameof(CommentHeuristicTests),
        ["template_shape"] = nameof(CommentHeuristicTests),
        ["off_topic"] = nameof(CommentHeuristicTests),
        ["no_specifics"] = nameof(CommentHeuristicTests),
        ["polished_generic"] = nameof(CommentHeuristicTests),
        ["template_token"] = nameof(CommentHeuristicTests),
        ["off_platform_lure"] = nameof(CommentHeuristicTests),
        ["scam"] = nameof(CommentHeuristicTests),
        ["self_promotion"] = nameof(CommentHeuristicTests),
        ["engagement_bait"] = nameof(CommentHeuristicTests),
        ["phishing_link"] = nameof(CommentHeuristicTests),
        ["link_drop"] = nameof(CommentHeuristicTests),
        ["call_to_action"] = nameof(CommentHeuristicTests),

        // ThreadHeuristicTests: cross-comment
        ["near_duplicate"] = nameof(ThreadHeuristicTests),
        ["burst"] = nameof(ThreadHeuristicTests),
        ["answers_commenter"] = nameof(ThreadHeuristicTests),

        // ThreadHeuristicTests: whole thread
        ["generic_majority"] = nameof(ThreadHeuristicTests),
        ["clustered_timing"] = nameof(ThreadHeuristicTests),
        ["growth_headlines"] = nameof(ThreadHeuristicTests),
        ["real_discussion"] = nameof(ThreadHeuristicTests),
        ["no_discussion"] = nameof(ThreadHeuristicTests),
        ["spam_comments"] = nameof(ThreadHeuristicTests),
        ["coordinated_duplicates"] = nameof(ThreadHeuristicTests),
        ["pod_pattern"] = nameof(ThreadHeuristicTests),

        // Outreach/OutreachRuleTests
        ["unfilled_placeholder"] = nameof(OutreachRuleTests),
        ["generic_opener"] = nameof(OutreachRuleTests),
        ["pushy_ask"] = nameof(OutreachRuleTests),
        ["link_in_first_message"] = nameof(OutreachRuleTests),
        ["buzzwords"] = nameof(OutreachRuleTests),
        ["spammy"] = nameof(OutreachRuleTests),
        ["self_focused"] = nameof(OutreachRuleTests),
        ["no_personalization"] = nameof(OutreachRuleTests),
        ["too_long"] = nameof(OutreachRuleTests),
        ["no_reason"] = nameof(OutreachRuleTests),
        ["no_value"] = nameof(OutreachRuleTests),
        ["hard_to_read"] = nameof(OutreachRuleTests),
        ["low_effort_reply"] = nameof(OutreachRuleTests),
    };

    private static readonly Assembly Engine = typeof(Heuristic).Assembly;

    [Fact]
    public void Engine_HasHeuristicsAndOutreachRules()
    {
        Assert.True(HeuristicTypes().Count >= 30, $"Found only {HeuristicTypes().Count} heuristic types; is reflection looking at the engine assembly?");
        Assert.True(OutreachRuleTypes().Count >= 9, $"Found only {OutreachRuleTypes().Count} outreach rule types.");
    }

    [Fact]
    public void EveryHeuristicId_HasFiresAndQuietTests()
    {
        var missing = AllRules().Where(r => !Covered.ContainsKey(r.Id)).Select(r => $"{r.Id} ({r.Type})").ToList();

        Assert.True(missing.Count == 0,
            $"Heuristics without fires/stays-quiet tests: {string.Join(", ", missing)}. Write both tests, then add the id to {nameof(Covered)}.");
    }

    [Fact]
    public void EveryHeuristicId_IsDocumentedInTheReadme()
    {
        var readme = RepositoryFiles.Read("README.md");
        var missing = AllRules().Where(r => !readme.Contains($"`{r.Id}`", StringComparison.Ordinal)).Select(r => r.Id).ToList();

        Assert.True(missing.Count == 0, $"README.md does not explain: {string.Join(", ", missing)}.");
    }

    [Fact]
    public void CoveredList_HasNoStaleIds()
    {
        var ids = AllRules().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var stale = Covered.Keys.Where(id => !ids.Contains(id)).ToList();

        Assert.True(stale.Count == 0, $"Ids listed as covered but no longer in the engine: {string.Join(", ", stale)}.");
    }

    [Fact]
    public void HeuristicIds_AreUnique()
    {
        var duplicates = AllRules().GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Type))}").ToList();

        Assert.True(duplicates.Count == 0, $"Ids used by more than one heuristic: {string.Join("; ", duplicates)}.");
    }

    [Fact]
    public void HeuristicIds_AreSnakeCase()
    {
        var bad = AllRules().Where(r => !SnakeCase().IsMatch(r.Id)).Select(r => $"\"{r.Id}\" ({r.Type})").ToList();

        Assert.True(bad.Count == 0, $"Ids that are not snake_case: {string.Join(", ", bad)}.");
    }

    [Fact]
    public void HeuristicRationales_AreNonEmptySingleLines()
    {
        var bad = AllRules()
            .Where(r => string.IsNullOrWhiteSpace(r.Rationale) || r.Rationale.Contains('\n', StringComparison.Ordinal) || r.Rationale.Contains('\r', StringComparison.Ordinal))
            .Select(r => $"{r.Id} ({r.Type})")
            .ToList();

        Assert.True(bad.Count == 0, $"Rationales that are empty or span several lines: {string.Join(", ", bad)}.");
    }

    private static List<(string Id, string Rationale, string Type)> AllRules() =>
        HeuristicTypes().Select(t => (Heuristic)Create(t)).Select(h => (h.Id, h.Rationale, h.GetType().Name))
            .Concat(OutreachRuleTypes().Select(t => (OutreachRule)Create(t)).Select(r => (r.Id, r.Rationale, r.GetType().Name)))
            .ToList();

    private static List<Type> HeuristicTypes() => ConcreteSubclassesOf(typeof(Heuristic));

    private static List<Type> OutreachRuleTypes() => ConcreteSubclassesOf(typeof(OutreachRule));

    private static List<Type> ConcreteSubclassesOf(Type baseType) =>
        Engine.GetTypes().Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(baseType)).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

    private static object Create(Type type) =>
        Activator.CreateInstance(type, nonPublic: true) ?? throw new InvalidOperationException($"Could not create {type}.");

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
