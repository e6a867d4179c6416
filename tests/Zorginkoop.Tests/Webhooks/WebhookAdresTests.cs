using System.Net;
using Zorginkoop.Webhooks;

namespace Zorginkoop.Tests.Webhooks;

/// <summary>A webhook points only to a public https address (issue 17; SSRF, OWASP A10:2021).</summary>
public sealed class WebhookAdresTests
{
    private static readonly WebhookOptions Streng = new();

    private static Task<IPAddress[]> Dns(params string[] adressen) => Task.FromResult(adressen.Select(IPAddress.Parse).ToArray());

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("145.12.1.1", true)]
    [InlineData("2a00:1450:400e::200e", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("::a00:1", false)]
    [InlineData("::ffff:0:a00:1", false)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    [InlineData("64:ff9b:1::a00:1", false)]
    [InlineData("2002:a00:1::1", false)]
    [InlineData("2001:0:4136:e378::1", false)]
    [InlineData("100::1", false)]
    [InlineData("2001:db8::1", false)]
    public void Interne_adressen_zijn_niet_publiek(string adres, bool publiek) => Assert.Equal(publiek, WebhookAdres.IsPubliek(IPAddress.Parse(adres)));

    [Theory]
    [InlineData(null, "webhook.url-ontbreekt")]
    [InlineData("toewijzingen.houten.nl/haak", "webhook.url-ongeldig")]
    [InlineData("ftp://toewijzingen.houten.nl/haak", "webhook.url-ongeldig")]
    [InlineData("http://toewijzingen.houten.nl/haak", "webhook.url-geen-https")]
    [InlineData("https://jan:geheim@toewijzingen.houten.nl/haak", "webhook.url-ongeldig")]
    [InlineData("https://127.0.0.1/haak", "webhook.url-prive-adres")]
    [InlineData("https://[::1]/haak", "webhook.url-prive-adres")]
    [InlineData("https://intern.houten.nl/haak", "webhook.url-prive-adres")]
    [InlineData("https://dubbel.houten.nl/haak", "webhook.url-prive-adres")]
    [InlineData("https://bestaat-niet.houten.nl/haak", "webhook.url-onbekende-host")]
    [InlineData("https://toewijzingen.houten.nl/haak", null)]
    [InlineData("https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.nl/haak", "webhook.url-ongeldig")]
    public async Task Een_url_wordt_met_zijn_regel_geweigerd(string? url, string? code)
    {
        // The resolver stands in for DNS: which name gives which addresses is the point of the test.
        var weigering = await WebhookAdres.ControleerAsync(url, Streng, (host, _) => host switch
        {
            "intern.houten.nl" => Dns("10.0.0.5"),
            "dubbel.houten.nl" => Dns("145.12.1.1", "192.168.0.2"),
            "toewijzingen.houten.nl" => Dns("145.12.1.1"),
            _ => Dns(),
        }, TestContext.Current.CancellationToken);

        Assert.Equal(code, weigering?.Code);
        if (weigering is not null)
        {
            Assert.Equal("Url", weigering.Veld);
        }
    }

    [Fact]
    public async Task Http_en_interne_adressen_mogen_alleen_als_de_installatie_dat_zegt()
    {
        var open = new WebhookOptions { HttpToestaan = true, PriveAdressenToestaan = true };
        Assert.Null(await WebhookAdres.ControleerAsync("http://127.0.0.1:8080/haak", open, (_, _) => Dns(), TestContext.Current.CancellationToken));
        Assert.Equal("webhook.url-prive-adres",
            (await WebhookAdres.ControleerAsync("http://127.0.0.1:8080/haak", new WebhookOptions { HttpToestaan = true }, (_, _) => Dns(), TestContext.Current.CancellationToken))?.Code);
    }

    [Fact]
    public void De_handtekening_is_de_hmac_sha256_van_de_body_met_het_geheim()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            WebhookBezorger.Handtekening("Jefe", System.Text.Encoding.UTF8.GetBytes("what do ya want for nothing?")));
    }
}
