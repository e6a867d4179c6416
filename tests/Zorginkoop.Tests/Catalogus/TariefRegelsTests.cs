using Zorginkoop.Catalogus;

namespace Zorginkoop.Tests.Catalogus;

public class TariefRegelsTests
{
    private static readonly DateOnly Jan2024 = new(2024, 1, 1);

    private static Product Product(DateOnly? van = null, DateOnly? tot = null) => Referentie.Logeren(id: 1, van: van ?? Jan2024, tot: tot);

    private static Tarief T(int id, string van, string? tot = null, long cent = 10000) => new()
    {
        Id = id,
        ProductId = 1,
        BedragCent = cent,
        GeldigVan = DateOnly.Parse(van, System.Globalization.CultureInfo.InvariantCulture),
        GeldigTot = tot is null ? null : DateOnly.Parse(tot, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void Een_tarief_binnen_het_product_zonder_overlap_is_goed() =>
        Assert.Empty(TariefRegels.Valideer(T(0, "2025-01-01"), Product(), [T(1, "2024-01-01", "2024-12-31")]));

    [Fact]
    public void Een_tarief_van_nul_cent_mag()
    {
        Assert.Empty(TariefRegels.Valideer(T(0, "2024-01-01", cent: 0), Product(), []));
    }

    [Fact]
    public void Een_negatief_tarief_wordt_geweigerd()
    {
        var melding = Assert.Single(TariefRegels.Valideer(T(0, "2024-01-01", cent: -1), Product(), []));
        Assert.Equal(new Weigering("tarief.negatief", nameof(Tarief.BedragCent), "Een tarief kan niet negatief zijn."), melding);
    }

    [Fact]
    public void Een_einde_voor_het_begin_geeft_alleen_die_melding()
    {
        // Checking overlap with a reversed period would only add confusing messages.
        var meldingen = TariefRegels.Valideer(T(0, "2024-06-01", "2024-05-31"), Product(), [T(1, "2024-01-01")]);
        var melding = Assert.Single(meldingen);
        Assert.Equal(nameof(Tarief.GeldigTot), melding.Veld);
    }

    [Theory]
    [InlineData("2023-12-31", null)] // starts before the product
    [InlineData("2024-06-01", "2025-01-01")] // ends after the product
    [InlineData("2025-01-01", null)] // starts after the product
    public void Een_tarief_buiten_de_geldigheid_van_het_product_wordt_geweigerd(string van, string? tot)
    {
        var product = Product(Jan2024, new DateOnly(2024, 12, 31));

        var melding = Assert.Single(TariefRegels.Valideer(T(0, van, tot), product, []));

        Assert.Equal(nameof(Tarief.GeldigVan), melding.Veld);
        Assert.Equal("Het tarief moet binnen de geldigheid van het product vallen (van 2024-01-01 tot en met 2024-12-31).", melding.Tekst);
    }

    [Fact]
    public void Een_open_tarief_van_een_product_met_einddatum_eindigt_met_het_product() =>
        Assert.Empty(TariefRegels.Valideer(T(0, "2024-01-01"), Product(Jan2024, new DateOnly(2024, 12, 31)), []));

    [Fact]
    public void Een_overlappend_tarief_wordt_geweigerd_met_de_periode_van_het_andere()
    {
        var melding = Assert.Single(TariefRegels.Valideer(T(0, "2024-12-31"), Product(), [T(1, "2024-01-01", "2024-12-31")]));

        Assert.Equal(nameof(Tarief.GeldigVan), melding.Veld);
        Assert.Equal(
            "De periode overlapt met het tarief van 2024-01-01 tot en met 2024-12-31: tariefperiodes van één product mogen niet overlappen.",
            melding.Tekst);
    }

    [Fact]
    public void Een_open_tarief_overlapt_met_elk_later_tarief()
    {
        var melding = Assert.Single(TariefRegels.Valideer(T(0, "2030-01-01"), Product(), [T(1, "2024-01-01")]));
        Assert.Contains("vanaf 2024-01-01", melding.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_tarief_overlapt_niet_met_zichzelf()
    {
        // The edit page validates a stored tariff against the product's list, which contains that tariff too.
        var tarief = T(7, "2024-01-01");
        Assert.Empty(TariefRegels.Valideer(tarief, Product(), [tarief, T(7, "2024-01-01")]));
    }

    [Fact]
    public void Twee_nieuwe_overlappende_tarieven_worden_geweigerd()
    {
        var melding = Assert.Single(TariefRegels.Valideer(T(0, "2024-06-01"), Product(), [T(0, "2024-01-01")]));
        Assert.Equal(nameof(Tarief.GeldigVan), melding.Veld);
    }

    [Theory]
    [InlineData(null, null, "onbeperkt geldig")]
    [InlineData("2024-01-01", null, "vanaf 2024-01-01")]
    [InlineData(null, "2024-12-31", "tot en met 2024-12-31")]
    [InlineData("2024-01-01", "2024-12-31", "van 2024-01-01 tot en met 2024-12-31")]
    public void Tekst_beschrijft_een_periode_in_ISO_datums(string? van, string? tot, string tekst)
    {
        DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(tekst, TariefRegels.Tekst(new Periode(D(van), D(tot))));
    }
}
