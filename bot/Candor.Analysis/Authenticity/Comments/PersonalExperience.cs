using System.Text.RegularExpressions;

namespace Candor.Analysis.Authenticity.Comments;

/// <summary>The writer brings their own experience or a concrete plan ("we tried", "in my last role", "will try that on Monday").</summary>
internal sealed partial class PersonalExperience() : CommentHeuristic(
    "personal_experience", Leaning.Genuine, 20, "First-hand experience or a concrete next step is the mark of someone who engaged.")
{
    public override Finding? Inspect(CommentContext comment, IReadOnlyList<Finding> earlier) =>
        FirstMatch(Experience(), comment, _ => "Brings the writer's own experience or a concrete next step.")
        ?? FirstMatch(TimeAnchor(), comment, _ => "Ties it to a concrete time in the writer's own plans or past.");

    [GeneratedRegex(@"\b((we|i|our team|my team|our company|my company|my manager|our clients?|our customers?)( have| had| 've| 'd)?( also| just| once| actually| finally| recently| always| never| only| still| then| eventually| originally| first)? (tried|saw|see|found|hit|faced|ran into|dealt with|had the same|went with|find|learned|learnt|measured|ran|run|use|used|built|build|shipped|switched|moved|hired|lost|did|started|stopped|tested|changed|noticed|struggled|went|had to|ended up|rolled out|launched|cut|added|dropped|replaced|spent|migrated|got|do|went through|tracked|implemented|experimented|asked|saved|fired|wrote|reduced|increased|grew|doubled|halved|fixed|automated|merged|kept|gave|made|cut|split|paid|onboarded)|saved (us|me)|(we|i)'(ve|d|ll) (tried|seen|found|learned|done|had|been|used|run|built|try|start|test|share|use|add)|in my (experience|last|previous|current|first)|at my (last|previous|current|old) (job|company|role|team|employer)|when i (was|worked|ran|joined|started|managed|led)|for us\b|in our case|our (experience|data|numbers|results|team saw)|(will|going to|gonna|plan to|about to) (try|test|use|share|bring|steal|borrow|apply|run|start|pilot)|i'?ll (try|test|use|share|bring|steal|borrow|apply|run|start|pilot)|(wir haben|bei uns|in meiner erfahrung|nous avons|chez nous|dans mon expérience|en mi experiencia|nosotros (hemos|probamos)|en nuestro caso|na minha experiência|nós (fizemos|testamos)|no nosso caso))\b|我们(也|曾经)?(试过|发现|做过)|我們(也)?|私たちも|うちも|うちでは|弊社では", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Experience();


    // Last year, this weekend, on Monday: a plan or a memory tied to a date is the writer's own.
    [GeneratedRegex(@"\b((last|this|next|every) (year|month|week|quarter|weekend|sprint|summer|spring|fall|autumn|winter|morning|friday|monday)|(on|by|until|since) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|q[1-4] (19|20)\d\d|(in|since|until) (19|20)\d\d|(el|este|el próximo) (lunes|martes|miércoles|jueves|viernes|fin de semana)|(am|diesen|nächsten) (montag|dienstag|mittwoch|donnerstag|freitag|wochenende)|(lundi|mardi|mercredi|jeudi|vendredi|ce week-end)( prochain)?|(na|nesta|na próxima) (segunda|terça|quarta|quinta|sexta)(-feira)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeAnchor();
}
