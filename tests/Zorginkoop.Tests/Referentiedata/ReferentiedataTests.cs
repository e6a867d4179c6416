using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Referentiedata;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Referentiedata;

public abstract class ReferentiedataTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Alle_342_gemeenten_zijn_geladen()
    {
        await using var db = NieuweContext();

        var gemeenten = await db.Gemeenten.AsNoTracking().ToListAsync(Ct);

        Assert.Equal(342, gemeenten.Count);
        Assert.All(gemeenten, g => Assert.Matches("^[0-9]{4}$", g.Code));
        Assert.Equal("Nieuwegein", gemeenten.Single(g => g.Code == "0356").Naam);
    }

    [Fact]
    public async Task De_productcategorieen_per_domein_zijn_geladen()
    {
        await using var db = NieuweContext();

        var categorieen = await db.ProductCategorieen.AsNoTracking().ToListAsync(Ct);
        var jeugd = categorieen.Where(c => c.Domein == Domein.Jeugd).Select(c => c.Code).ToList();
        var wmo = categorieen.Where(c => c.Domein == Domein.Wmo).Select(c => c.Code).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("43", jeugd);
        Assert.Contains("50", jeugd);
        Assert.DoesNotContain("02", jeugd);
        Assert.Equal(Enumerable.Range(1, 18).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), wmo);
    }

    [Fact]
    public async Task De_eenheden_van_WJ756_hebben_een_korte_naam()
    {
        await using var db = NieuweContext();

        var eenheden = await db.Eenheden.AsNoTracking().OrderBy(e => e.Code).ToListAsync(Ct);

        Assert.Equal(["01", "04", "14", "16", "82", "83", "84"], eenheden.Select(e => e.Code));
        Assert.Equal(["minuut", "uur", "etmaal", "dagdeel", "stuks", "euro", "stuks inspanning"], eenheden.Select(e => e.Naam));
        Assert.Equal("Dagdeel (4 uur)", eenheden.Single(e => e.Code == "16").Omschrijving);
    }

    [Fact]
    public async Task Opnieuw_laden_voegt_niets_toe_en_herstelt_gewijzigde_namen()
    {
        await using (var db = NieuweContext())
        {
            var houten = await db.Gemeenten.SingleAsync(g => g.Code == "0321", Ct);
            houten.Naam = "Verkeerd";
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = NieuweContext())
        {
            await ReferentiedataLoader.LoadAsync(db, Ct);
            await ReferentiedataLoader.LoadAsync(db, Ct);
        }

        await using var controle = NieuweContext();
        Assert.Equal(342, await controle.Gemeenten.CountAsync(Ct));
        Assert.Equal(24 + 18, await controle.ProductCategorieen.CountAsync(Ct));
        Assert.Equal(7, await controle.Eenheden.CountAsync(Ct));
        Assert.Equal("Houten", (await controle.Gemeenten.SingleAsync(g => g.Code == "0321", Ct)).Naam);
    }
}

public sealed class ReferentiedataTestsSqlite(SqliteTestDatabase database) : ReferentiedataTests<SqliteTestDatabase>(database);

public sealed class ReferentiedataTestsPostgres(PostgresTestDatabase database) : ReferentiedataTests<PostgresTestDatabase>(database);
