using Zorginkoop.Catalogus;

namespace Zorginkoop.Tests.Catalogus;

public class ProductRegelsTests
{
    private static IReadOnlyList<Weigering> Valideer(Product p, params Product[] bestaand) =>
        ProductRegels.Valideer(p, Referentie.Maak(bestaand));

    [Fact]
    public void Een_goed_product_geeft_geen_meldingen() => Assert.Empty(Valideer(Referentie.Logeren()));

    [Theory]
    [InlineData("", "Vul de productcode in.", "product.code-ontbreekt")]
    [InlineData("  ", "Vul de productcode in.", "product.code-ontbreekt")]
    [InlineData("43-B11", "Een productcode bestaat uit 1 tot 20 letters en cijfers, zoals 43B11.", "product.code-ongeldig")]
    [InlineData("43 B11", "Een productcode bestaat uit 1 tot 20 letters en cijfers, zoals 43B11.", "product.code-ongeldig")]
    [InlineData("ABCDEFGHIJ0123456789X", "Een productcode bestaat uit 1 tot 20 letters en cijfers, zoals 43B11.", "product.code-ongeldig")]
    public void Een_foute_productcode_wordt_gemeld(string code, string tekst, string regel)
    {
        var p = Referentie.Logeren();
        p.Code = code;

        Assert.Contains(new Weigering(regel, nameof(Product.Code), tekst), Valideer(p));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("43b11")]
    [InlineData("ABCDEFGHIJ0123456789")] // 20 is the maximum
    public void Productcodes_van_1_tot_20_letters_en_cijfers_mogen(string code)
    {
        var p = Referentie.Logeren();
        p.Code = code;

        Assert.Empty(Valideer(p));
    }

    [Fact]
    public void Naam_en_monitorgroep_zijn_verplicht()
    {
        var p = Referentie.Logeren();
        p.Naam = "";
        p.Monitorgroep = " ";

        var velden = Valideer(p).Select(m => m.Veld).ToList();

        Assert.Equal([nameof(Product.Naam), nameof(Product.Monitorgroep)], velden);
    }

    [Theory]
    [InlineData(Domein.Jeugd, "43", true)]
    [InlineData(Domein.Jeugd, "50", true)]
    [InlineData(Domein.Jeugd, "02", false)] // a Wmo category
    [InlineData(Domein.Wmo, "02", true)]
    [InlineData(Domein.Wmo, "43", false)] // a Jeugd category
    [InlineData(Domein.Jeugd, "99", false)]
    public void De_categorie_moet_een_landelijke_categorie_van_het_domein_zijn(Domein domein, string categorie, bool goed)
    {
        var p = Referentie.Logeren();
        p.Domein = domein;
        p.CategorieCode = categorie;
        p.SegmentId = null;

        var meldingen = Valideer(p);

        Assert.Equal(goed, meldingen.All(m => m.Veld != nameof(Product.CategorieCode)));
    }

    [Fact]
    public void De_melding_over_de_categorie_noemt_code_en_domein()
    {
        var p = Referentie.Logeren();
        p.CategorieCode = "02";

        var melding = Assert.Single(Valideer(p));

        Assert.Equal("Categorie '02' is geen landelijke productcategorie van Jeugdwet (iStandaarden 3.2).", melding.Tekst);
    }

    [Theory]
    [InlineData("04", true)]
    [InlineData("14", true)]
    [InlineData("99", false)]
    [InlineData("uur", false)] // the rule wants the code; names are resolved by the import before
    public void De_eenheid_moet_een_code_uit_WJ756_zijn(string eenheid, bool goed)
    {
        var p = Referentie.Logeren();
        p.EenheidCode = eenheid;

        Assert.Equal(goed, Valideer(p).All(m => m.Veld != nameof(Product.EenheidCode)));
    }

    [Fact]
    public void Een_segment_van_een_ander_domein_wordt_geweigerd()
    {
        var p = Referentie.Logeren();
        p.SegmentId = 11; // Wmo segment, Jeugd product

        var melding = Assert.Single(Valideer(p));

        Assert.Equal(new Weigering("product.segment-ander-domein", nameof(Product.SegmentId), "Segment Individuele Begeleiding hoort bij Wmo 2015, het product bij Jeugdwet."), melding);
    }

    [Fact]
    public void Een_segment_buiten_de_regio_wordt_geweigerd()
    {
        var p = Referentie.Logeren();
        p.SegmentId = 999;

        var melding = Assert.Single(Valideer(p));

        Assert.Equal(new Weigering("product.segment-andere-regio", nameof(Product.SegmentId), "Dit segment hoort niet bij de regio van het product."), melding);
    }

    [Fact]
    public void Een_product_zonder_segment_mag()
    {
        var p = Referentie.Logeren();
        p.SegmentId = null;

        Assert.Empty(Valideer(p));
    }

    [Fact]
    public void Een_einddatum_voor_de_begindatum_wordt_geweigerd()
    {
        var p = Referentie.Logeren(van: new DateOnly(2024, 6, 1), tot: new DateOnly(2024, 5, 31));

        var melding = Assert.Single(Valideer(p));

        Assert.Equal(nameof(Product.GeldigTot), melding.Veld);
    }

    [Theory]
    [InlineData("43B11")]
    [InlineData("43b11")] // codes are compared without case
    public void Dezelfde_code_met_overlappende_periode_in_de_regio_wordt_geweigerd(string code)
    {
        var bestaand = Referentie.Logeren(id: 5, van: new DateOnly(2023, 1, 1), tot: new DateOnly(2024, 1, 1));
        var nieuw = Referentie.Logeren(code: code);

        var melding = Assert.Single(Valideer(nieuw, bestaand));

        Assert.Equal(nameof(Product.GeldigVan), melding.Veld);
        Assert.Equal(
            "Product 43B11 bestaat al in deze regio (van 2023-01-01 tot en met 2024-01-01); periodes van dezelfde productcode mogen niet overlappen.",
            melding.Tekst);
    }

    [Fact]
    public void Dezelfde_code_in_een_aansluitende_periode_mag()
    {
        var vorig = Referentie.Logeren(id: 5, van: new DateOnly(2023, 1, 1), tot: new DateOnly(2023, 12, 31));

        Assert.Empty(Valideer(Referentie.Logeren(), vorig));
    }

    [Fact]
    public void Een_bestaand_product_botst_niet_met_zichzelf()
    {
        // Editing: the region's list holds the stored copy of the product being edited (same Id, other instance).
        var opgeslagen = Referentie.Logeren(id: 5);
        var bewerkt = Referentie.Logeren(id: 5);

        Assert.Empty(Valideer(bewerkt, opgeslagen));
    }

    [Fact]
    public void Twee_nieuwe_producten_met_dezelfde_code_en_periode_botsen()
    {
        // Both unsaved (Id 0), as in an import file that lists the same code twice with overlapping periods.
        var eerste = Referentie.Logeren(van: new DateOnly(2024, 1, 1));
        var tweede = Referentie.Logeren(van: new DateOnly(2024, 6, 1));

        Assert.Single(Valideer(tweede, eerste));
    }

    [Fact]
    public void Andere_producten_kunnen_apart_worden_meegegeven()
    {
        var bestaand = Referentie.Logeren(id: 5);

        Assert.NotEmpty(ProductRegels.Valideer(Referentie.Logeren(), Referentie.Maak(), [bestaand]));
        Assert.Empty(ProductRegels.Valideer(Referentie.Logeren(), Referentie.Maak(bestaand), []));
    }
}
