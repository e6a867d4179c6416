using Zorginkoop.Catalogus;

namespace Zorginkoop.Tests.Catalogus;

public class CatalogusReferentieTests
{
    private readonly CatalogusReferentie referentie = Referentie.Maak();

    [Theory]
    [InlineData("04", "04")]
    [InlineData("4", "04")] // spreadsheets drop the leading zero
    [InlineData("1", "01")]
    [InlineData("14", "14")]
    [InlineData("uur", "04")]
    [InlineData("UUR", "04")]
    [InlineData(" Uur ", "04")]
    [InlineData("etmaal", "14")]
    [InlineData("Dagdeel (4 uur)", "16")] // by description
    [InlineData("dagdeel (4 UUR)", "16")]
    [InlineData("stuks", "82")]
    [InlineData("stuks inspanning", "84")]
    [InlineData("Stuks (inspanning)", "84")]
    public void ZoekEenheid_vindt_op_code_korte_naam_of_omschrijving(string tekst, string code) =>
        Assert.Equal(code, referentie.ZoekEenheid(tekst)?.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("99")]
    [InlineData("9")]
    [InlineData("uren")]
    [InlineData("004")]
    public void ZoekEenheid_geeft_null_voor_onbekende_eenheden(string? tekst) => Assert.Null(referentie.ZoekEenheid(tekst));

    [Theory]
    [InlineData("ambulant", 10)]
    [InlineData("AMBULANT", 10)]
    [InlineData("Individuele Begeleiding", 11)] // by name
    [InlineData(" individuele-begeleiding ", 11)]
    public void ZoekSegment_vindt_op_code_of_naam(string tekst, int id) => Assert.Equal(id, referentie.ZoekSegment(tekst)?.Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("crisis")]
    public void ZoekSegment_geeft_null_voor_onbekende_segmenten(string? tekst) => Assert.Null(referentie.ZoekSegment(tekst));

    [Theory]
    [InlineData(Domein.Jeugd, "43", true)]
    [InlineData(Domein.Jeugd, " 43 ", true)]
    [InlineData(Domein.Wmo, "43", false)]
    [InlineData(Domein.Jeugd, null, false)]
    public void ZoekCategorie_zoekt_binnen_het_domein(Domein domein, string? code, bool gevonden) =>
        Assert.Equal(gevonden, referentie.ZoekCategorie(domein, code) is not null);
}
