using Candor.Analysis.Links;

namespace Candor.Analysis.Tests.Links;

public class LinkRiskAssessorTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/")]
    [InlineData("https://de.linkedin.com/in/jane-doe")]
    [InlineData("https://www.linkedin.com/checkpoint/lg/login?session_redirect=%2Ffeed")]
    [InlineData("https://lnkd.in/gXyZ12")]
    [InlineData("lnkd.in/gXyZ12")]
    [InlineData("https://github.com/acme/candor")]
    [InlineData("https://github.com/login")]
    [InlineData("https://www.acme-robotics.com/about/team")]
    [InlineData("https://www.acme-robotics.com/blog/product-update")]
    [InlineData("http://www.acme-robotics.com/news")]
    [InlineData("https://shop.acme-robotics.com/account")]
    [InlineData("https://acme-robotics.com/?utm_campaign=security_update&utm_source=linkedin")]
    [InlineData("https://login.microsoftonline.com/common/oauth2/authorize")]
    [InlineData("https://accounts.google.com/signin")]
    [InlineData("https://www.amazon.co.uk/dp/B00X")]
    [InlineData("https://www.google.de/search?q=candor")]
    [InlineData("https://zoom.us/j/123456789")]
    [InlineData("https://zoominfo.com/c/acme")]
    [InlineData("https://www.zoho.com/crm")]
    [InlineData("https://linkin.bio/acme")]
    [InlineData("https://apply.workable.com/acme/j/123")]
    [InlineData("https://www.apple-pie-recipes.example/")]
    [InlineData("https://zoom-meeting-tips.example/")]
    [InlineData("https://amazon-rainforest-trust.example/donate")]
    [InlineData("https://en.wikipedia.org/wiki/Engagement_pod")]
    public void Assess_OrdinarySite_IsNoneWithoutReasons(string url)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, "Great post, here is the link.");

        Assert.Equal(LinkRisk.None, risk);
        Assert.Empty(reasons);
    }

    [Theory]
    [InlineData("https://bit.ly/3xYzAbc", "bit.ly")]
    [InlineData("bit.ly/3xYzAbc", "bit.ly")]
    [InlineData("https://tinyurl.com/abcd123", "tinyurl.com")]
    [InlineData("https://t.co/AbC123", "t.co")]
    [InlineData("https://goo.gl/maps/xyz", "goo.gl")]
    [InlineData("https://ow.ly/abc", "ow.ly")]
    [InlineData("https://is.gd/abc", "is.gd")]
    [InlineData("https://buff.ly/abc", "buff.ly")]
    [InlineData("https://rebrand.ly/abc", "rebrand.ly")]
    [InlineData("https://cutt.ly/abc", "cutt.ly")]
    [InlineData("https://shorturl.at/abc", "shorturl.at")]
    [InlineData("https://rb.gy/abc", "rb.gy")]
    [InlineData("https://tiny.cc/abc", "tiny.cc")]
    public void Assess_Shortener_IsSuspiciousAndSaysDestinationIsHidden(string url, string shortener)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Suspicious, risk);
        Assert.Equal($"{shortener} is a link shortener: the real destination is hidden", Assert.Single(reasons));
    }

    [Theory]
    [InlineData("https://linkedln.com/feed", "linkedln.com imitates linkedin.com (\"l\" in place of \"i\")")]
    [InlineData("https://www.1inkedin.com/in/jane", "1inkedin.com imitates linkedin.com (\"1\" in place of \"l\")")]
    [InlineData("https://linkdin.com/in/jane", "linkdin.com imitates linkedin.com (\"e\" left out)")]
    [InlineData("https://lnikedin.com/in/jane", "lnikedin.com imitates linkedin.com (\"in\" swapped to \"ni\")")]
    [InlineData("https://linkedinn.com/", "linkedinn.com imitates linkedin.com (extra \"n\")")]
    [InlineData("https://rnicrosoft.com/", "rnicrosoft.com imitates microsoft.com (\"rn\" in place of \"m\")")]
    [InlineData("https://micros0ft.com/", "micros0ft.com imitates microsoft.com (\"0\" in place of \"o\")")]
    [InlineData("https://paypa1.com/", "paypa1.com imitates paypal.com (\"1\" in place of \"l\")")]
    [InlineData("https://goog1e.com/", "goog1e.com imitates google.com (\"1\" in place of \"l\")")]
    [InlineData("https://app1e.com/", "app1e.com imitates apple.com (\"1\" in place of \"l\")")]
    [InlineData("https://dropb0x.com/s/abc", "dropb0x.com imitates dropbox.com (\"0\" in place of \"o\")")]
    [InlineData("https://docusing.net/envelope", "docusing.net imitates docusign.com (\"gn\" swapped to \"ng\")")]
    [InlineData("https://s1ack.com/", "s1ack.com imitates slack.com (\"1\" in place of \"l\")")]
    [InlineData("https://zoorn.us/j/1", "zoorn.us imitates zoom.us (\"rn\" in place of \"m\")")]
    [InlineData("https://offlce365.com/", "offlce365.com imitates office.com (\"l\" in place of \"i\")")]
    [InlineData("https://vvhatsapp.com/", "vvhatsapp.com imitates whatsapp.com (\"vv\" in place of \"w\")")]
    public void Assess_LookalikeDomain_IsDangerousAndNamesTheSwap(string url, string reason)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains(reason, reasons);
    }

    [Fact]
    public void Assess_CyrillicHomoglyphDomain_IsDangerousAndFlagsPunycode()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://lіnkedin.com/in/jane", null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains("lіnkedin.com imitates linkedin.com (look-alike letters that are not plain a-z)", reasons);
        Assert.Contains("Punycode domain xn--lnkedin-rog.com (shown as lіnkedin.com) can imitate another name", reasons);
    }

    [Fact]
    public void Assess_PunycodeWrittenOut_IsDecodedAndCompared()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://xn--lnkedin-rog.com/", null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains(reasons, reason => reason.StartsWith("lіnkedin.com imitates linkedin.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_PunycodeNotImitatingABrand_IsOnlySuspicious()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://bücher-shop.example/", null);

        Assert.Equal(LinkRisk.Suspicious, risk);
        Assert.Equal("Punycode domain xn--bcher-shop-9db.example (shown as bücher-shop.example) can imitate another name", Assert.Single(reasons));
    }

    [Fact]
    public void Assess_BrokenPunycode_IsSuspiciousWithoutThrowing()
    {
        var (risk, _) = LinkRiskAssessor.Assess("https://xn--zz.example/", null);

        Assert.Equal(LinkRisk.Suspicious, risk);
    }

    [Theory]
    [InlineData("https://linkedin.com.security-check.io/login", "The address begins with linkedin.com, but the site is really security-check.io")]
    [InlineData("https://www.linkedin.com.profile-view.net/in/jane", "The address begins with www.linkedin.com, but the site is really profile-view.net")]
    [InlineData("https://paypal.secure-payments.example/", "The address begins with paypal, but the site is really secure-payments.example")]
    [InlineData("https://linkedin-verify.com/", "linkedin-verify.com uses the name linkedin but is not linkedin.com")]
    [InlineData("https://secure-linkedinsupport.com/", "secure-linkedinsupport.com uses the name linkedin but is not linkedin.com")]
    [InlineData("https://microsoft-365-docs.com/file", "microsoft-365-docs.com uses the name microsoft but is not microsoft.com")]
    [InlineData("https://docusign-envelope.example/view", "docusign-envelope.example uses the name docusign but is not docusign.com")]
    [InlineData("https://linkedin.co/in/jane", "linkedin.co uses the name linkedin but is not linkedin.com")]
    [InlineData("https://linkedin-login.netlify.app/", "linkedin-login.netlify.app uses the name linkedin but is not linkedin.com")]
    [InlineData("https://apple-id-verify.com/", "apple-id-verify.com uses the name apple but is not apple.com")]
    public void Assess_BrandInsideAnotherDomain_IsDangerous(string url, string reason)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains(reason, reasons);
    }

    [Theory]
    [InlineData("https://zoom-login.example/j/1", "zoom-login.example uses the name zoom but is not zoom.us")]
    [InlineData("https://apple.secure-signin.example/", "The address begins with apple, but the site is really secure-signin.example")]
    [InlineData("https://zoom.signin-meeting.example/", "The address begins with zoom, but the site is really signin-meeting.example")]
    public void Assess_EverydayBrandWordNextToLoginLure_IsDangerous(string url, string reason)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains(reason, reasons);
    }

    [Fact]
    public void Assess_EverydayBrandNameOnOtherEnding_IsSuspicious()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://zoom.fun/j/1", null);

        Assert.Equal(LinkRisk.Suspicious, risk);
        Assert.Equal("zoom.fun uses the name zoom but is not zoom.us", Assert.Single(reasons));
    }

    [Theory]
    [InlineData("https://linkedin.com@evil.io/feed", "linkedin.com")]
    [InlineData("https://www.linkedin.com:login@evil.io/", "www.linkedin.com:login")]
    public void Assess_UserinfoTrick_IsDangerousAndNamesRealSite(string url, string decoy)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains($"The part before \"@\" ({decoy}) is a decoy: the link really opens evil.io", reasons);
    }

    [Theory]
    [InlineData("https://192.168.10.4/files")]
    [InlineData("http://3232235777/files")]
    [InlineData("https://[2001:db8::1]/files")]
    public void Assess_RawIpAddress_IsSuspicious(string url)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Suspicious, risk);
        Assert.Contains("The address is a raw IP number, not a named site", reasons);
    }

    [Fact]
    public void Assess_RawIpAddressWithLoginPath_IsDangerous()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://203.0.113.7/linkedin/login.php", null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains("The address is a raw IP number, not a named site", reasons);
    }

    [Theory]
    [InlineData("https://acme-hr.example/login", "login")]
    [InlineData("https://acme-hr.example/wp-login.php", "login")]
    [InlineData("https://acme-hr.example/Sign-In?next=/", "signin")]
    [InlineData("https://acme-hr.example/verifyAccount", "verify")]
    [InlineData("https://acme-hr.example/reset?step=password", "password")]
    [InlineData("https://acme-hr.example/connect/wallet", "wallet")]
    [InlineData("https://acme-hr.example/secure/account-update", "secure account")]
    [InlineData("https://acme-hr.example/%6C%6F%67%69%6E", "login")]
    public void Assess_CredentialLureInPath_IsDangerous(string url, string word)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains($"The address mentions \"{word}\" on acme-hr.example, a common trick to collect passwords", reasons);
    }

    [Theory]
    [InlineData("https://acme-hr.example/blog/update")]
    [InlineData("https://acme-hr.example/account")]
    [InlineData("https://acme-hr.example/designing-for-logos")]
    public void Assess_SingleEverydayWordInPath_IsNone(string url)
    {
        Assert.Equal(LinkRisk.None, LinkRiskAssessor.Assess(url, null).Risk);
    }

    [Fact]
    public void Assess_PlainHttpWithLogin_IsDangerousAndSaysUnencrypted()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("http://acme-hr.example/login", null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains("Asks you to sign in over an unencrypted (http) page", reasons);
        Assert.DoesNotContain("The page is not encrypted (http, not https)", reasons);
    }

    [Fact]
    public void Assess_PlainHttpToNormalSite_SaysNothing()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("http://acme-robotics.example/news", null);

        Assert.Equal(LinkRisk.None, risk);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Assess_PlainHttpWithSomethingElseOff_AddsUnencryptedNote()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("http://bit.ly/abc", null);

        Assert.Equal(LinkRisk.Suspicious, risk);
        Assert.Equal(["bit.ly is a link shortener: the real destination is hidden", "The page is not encrypted (http, not https)"], reasons);
    }

    [Fact]
    public void Assess_LinkWithoutScheme_IsNotCalledUnencrypted()
    {
        Assert.DoesNotContain("The page is not encrypted (http, not https)", LinkRiskAssessor.Assess("bit.ly/abc", null).Reasons);
    }

    [Theory]
    [InlineData("Please verify your account here")]
    [InlineData("Your account will be suspended in 24h")]
    [InlineData("We need you to confirm your identity")]
    [InlineData("Login to view the document")]
    [InlineData("Sign in to view who viewed your profile")]
    [InlineData("We noticed unusual sign-in activity")]
    [InlineData("URGENT ACTION REQUIRED")]
    public void Assess_PressureMessageWithNonLinkedInLink_IsDangerous(string message)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://docs.google.com/document/d/abc", message);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Single(reasons, reason => reason.StartsWith("The message around the link says", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_PressureMessageWithUnknownSite_IsDangerousAndQuotesPhrase()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://acme-hr.example/doc", "Hi! Your account will be suspended unless you act.");

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Equal("The message around the link says \"Your account will be suspended\", a common phishing line", Assert.Single(reasons));
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/jane-doe")]
    [InlineData("https://lnkd.in/gXyZ12")]
    public void Assess_PressureMessageWithLinkedInLink_IsNone(string url)
    {
        Assert.Equal(LinkRisk.None, LinkRiskAssessor.Assess(url, "Please verify your account").Risk);
    }

    [Theory]
    [InlineData("Great post, I verified the numbers myself")]
    [InlineData("Log in tomorrow and we can talk")]
    [InlineData(null)]
    [InlineData("")]
    public void Assess_OrdinaryMessage_AddsNothing(string? message)
    {
        Assert.Equal(LinkRisk.None, LinkRiskAssessor.Assess("https://acme-hr.example/doc", message).Risk);
    }

    [Theory]
    [InlineData("https://free-gift.zip/", "zip")]
    [InlineData("https://invoice.mov/", "mov")]
    [InlineData("https://careers-portal.xyz/jobs", "xyz")]
    [InlineData("https://deal.top/", "top")]
    [InlineData("https://win.click/", "click")]
    [InlineData("https://promo.country/", "country")]
    [InlineData("https://promo.gq/", "gq")]
    [InlineData("https://promo.tk/", "tk")]
    [InlineData("https://promo.ml/", "ml")]
    [InlineData("https://promo.cf/", "cf")]
    [InlineData("https://promo.ga/", "ga")]
    public void Assess_AbuseHeavyEnding_IsSuspicious(string url, string ending)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Suspicious, risk);
        Assert.Equal($"Sites ending in .{ending} are often throwaway or scam sites", Assert.Single(reasons));
    }

    [Fact]
    public void Assess_BrandOnAbuseHeavyCountryEnding_IsNotTheBrandsOwn()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://paypal.tk/", null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Contains("paypal.tk uses the name paypal but is not paypal.com", reasons);
    }

    [Fact]
    public void Assess_LinkedInRedirectToPhishingSite_JudgesTheDestination()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(
            "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Flinkedln.com%2Flogin&urlhash=abc", null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Equal("The LinkedIn link forwards to linkedln.com", reasons[0]);
        Assert.Contains("linkedln.com imitates linkedin.com (\"l\" in place of \"i\")", reasons);
    }

    [Fact]
    public void Assess_LinkedInRedirectToNormalSite_IsNone()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("https://www.linkedin.com/safety/go?url=https%3A%2F%2Fgithub.com%2Facme&trk=x", null);

        Assert.Equal(LinkRisk.None, risk);
        Assert.Empty(reasons);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a link")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://exa mple.com/")]
    [InlineData("https://")]
    public void Assess_UnparseableUrl_IsSuspiciousWithReason(string url)
    {
        var (risk, reasons) = LinkRiskAssessor.Assess(url, null);

        Assert.Equal(LinkRisk.Suspicious, risk);
        Assert.Equal("This is not a normal web address, so where it leads cannot be checked", Assert.Single(reasons));
    }

    [Fact]
    public void Assess_SeveralProblems_ListsDangerousReasonsFirst()
    {
        var (risk, reasons) = LinkRiskAssessor.Assess("http://linkedin-security.xyz/verify", null);

        Assert.Equal(LinkRisk.Dangerous, risk);
        Assert.Equal(
            [
                "linkedin-security.xyz uses the name linkedin but is not linkedin.com",
                "The address mentions \"verify\" on linkedin-security.xyz, a common trick to collect passwords",
                "Asks you to sign in over an unencrypted (http) page",
                "Sites ending in .xyz are often throwaway or scam sites",
            ],
            reasons);
    }

    [Fact]
    public void Analyze_PhishingLink_CarriesRiskIntoReport()
    {
        var report = LinkAnalyzer.Analyze("https://linkedin.com.security-check.io/login", "Verify your account now");

        Assert.Equal(LinkKind.Other, report.Kind);
        Assert.Equal(LinkRisk.Dangerous, report.Risk);
        Assert.Equal(3, report.Reasons.Count);
    }
}
