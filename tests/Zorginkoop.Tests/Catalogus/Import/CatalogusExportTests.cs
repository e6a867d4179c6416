using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Catalogus.Import;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Catalogus.Import;

public abstract class CatalogusExportTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<byte[]> ExporteerAsync(string regio)
    {
        await using var db = NieuweContext();
        using var uit = new MemoryStream();
        await CatalogusExport.WriteAsync(db, regio, uit, Ct);
        return uit.ToArray();
    }

    private async Task<CatalogusImportResultaat> ImporteerAsync(string regio, byte[] bestand)
    {
        await using var db = NieuweContext();
        return await CatalogusImport.RunAsync(db, regio, new MemoryStream(bestand), Ct);
    }

    private static string Tekst(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);

    [Fact]
    public async Task De_export_is_UTF8_met_BOM_en_de_kopregel_van_het_importformaat()
    {
        var bytes = await ExporteerAsync("lekstroom");

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes.Take(3));
        var regels = Tekst(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(";", CatalogusCsv.AlleKolommen), regels[0]);
        Assert.Contains("43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2023-08-01;;24500;2023-08-01;;", regels);
    }

    [Fact]
    public async Task Een_product_zonder_tarief_krijgt_een_regel_met_lege_tariefkolommen()
    {
        await using var db = NieuweContext();
        var regio = await TestRegio.MaakAsync(db);
        await CatalogusImport.RunAsync(db, regio, Csv.Regels("02B01;Begeleiding;wmo;02;Begeleiding;04;ib;;;;;"), Ct);

        var regels = Tekst(await ExporteerAsync(regio)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["02B01;Begeleiding;wmo;02;Begeleiding;04;ib;;;;;;"], regels[1..]);
    }

    [Fact]
    public async Task Exporteren_en_weer_importeren_verandert_niets()
    {
        await using (var db = NieuweContext())
        {
            var regio = await TestRegio.MaakAsync(db);
            var r = await CatalogusImport.RunAsync(db, regio, Csv.Regels(
                "43B11;\"Logeren; met puntkomma\";jeugd;43;Verblijf;14;ambulant;2024-01-01;2026-12-31;24500;;43A03",
                "43B11;\"Logeren; met puntkomma\";jeugd;43;Verblijf;14;ambulant;2024-01-01;2026-12-31;25000;2025-01-01;43A03",
                "02B01;\"Begeleiding \"\"licht\"\"\";wmo;02;Begeleiding;04;ib;;;;;"), Ct);
            Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
            await RondgangAsync(regio);
        }
    }

    [Fact]
    public async Task Rondgang_met_de_demo_catalogus_van_Lekstroom()
    {
        await RondgangAsync("lekstroom");
    }

    [Fact]
    public async Task De_export_van_Lekstroom_in_een_lege_regio_geeft_dezelfde_export()
    {
        string nieuw;
        await using (var db = NieuweContext())
        {
            // A region with Lekstroom's segment codes, so the exported segment column resolves.
            nieuw = $"kopie-{Guid.NewGuid():N}"[..20];
            var segmenten = await db.Segmenten.AsNoTracking().Where(s => s.Regio!.Code == "lekstroom").ToListAsync(Ct);
            db.Regios.Add(new Regio
            {
                Code = nieuw,
                Naam = "Kopie van Lekstroom",
                Segmenten = segmenten.Select(s => new Segment { Domein = s.Domein, Code = s.Code, Naam = s.Naam }).ToList(),
            });
            await db.SaveChangesAsync(Ct);
        }

        var export = await ExporteerAsync("lekstroom");
        var r = await ImporteerAsync(nieuw, export);

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal(6, r.ProductenNieuw);
        Assert.Equal(Tekst(export), Tekst(await ExporteerAsync(nieuw)));
    }

    [Fact]
    public async Task Een_tarief_met_einddatum_houdt_zijn_einddatum_via_export_en_import()
    {
        string bron, doel;
        await using (var db = NieuweContext())
        {
            bron = await TestRegio.MaakAsync(db);
            doel = await TestRegio.MaakAsync(db);
            var r = await CatalogusImport.RunAsync(db, bron, Csv.Regels(
                "43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2024-01-01;;24500;2024-01-01;"), Ct);
            Assert.True(r.Gelukt);
            var tarief = await db.Tarieven.SingleAsync(t => t.Product!.Regio!.Code == bron, Ct);
            tarief.GeldigTot = new DateOnly(2024, 6, 30);
            await db.SaveChangesAsync(Ct);
        }

        var import = await ImporteerAsync(doel, await ExporteerAsync(bron));

        Assert.True(import.Gelukt, string.Join("\n", import.Meldingen));
        await using (var db = NieuweContext())
        {
            var tarief = await db.Tarieven.SingleAsync(t => t.Product!.Regio!.Code == doel, Ct);
            Assert.Equal((new DateOnly(2024, 1, 1), (DateOnly?)new DateOnly(2024, 6, 30)), (tarief.GeldigVan, tarief.GeldigTot));
        }
    }

    /// <summary>Export, import the export into the same region, and check that neither the data nor the export changed.</summary>
    private async Task RondgangAsync(string regio)
    {
        List<string> voor;
        await using (var db = NieuweContext())
        {
            voor = await RegioInhoud.LeesAsync(db, regio);
        }

        var export = await ExporteerAsync(regio);
        var r = await ImporteerAsync(regio, export);

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal((0, 0, 0, 0), (r.ProductenNieuw, r.ProductenBijgewerkt, r.TarievenNieuw, r.TarievenBijgewerkt));
        await using (var db = NieuweContext())
        {
            Assert.Equal(voor, await RegioInhoud.LeesAsync(db, regio));
        }

        Assert.Equal(Tekst(export), Tekst(await ExporteerAsync(regio)));
    }
}

public sealed class CatalogusExportTestsSqlite(SqliteTestDatabase database) : CatalogusExportTests<SqliteTestDatabase>(database);

public sealed class CatalogusExportTestsPostgres(PostgresTestDatabase database) : CatalogusExportTests<PostgresTestDatabase>(database);
