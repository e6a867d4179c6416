using Zorginkoop.Catalogus;

namespace Zorginkoop.Tests.Catalogus;

public class ZorgaanbiederRegelsTests
{
    [Theory]
    [InlineData("12345678")]
    [InlineData("00000001")]
    [InlineData("99000001")]
    public void Een_KvK_nummer_van_8_cijfers_is_goed(string kvk) => Assert.Null(ZorgaanbiederRegels.KvkNummerFout(kvk));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Een_leeg_KvK_nummer_vraagt_om_invullen(string? kvk) =>
        Assert.Equal("Vul het KvK-nummer in.", ZorgaanbiederRegels.KvkNummerFout(kvk));

    [Theory]
    [InlineData("1234567")] // 7
    [InlineData("123456789")] // 9
    [InlineData("1234567a")]
    [InlineData("1234 5678")]
    [InlineData(" 12345678")]
    [InlineData("12.345.678")]
    [InlineData("-1234567")]
    [InlineData("１２３４５６７８")] // full-width digits are not ASCII digits
    [InlineData("١٢٣٤٥٦٧٨")] // Arabic-Indic digits: \d would accept them, [0-9] must not
    public void Een_KvK_nummer_dat_geen_8_cijfers_is_wordt_geweigerd(string kvk) =>
        Assert.Equal("Een KvK-nummer bestaat uit precies 8 cijfers.", ZorgaanbiederRegels.KvkNummerFout(kvk));

    [Theory]
    [InlineData("12345678")]
    [InlineData("98000033")]
    public void Een_AGB_code_van_8_cijfers_is_goed(string agb) => Assert.Null(ZorgaanbiederRegels.AgbCodeFout(agb));

    [Theory]
    [InlineData(null, "Vul de AGB-code in.")]
    [InlineData("", "Vul de AGB-code in.")]
    [InlineData("1234567", "Een AGB-code bestaat uit precies 8 cijfers.")]
    [InlineData("123456789", "Een AGB-code bestaat uit precies 8 cijfers.")]
    [InlineData("AB123456", "Een AGB-code bestaat uit precies 8 cijfers.")]
    [InlineData("1234-567", "Een AGB-code bestaat uit precies 8 cijfers.")]
    public void Een_foute_AGB_code_geeft_de_juiste_melding(string? agb, string melding) =>
        Assert.Equal(melding, ZorgaanbiederRegels.AgbCodeFout(agb));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("000012345678")]
    [InlineData("123456789012")]
    public void Een_vestigingsnummer_is_leeg_of_12_cijfers(string? nummer) =>
        Assert.Null(ZorgaanbiederRegels.VestigingsnummerFout(nummer));

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData(" ")]
    public void Een_vestigingsnummer_van_geen_12_cijfers_wordt_geweigerd(string nummer) =>
        Assert.Equal("Een vestigingsnummer bestaat uit precies 12 cijfers.", ZorgaanbiederRegels.VestigingsnummerFout(nummer));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3991 AB")]
    [InlineData("3991AB")]
    [InlineData("3991ab")]
    [InlineData(" 3991 AB ")]
    [InlineData("1000 AA")]
    [InlineData("9999 ZZ")]
    [InlineData("3431 SB")] // S is fine, only SA, SD and SS are not issued
    public void Geldige_postcodes_worden_aanvaard(string? postcode) => Assert.Null(ZorgaanbiederRegels.PostcodeFout(postcode));

    [Theory]
    [InlineData("0991 AB")] // no leading zero
    [InlineData("3991 SA")]
    [InlineData("3991 sd")]
    [InlineData("3991 SS")]
    [InlineData("399 AB")]
    [InlineData("39911 AB")]
    [InlineData("3991 A")]
    [InlineData("3991 ABC")]
    [InlineData("3991  AB")] // at most one space between
    [InlineData("AB 3991")]
    [InlineData("3991-AB")]
    public void Ongeldige_postcodes_worden_geweigerd(string postcode) =>
        Assert.Equal("Een postcode bestaat uit 4 cijfers en 2 letters, zoals 3991 AB.", ZorgaanbiederRegels.PostcodeFout(postcode));

    [Theory]
    [InlineData("3991ab", "3991 AB")]
    [InlineData(" 3991 ab ", "3991 AB")]
    [InlineData("3991 AB", "3991 AB")]
    [InlineData(" onzin ", "onzin")] // left as typed (trimmed) so the user sees what to fix
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Postcodes_worden_genormaliseerd(string? invoer, string? verwacht) =>
        Assert.Equal(verwacht, ZorgaanbiederRegels.NormaliseerPostcode(invoer));

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("naam@organisatie.nl", true)]
    [InlineData("voor.achter+tag@sub.domein.nl", true)]
    [InlineData("naam@organisatie", false)]
    [InlineData("naam@@organisatie.nl", false)]
    [InlineData("naam @organisatie.nl", false)]
    [InlineData("organisatie.nl", false)]
    public void Email_adressen_worden_gecontroleerd(string? email, bool goed) =>
        Assert.Equal(goed, ZorgaanbiederRegels.EmailFout(email) is null);

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("https://www.organisatie.nl", true)]
    [InlineData("http://organisatie.nl/pad?x=1", true)]
    [InlineData("www.organisatie.nl", false)]
    [InlineData("ftp://organisatie.nl", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/relatief", false)]
    public void Websites_moeten_een_volledig_http_adres_zijn(string? website, bool goed) =>
        Assert.Equal(goed, ZorgaanbiederRegels.WebsiteFout(website) is null);

    [Fact]
    public void Valideer_geeft_een_melding_per_fout_veld_met_de_eigenschapsnaam()
    {
        var z = new Zorgaanbieder
        {
            Naam = " ",
            KvkNummer = "123",
            AgbCode = "",
            Vestigingsnummer = "1",
            Postcode = "0000 AA",
            Email = "geen-email",
            Website = "www.x.nl",
        };

        var velden = ZorgaanbiederRegels.Valideer(z).Select(m => m.Veld).ToList();

        Assert.Equal(
            [nameof(Zorgaanbieder.Naam), nameof(Zorgaanbieder.KvkNummer), nameof(Zorgaanbieder.Vestigingsnummer), nameof(Zorgaanbieder.AgbCode),
             nameof(Zorgaanbieder.Postcode), nameof(Zorgaanbieder.Email), nameof(Zorgaanbieder.Website)],
            velden);
    }

    [Fact]
    public void Valideer_vindt_niets_bij_een_goede_zorgaanbieder()
    {
        var z = new Zorgaanbieder
        {
            Naam = "Stichting Voorbeeld",
            KvkNummer = "12345678",
            AgbCode = "98000001",
            Vestigingsnummer = "000012345678",
            Postcode = "3431 AB",
            Email = "info@voorbeeld.nl",
            Website = "https://voorbeeld.nl",
        };

        Assert.Empty(ZorgaanbiederRegels.Valideer(z));
    }
}
