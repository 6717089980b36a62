using System.Net;
using Candor.Bot.LinkFetch;

namespace Candor.Bot.Tests.LinkFetch;

/// <summary>Which addresses are asked for at all, before any DNS.</summary>
public sealed class LinkedInAddressTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/")]
    [InlineData("https://linkedin.com/posts/dana-ortiz_spot-activity-7243992047441870850-AbCd/?utm_source=share")]
    [InlineData("https://de.linkedin.com/embed/feed/update/urn:li:share:7243992047441870850")]
    [InlineData("https://WWW.LinkedIn.COM/feed/update/urn:li:activity:7243992047441870850/")]
    [InlineData("https://www.linkedin.com./feed/update/urn:li:activity:7243992047441870850/")]
    public void Check_LinkedInHttps_IsAccepted(string url) => Assert.Null(LinkedInAddress.Check(url).Refusal);

    [Theory]
    [InlineData("http://www.linkedin.com/feed/update/urn:li:activity:7243992047441870850/", "only https")]
    [InlineData("ftp://www.linkedin.com/x", "only https")]
    [InlineData("https://evil-linkedin.com/posts/x", "not linkedin.com")]
    [InlineData("https://linkedin.com.evil.net/posts/x", "not linkedin.com")]
    [InlineData("https://notlinkedin.com/posts/x", "not linkedin.com")]
    [InlineData("https://linkedin.co/posts/x", "not linkedin.com")]
    [InlineData("https://linkedin.com@evil.net/", "user name")]
    [InlineData("https://user:pass@www.linkedin.com/", "user name")]
    [InlineData("https://www.linkedin.com:8443/posts/x", "port")]
    [InlineData("https://127.0.0.1/posts/x", "IP address")]
    [InlineData("https://[::1]/posts/x", "IP address")]
    [InlineData("https://2130706433/posts/x", "IP address")]
    [InlineData("https://0x7f.0.0.1/posts/x", "IP address")]
    [InlineData("https://www.lіnkedin.com/posts/x", "not plain linkedin.com")]
    [InlineData("https://xn--lnkedin-3ve.com/posts/x", "not plain linkedin.com")]
    [InlineData("https://www.linkedіn.com.evil.net/", "not plain linkedin.com")]
    [InlineData("/posts/x", "only https")]
    [InlineData("https://", "cannot be read")]
    [InlineData("", "empty")]
    public void Check_AnythingElse_IsRefusedWithAReason(string url, string reason)
    {
        var check = LinkedInAddress.Check(url);

        Assert.Null(check.Address);
        Assert.Contains(reason, check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/posts/other/", true)]
    [InlineData("https://evil.example/", false)]
    [InlineData("//evil.example/x", false)]
    public void Check_RedirectTarget_IsReadAgainstTheCurrentPage(string location, bool accepted) =>
        Assert.Equal(accepted, LinkedInAddress.Check(location, new Uri("https://www.linkedin.com/posts/x/")).Refusal is null);
}

/// <summary>The default address policy: only public unicast addresses may be connected to.</summary>
public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.5.6.7")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:a00:1::1")]
    [InlineData("2001:db8::1")]
    public void IsPublic_InternalOrReserved_IsFalse(string address) => Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("13.107.42.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2620:1ec:21::14")]
    [InlineData("::ffff:13.107.42.14")]
    [InlineData("2002:d6b:2a0e::1")]
    public void IsPublic_PublicUnicast_IsTrue(string address) => Assert.True(AddressPolicy.IsPublic(IPAddress.Parse(address)));
}
