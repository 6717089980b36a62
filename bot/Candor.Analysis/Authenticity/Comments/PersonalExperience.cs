using Candor.Analysis.Text;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>The writer brings their own experience or a concrete plan ("we tried", "in my last role", "will try that on Monday").</summary>
internal sealed class PersonalExperience() : CommentHeuristic(
    "personal_experience", Leaning.Genuine, 20, "First-hand experience or a concrete next step is the mark of someone who engaged.")
{
    private const string Subjects = "we/i/our_team/my_team/our_company/my_company/my_manager/our_clients/our_client/our_customers/our_customer";
    private const string Adverbs = "also/just/once/actually/finally/recently/always/never/only/still/then/eventually/originally/first?";
    private const string Deeds = "tried/saw/see/found/hit/faced/ran_into/dealt_with/had_the_same/went_with/find/learned/learnt/measured/ran/run/use/used/built/build/shipped/switched/moved/hired/lost/did/started/stopped/tested/changed/noticed/struggled/went/had_to/ended_up/rolled_out/launched/cut/added/dropped/replaced/spent/migrated/got/do/went_through/tracked/implemented/experimented/asked/saved/fired/wrote/reduced/increased/grew/doubled/halved/fixed/automated/merged/kept/gave/made/split/paid/onboarded";
    private const string Plans = "try/test/use/share/bring/steal/borrow/apply/run/start/pilot";

    private static readonly PhraseSet Experience = new(
    [
        $"{Subjects} have/had? {Adverbs} {Deeds}",
        "saved us/me",
        "i've/we've/i'd/we'd/i'll/we'll tried/seen/found/learned/done/had/been/used/run/built/try/start/test/share/use/add",
        "in my experience/last/previous/current/first",
        "at my last/previous/current/old job/company/role/team/employer",
        "when i was/worked/ran/joined/started/managed/led",
        "for us", "in our case", "our experience/data/numbers/results", "our team saw",
        $"will/going_to/gonna/plan_to/about_to {Plans}",
        "wir haben", "bei uns", "in meiner erfahrung", "nous avons", "chez nous", "dans mon expérience", "en mi experiencia",
        "nosotros hemos/probamos", "en nuestro caso", "na minha experiência", "nós fizemos/testamos", "no nosso caso",
        "我们 也/曾经? 试过/发现/做过", "我們", "私たちも/うちも/うちでは/弊社では",
    ]);

    // Last year, this weekend, on Monday: a plan or a memory tied to a date is the writer's own.
    private static readonly PhraseSet TimeAnchor = new(
    [
        "last/this/next/every year/month/week/quarter/weekend/sprint/summer/spring/fall/autumn/winter/morning/friday/monday",
        "on/by/until/since monday/tuesday/wednesday/thursday/friday/saturday/sunday",
        "q1/q2/q3/q4 #year", "in/since/until #year",
        "el/este/el_próximo lunes/martes/miércoles/jueves/viernes/fin_de_semana",
        "am/diesen/nächsten montag/dienstag/mittwoch/donnerstag/freitag/wochenende",
        "lundi/mardi/mercredi/jeudi/vendredi/ce_week-end prochain?",
        "na/nesta/na_próxima segunda/terça/quarta/quinta/sexta/segunda-feira/terça-feira/quarta-feira/quinta-feira/sexta-feira",
    ]);

    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier)
    {
        if (Experience.First(comment.Words) is { } experience)
        {
            return Found(comment.Text, experience, "Brings the writer's own experience or a concrete next step.");
        }

        return TimeAnchor.First(comment.Words) is { } when
            ? Found(comment.Text, when, "Ties it to a concrete time in the writer's own plans or past.")
            : null;
    }
}
