using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Monitoring;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Catalogus;

/// <summary>
/// The catalogue's use cases: each loads, checks and saves on its own, and a refusal carries a stable code and the
/// field, and leaves the database (and the context the page shares) exactly as it was.
/// </summary>
public abstract class CatalogusOpslaanTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static ProductOpslaan.Gegevens Product(string code, DateOnly van, DateOnly? tot = null) =>
        new(code, "Ambulante begeleiding", "jeugd", "43", "Ambulant", "14", null, van, tot, null);

    private async Task<(string Regio, int ProductId)> ProductAsync()
    {
        await using var db = NieuweContext();
        var regio = await TestRegio.MaakAsync(db);
        var product = await ProductOpslaan.HandleAsync(db, regio, null, Product("45A01", new DateOnly(2024, 1, 1)), Ct);
        Assert.True(product.Gelukt, string.Join(" ", product.Weigeringen.Select(w => w.Tekst)));
        return (regio, product.Waarde!.Id);
    }

    [Fact]
    public async Task Een_negatief_tarief_wordt_geweigerd_op_het_bedrag_en_er_verandert_niets()
    {
        var (regio, productId) = await ProductAsync();
        await using var db = NieuweContext();

        var uitkomst = await TariefOpslaan.HandleAsync(db, regio, productId, null, new("-1,00", new DateOnly(2024, 1, 1), null), Ct);

        var w = Assert.Single(uitkomst.Weigeringen);
        Assert.Equal(("tarief.negatief", "Bedrag", "Een tarief kan niet negatief zijn."), (w.Code, w.Veld, w.Tekst));
        await using var lezen = NieuweContext();
        Assert.Empty(await lezen.Tarieven.Where(t => t.ProductId == productId).ToListAsync(Ct));
    }

    [Fact]
    public async Task Een_gewijzigd_tarief_dat_een_ander_overlapt_blijft_zoals_het_was()
    {
        var (regio, productId) = await ProductAsync();
        await using (var db = NieuweContext())
        {
            Assert.True((await TariefOpslaan.HandleAsync(db, regio, productId, null, new("100,00", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), Ct)).Gelukt);
            Assert.True((await TariefOpslaan.HandleAsync(db, regio, productId, null, new("110,00", new DateOnly(2025, 1, 1), null), Ct)).Gelukt);
        }

        await using var wijzigen = NieuweContext();
        var tweede = await wijzigen.Tarieven.Where(t => t.ProductId == productId).OrderBy(t => t.GeldigVan).Select(t => t.Id).LastAsync(Ct);
        var uitkomst = await TariefOpslaan.HandleAsync(wijzigen, regio, productId, tweede, new("120,00", new DateOnly(2024, 6, 1), null), Ct);

        Assert.Equal(["tarief.periode-overlapt"], uitkomst.Weigeringen.Select(w => w.Code));
        Assert.False(wijzigen.ChangeTracker.HasChanges());
        await using var lezen = NieuweContext();
        var opgeslagen = await lezen.Tarieven.SingleAsync(t => t.Id == tweede, Ct);
        Assert.Equal((11000L, new DateOnly(2025, 1, 1)), (opgeslagen.BedragCent, opgeslagen.GeldigVan));
    }

    [Fact]
    public async Task Een_geweigerd_product_laat_de_gedeelde_context_schoon()
    {
        var (regio, productId) = await ProductAsync();
        await using var db = NieuweContext();

        var uitkomst = await ProductOpslaan.HandleAsync(db, regio, productId, Product("43-B11", new DateOnly(2024, 1, 1)) with { Naam = " " }, Ct);

        Assert.Equal(["product.code-ongeldig", "product.naam-ontbreekt"], uitkomst.Weigeringen.Select(w => w.Code).Order());
        // A page that saves anything else in this request must not save the refused product by accident.
        Assert.False(db.ChangeTracker.HasChanges());
        Assert.Equal("45A01", (await db.Producten.SingleAsync(p => p.Id == productId, Ct)).Code);
    }

    [Fact]
    public async Task Een_segmentcode_die_de_regio_al_heeft_wordt_geweigerd()
    {
        await using var db = NieuweContext();
        var regio = await TestRegio.MaakAsync(db);

        var uitkomst = await SegmentOpslaan.HandleAsync(db, regio, null, new("ambulant", "Nog eens ambulant", "jeugd", null), Ct);

        var w = Assert.Single(uitkomst.Weigeringen);
        Assert.Equal(("segment.code-bestaat", "Code"), (w.Code, w.Veld));
        Assert.Equal(2, await db.Segmenten.CountAsync(s => s.Regio!.Code == regio, Ct));
    }

    [Theory]
    [InlineData("nieuwe-regio")]
    [InlineData("alle")]
    public async Task Een_gereserveerde_regiocode_wordt_geweigerd(string code)
    {
        // /catalogus/nieuwe-regio is a page and /monitor?regio=alle every region: no region may take either code.
        await using var db = NieuweContext();

        var uitkomst = await RegioOpslaan.HandleAsync(db, null, new(code, "Gereserveerd", ["0321"]), Ct);

        Assert.Equal("regio.code-gereserveerd", Assert.Single(uitkomst.Weigeringen).Code);
        Assert.False(await db.Regios.AnyAsync(r => r.Code == code, Ct));
    }

    [Fact]
    public async Task Een_budget_wordt_helemaal_of_helemaal_niet_vastgesteld()
    {
        await using var db = NieuweContext();
        var regio = await TestRegio.MaakAsync(db);
        Assert.True((await BudgetVaststellen.HandleAsync(db, regio, 2025, [new(Domein.Jeugd, "Ambulant", "1.000.000"), new(Domein.Wmo, "Begeleiding", "500.000")], Ct)).Gelukt);

        var fout = await BudgetVaststellen.HandleAsync(db, regio, 2025,
            [new(Domein.Jeugd, "Ambulant", ""), new(Domein.Wmo, "Begeleiding", "veel")], Ct);

        var w = Assert.Single(fout.Weigeringen);
        Assert.Equal(("budget.bedrag-ongeldig", "wmo|Begeleiding"), (w.Code, w.Veld));
        await using var lezen = NieuweContext();
        Assert.Equal([100_000_000L, 50_000_000L], await lezen.Budgetten.Where(b => b.Jaar == 2025 && lezen.Regios.Any(r => r.Id == b.RegioId && r.Code == regio))
            .OrderBy(b => b.Domein).Select(b => b.BedragCent).ToListAsync(Ct));

        Assert.True((await BudgetVaststellen.HandleAsync(db, regio, 2025, [new(Domein.Jeugd, "Ambulant", ""), new(Domein.Wmo, "Begeleiding", "600.000")], Ct)).Gelukt);
        await using var daarna = NieuweContext();
        Assert.Equal([60_000_000L], await daarna.Budgetten.Where(b => b.Jaar == 2025 && daarna.Regios.Any(r => r.Id == b.RegioId && r.Code == regio))
            .Select(b => b.BedragCent).ToListAsync(Ct));
    }
}

public sealed class CatalogusOpslaanTestsSqlite(SqliteTestDatabase database) : CatalogusOpslaanTests<SqliteTestDatabase>(database);

public sealed class CatalogusOpslaanTestsPostgres(PostgresTestDatabase database) : CatalogusOpslaanTests<PostgresTestDatabase>(database);
