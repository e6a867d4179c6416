using Zorginkoop.Catalogus;
using Zorginkoop.Contracten;

namespace Zorginkoop.Tests.Contracten;

/// <summary>How a contract's days are cut by the product's tariff periods, gaps included.</summary>
public class GecontracteerdeRegelsTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Tarief T(long cent, string van, string? tot = null) => new() { BedragCent = cent, GeldigVan = D(van), GeldigTot = tot is null ? null : D(tot) };

    private static List<string> Delen(string van, string tot, params Tarief[] tarieven) =>
        [.. GecontracteerdeRegels.Delen(D(van), D(tot), tarieven).Select(d => $"{d.Van:yyyy-MM-dd}..{d.Tot:yyyy-MM-dd}:{d.Tarief?.BedragCent.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")];

    [Fact]
    public void Een_tarief_voor_de_hele_looptijd_geeft_een_deel() =>
        Assert.Equal(["2022-10-01..2027-09-30:31000"], Delen("2022-10-01", "2027-09-30", T(31000, "2022-01-01")));

    [Fact]
    public void Elk_tariefjaar_een_deel_en_het_open_laatste_tarief_tot_het_einde_van_het_contract() =>
        Assert.Equal(["2024-04-01..2024-12-31:6300", "2025-01-01..2025-12-31:6500", "2026-01-01..2027-12-31:6700"],
            Delen("2024-04-01", "2027-12-31", T(6700, "2026-01-01"), T(6300, "2024-01-01", "2024-12-31"), T(6500, "2025-01-01", "2025-12-31")));

    [Fact]
    public void Dagen_zonder_tarief_komen_als_eigen_deel_zonder_tarief() =>
        Assert.Equal(["2024-01-01..2024-03-31:-", "2024-04-01..2024-06-30:100", "2024-07-01..2024-08-31:-", "2024-09-01..2024-12-31:200"],
            Delen("2024-01-01", "2024-12-31", T(100, "2024-04-01", "2024-06-30"), T(200, "2024-09-01")));

    [Fact]
    public void Zonder_tarieven_een_deel_zonder_tarief_en_tarieven_buiten_de_looptijd_tellen_niet() =>
        Assert.Equal(["2025-01-01..2025-12-31:-"], Delen("2025-01-01", "2025-12-31", T(100, "2020-01-01", "2024-12-31"), T(200, "2026-01-01")));

    [Fact]
    public void Een_lege_looptijd_geeft_niets() =>
        Assert.Empty(Delen("2025-01-02", "2025-01-01", T(100, "2020-01-01")));

    [Fact]
    public async Task Een_naam_die_een_formule_zou_zijn_krijgt_in_het_csv_bestand_een_apostrof()
    {
        var regel = new GecontracteerdeRegel("lekstroom", "0321", "Houten", "02B01", "Begeleiding", "82", null, 7, "=HYPERLINK(\"http://x\")", "98000001", "99000001",
            3, 1, D("2026-01-01"), D("2026-12-31"), 31000);
        using var uit = new MemoryStream();

        await GecontracteerdCsv.WriteAsync([regel], uit, TestContext.Current.CancellationToken);

        var regels = System.Text.Encoding.UTF8.GetString(uit.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("0321;Houten;lekstroom;02B01;Begeleiding;82;;98000001;99000001;\"'=HYPERLINK(\"\"http://x\"\")\";3;1;2026-01-01;2026-12-31;31000", regels[1]);
    }
}
