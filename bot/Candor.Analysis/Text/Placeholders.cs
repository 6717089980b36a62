using System.Text.RegularExpressions;

namespace Candor.Analysis.Text;

/// <summary>
/// Mail-merge placeholders nobody filled in ("{first_name}", "[Name]", "%FIRSTNAME%", "XXX"): proof of a
/// template in a comment, and a reason a draft will be ignored.
/// </summary>
internal static partial class Placeholders
{
    public static Regex Pattern => Unfilled();

    [GeneratedRegex(@"\{\{\s*[\w .-]{1,30}\s*\}\}|\{\s*(first[_ ]?name|last[_ ]?name|full[_ ]?name|name|firstname|company|company[_ ]?name|title|job[_ ]?title|role|industry|topic|post[_ ]?topic|author|city|recipient|\w*_\w*)\s*\}|\[\s*(first[_ ]?name|last[_ ]?name|name|your name|company|company name|client|client name|skills?|title|role|topic|insert[^\]]{0,30}|author|industry|recipient|prénom|nom|entreprise|société|vorname|name des unternehmens|firma|unternehmen|nombre|empresa)\s*\]|<\s*(first[_ ]?name|name|company|title|topic)\s*>|%\s*\w{2,20}\s*%|\$\{?(first_?name|name|company)\}?|\b(INSERT|ADD) (NAME|COMPANY|TOPIC)\b|\bXXX+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unfilled();
}
