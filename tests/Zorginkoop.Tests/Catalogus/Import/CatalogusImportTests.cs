using Zorginkoop.Catalogus.Import;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Catalogus.Import;

public abstract class CatalogusImportTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    protected async Task<CatalogusImportResultaat> ImporteerAsync(string regio, params string[] regels)
    {
        await using var db = NieuweContext();
        return await CatalogusImport.RunAsync(db, regio, Csv.Regels(regels), Ct);
    }

    protected async Task<List<string>> InhoudAsync(string regio)
    {
        await using var db = NieuweContext();
        return await RegioInhoud.LeesAsync(db, regio);
    }

    protected async Task<string> NieuweRegioAsync()
    {
        await using var db = NieuweContext();
        return await TestRegio.MaakAsync(db);
    }

    private static string Posities(CatalogusImportResultaat r) => string.Join(" ", r.Meldingen.Select(m => $"{m.Regel}:{m.Kolom ?? "-"}"));

    private static (int, int, int, int) Tellers(CatalogusImportResultaat r) =>
        (r.ProductenNieuw, r.ProductenBijgewerkt, r.TarievenNieuw, r.TarievenBijgewerkt);

    [Fact]
    public async Task Een_goed_bestand_wordt_helemaal_opgeslagen()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio,
            "43B11;Logeren;jeugd;43;Verblijf;etmaal;ambulant;2024-01-01;;24500;;",
            "43B11;Logeren;jeugd;43;Verblijf;etmaal;ambulant;2024-01-01;;25000;2025-01-01;",
            "02B01;Begeleiding licht;wmo;2;Begeleiding individueel;Uur;Individuele Begeleiding;;;;;02A03");

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal((2, 0, 2, 0), Tellers(r));
        Assert.Equal(
            [
                "02B01|Begeleiding licht|Wmo|02|Begeleiding individueel|04|ib|..|02A03",
                "43B11|Logeren|Jeugd|43|Verblijf|14|ambulant|2024-01-01..|",
                "  tarief 2024-01-01..2024-12-31 24500", // closed by the tariff that follows
                "  tarief 2025-01-01.. 25000",
            ],
            await InhoudAsync(regio));
    }

    [Fact]
    public async Task Import_met_een_foute_regel_slaat_niets_op()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio,
            "43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2024-01-01;;24500;;", // 2: good
            "43B12;Dag;jeugd;43;Verblijf;jaar;;;;;;", // 3: unknown unit
            "43B13;Dag;jeugd;43;Verblijf;14;crisis;;;;;", // 4: segment not in this region
            "43B14;Dag;jeugd;02;Verblijf;14;;;;;;", // 5: a Wmo category
            "43B15;Dag;jeugd;43;Verblijf;week;;2024/01/01;;;;", // 6: unreadable date, and still the unit is checked
            "02B01;Begeleiding;wmo;02;Begeleiding;04;ambulant;;;;;"); // 7: Jeugd segment for a Wmo product

        Assert.False(r.Gelukt);
        Assert.Equal("3:eenheid 4:segment 5:categorie 6:eenheid 6:geldig_van 7:segment", Posities(r));
        Assert.Equal((0, 0, 0, 0), Tellers(r));
        Assert.Empty(await InhoudAsync(regio));
        Assert.StartsWith("'jaar' is geen eenheid: gebruik een code uit WJ756 (01, 04, 14, 16, 82, 83, 84)", r.Meldingen[0].Tekst, StringComparison.Ordinal);
        Assert.Equal($"Segment 'crisis' bestaat niet in regio {regio}. Bekende segmenten: ambulant, ib.", r.Meldingen[1].Tekst);
    }

    [Fact]
    public async Task Een_foute_import_laat_bestaande_gegevens_ongemoeid()
    {
        var regio = await NieuweRegioAsync();
        await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2024-01-01;;24500;;");
        var voor = await InhoudAsync(regio);

        var r = await ImporteerAsync(regio,
            "43B11;Logeren kort;jeugd;43;Verblijf;14;ambulant;2024-01-01;;26000;;", // would update name and tariff
            "43B12;Dag;jeugd;43;Verblijf;onbekend;;;;;;");

        Assert.Equal("3:eenheid", Posities(r));
        Assert.Equal(voor, await InhoudAsync(regio));
    }

    [Fact]
    public async Task Opnieuw_hetzelfde_bestand_importeren_verandert_niets()
    {
        var regio = await NieuweRegioAsync();
        string[] bestand =
        [
            "43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2024-01-01;;24500;;",
            "43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2024-01-01;;25000;2025-01-01;",
        ];
        await ImporteerAsync(regio, bestand);
        var voor = await InhoudAsync(regio);

        var r = await ImporteerAsync(regio, bestand);

        Assert.True(r.Gelukt);
        Assert.Equal((0, 0, 0, 0), Tellers(r));
        Assert.Equal(voor, await InhoudAsync(regio));
    }

    [Fact]
    public async Task Zelfde_code_en_periode_werkt_het_product_bij()
    {
        var regio = await NieuweRegioAsync();
        await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2024-01-01;2026-12-31;;;");

        var r = await ImporteerAsync(regio, "43B11;Logeren (kort);jeugd;43;Kortdurend verblijf;uur;;2024-01-01;2026-12-31;;;43A03");

        Assert.Equal((0, 1, 0, 0), Tellers(r));
        Assert.Equal(["43B11|Logeren (kort)|Jeugd|43|Kortdurend verblijf|04||2024-01-01..2026-12-31|43A03"], await InhoudAsync(regio));
    }

    [Fact]
    public async Task Een_tarief_met_dezelfde_begindatum_wordt_bijgewerkt()
    {
        var regio = await NieuweRegioAsync();
        await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;24500;;");

        var r = await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;26000;2024-01-01;");

        Assert.Equal((0, 0, 0, 1), Tellers(r));
        Assert.Equal("  tarief 2024-01-01.. 26000", (await InhoudAsync(regio))[1]);
    }

    [Fact]
    public async Task Een_nieuw_later_tarief_sluit_het_open_tarief_ervoor_af()
    {
        var regio = await NieuweRegioAsync();
        await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;24500;;");

        var r = await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;25500;2025-01-01;");

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal((0, 0, 1, 1), Tellers(r)); // the earlier tariff got an end date
        Assert.Equal(["  tarief 2024-01-01..2024-12-31 24500", "  tarief 2025-01-01.. 25500"], (await InhoudAsync(regio)).Skip(1));
    }

    [Fact]
    public async Task Een_tarief_buiten_de_geldigheid_van_het_product_wordt_geweigerd()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;2024-12-31;24500;2023-12-01;");

        Assert.Equal("2:tarief_vanaf", Posities(r));
        Assert.Contains("binnen de geldigheid van het product", r.Meldingen[0].Tekst, StringComparison.Ordinal);
        Assert.Empty(await InhoudAsync(regio));
    }

    [Fact]
    public async Task Een_overlappende_periode_van_een_bestaande_code_wordt_geweigerd()
    {
        var regio = await NieuweRegioAsync();
        await ImporteerAsync(regio, "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;;;");

        var r = await ImporteerAsync(regio,
            "02B01;Begeleiding;wmo;02;Begeleiding;04;;;;;;",
            "43B11;Logeren;jeugd;43;Verblijf;14;;2025-01-01;;;;");

        Assert.Equal("3:geldig_van", Posities(r));
        Assert.Contains("periodes van dezelfde productcode mogen niet overlappen", r.Meldingen[0].Tekst, StringComparison.Ordinal);
        Assert.Single(await InhoudAsync(regio)); // 02B01 was not stored either
    }

    [Fact]
    public async Task Aansluitende_periodes_van_een_code_in_een_bestand_mogen()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio,
            "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;2024-12-31;24500;;",
            "43b11;Logeren;jeugd;43;Verblijf;14;;2025-01-01;;25500;;");

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal((2, 0, 2, 0), Tellers(r));
    }

    [Fact]
    public async Task Overlappende_periodes_van_een_code_in_een_bestand_worden_geweigerd()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio,
            "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;2024-12-31;;;",
            "43B11;Logeren;jeugd;43;Verblijf;14;;2024-06-01;;;;");

        Assert.Equal("3:geldig_van", Posities(r));
        Assert.Empty(await InhoudAsync(regio));
    }

    [Fact]
    public async Task Hetzelfde_product_met_andere_gegevens_op_twee_regels_wordt_gemeld()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio,
            "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;24500;;",
            "43B11;Logeren anders;jeugd;43;Verblijf;14;;2024-01-01;;25500;2025-01-01;");

        Assert.Equal("3:-", Posities(r));
        Assert.Contains("staat ook op regel 2, maar met andere gegevens", r.Meldingen[0].Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twee_tarieven_op_dezelfde_dag_met_een_ander_bedrag_worden_gemeld()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio,
            "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;24500;;",
            "43B11;Logeren;jeugd;43;Verblijf;14;;2024-01-01;;25500;2024-01-01;");

        Assert.Equal("3:tarief_vanaf", Posities(r));
        Assert.Equal("Regel 2 geeft voor 2024-01-01 al een ander tarief voor product 43B11.", r.Meldingen[0].Tekst);
    }

    [Fact]
    public async Task Een_onbekende_regio_wordt_gemeld_met_de_bekende_regios()
    {
        var r = await ImporteerAsync("bestaat-niet", "43B11;Logeren;jeugd;43;Verblijf;14;;;;;;");

        var melding = Assert.Single(r.Meldingen);
        Assert.Equal(0, melding.Regel);
        Assert.StartsWith("Regio 'bestaat-niet' bestaat niet. Bekende regio's: ", melding.Tekst, StringComparison.Ordinal);
        Assert.Contains("lekstroom", melding.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leesfouten_en_regelfouten_komen_samen_in_een_gesorteerde_lijst()
    {
        var regio = await NieuweRegioAsync();

        var r = await ImporteerAsync(regio,
            "43B11;Logeren;jeugd;43;Verblijf;fout;;;;;;",
            "43B12;Dag;onbekend;43;Verblijf;14;;;;;;");

        Assert.Equal("2:eenheid 3:domein", Posities(r));
        Assert.Equal(r.Meldingen.OrderBy(m => m.Regel), r.Meldingen);
    }
}

public sealed class CatalogusImportTestsSqlite(SqliteTestDatabase database) : CatalogusImportTests<SqliteTestDatabase>(database);

public sealed class CatalogusImportTestsPostgres(PostgresTestDatabase database) : CatalogusImportTests<PostgresTestDatabase>(database);
