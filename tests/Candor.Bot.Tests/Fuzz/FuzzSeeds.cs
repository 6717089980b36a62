namespace Candor.Bot.Tests.Fuzz;

/// <summary>
/// Real-looking things people paste, written for the fuzzer (invented names and companies): the mutations start
/// from these, so most fuzz inputs are near the shapes the parser is built for rather than pure noise.
/// </summary>
internal static class FuzzSeeds
{
    public static readonly string[] Texts =
    [
        // Web copy of a thread: names twice, degree lines, headlines, relative times, UI noise.
        """
        Marisol Ortega-Quint
        Marisol Ortega-Quint
         • 2nd
        Head of Field Ops at Tidewater Pumps
        3h
        We moved our pump inspections to a two-week cycle last spring and unplanned call-outs dropped by a third. How do you schedule the crews?
        Like
        Reply
        4 Reactions
        Bertil Häggström
         • 3rd+
        Growth | Scaling | Mindset
        2h
        Great post! Thanks for sharing 🙌
        Like
        Reply
        Load more comments
        """,

        // Names lost, the time glued to the comment in the viewer's language.
        """
        Founder at Lumenfold
        3 周Great point, so true
        Operations lead, Kestrel Freight
        2 Std.Agreed 💯 this is the way
        Data engineer at Norrbrook
        5d We tried nightly batch windows first and the cost doubled, so we went back to hourly.
        """,

        // Hand-written thread form.
        """
        Priya: The pricing table in slide 4 is the clearest I have seen for usage billing.
        Tomasz: Amazing insights!! 🔥🔥
        Dele: Amazing insights!! 🔥🔥🔥
        Rui: Did the churn numbers include the pilot accounts?
        """,

        // One generic comment, one specific one, one lure.
        "Love this! So inspiring, keep it up 👏",
        "We ran the same survey with 140 nurses in Leeds and the night-shift answers were the opposite of yours; did you split by shift?",
        "Earn $700 a day from home!! DM me on WhatsApp +44 7700 900555 or check my bio link bit.ly/quick-cash-now",

        // A post followed by its comments.
        """
        Ines Vasquez-Laird • 1st
        Principal Engineer at Coldharbor Labs
        2d • Edited
        After 9 months of running our build farm on spot instances, here is what broke and what did not.
        47 comments • 9 reposts
        Most relevant
        Kwame Asante-Boakye
        Platform lead at Brightwater
        1d
        The part about draining nodes before eviction saved us last year too.
        Reply
        """,

        // Links: a post, a comment, a profile and a phishing look-alike.
        "https://www.linkedin.com/posts/ines-vasquez-laird_buildfarm-activity-7243992047441870850-AbCd",
        "https://www.linkedin.com/feed/update/urn:li:activity:7244689377652617216?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7244689377652617216%2C7244700000000000000%29",
        "Verify your account here: https://linkedin-security-check.co/login?session=8812 before it is suspended",

        // Outreach drafts, with and without context.
        """
        Hi Aisha, I came across your profile and would love to connect. We help companies like yours leverage synergies
        to unlock growth. Do you have 15 minutes this week for a quick demo? Book here: https://cal.example.com/demo
        """,
        """
        To: Jonas Feld, Head of Procurement at Haldane Mills
        About: he wrote about switching to recycled card for all pallets in March
        Hi {first_name}, I saw your post and thought we should talk. Our packaging platform is the best in class.
        """,

        // Asking how to answer a message received.
        """
        How should I reply to this?
        Hi! I loved your recent post on supply chains. I'd love to pick your brain over a quick call, are you free Thursday?
        """,
    ];

    /// <summary>Short bits of junk a field gets when it is not left as it was.</summary>
    public static readonly string[] Odd =
    [
        "", " ", "\0", "null", "undefined", "NaN", "-1", "1e309", "{}", "[]", "<script>alert(1)</script>",
        "%00%ff", "\u202Eevil\u202C", "\uFEFF", "\uD800", "\uDFFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "../../etc/passwd", "' OR 1=1 --", "${jndi:x}",
    ];
}
