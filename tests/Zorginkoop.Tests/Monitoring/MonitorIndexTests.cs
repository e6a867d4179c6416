using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Monitoring;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Monitoring;

/// <summary>
/// The monitor's in-memory index follows the database: a later import is counted at the next query, the catalogue's
/// groups apply as they are now, and filters that match nothing give zeros. Each test uses a year of its own (20xx)
/// in Houten (0321), so the class's shared database does not mix their lines.
/// </summary>
public abstract class MonitorIndexTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task ImporteerAsync(string naam, params string[] regels)
    {
        await using var db = NieuweContext();
        await CsvImport.ImporteerAsync(db, naam, regels);
    }

    private async Task<MonitorUitkomst> MonitorAsync(int jaar, string? gemeente = "0321", string? agb = null)
    {
        await using var db = NieuweContext();
        return await Zorgmonitor.BerekenAsync(db, new MonitorFilter(new MonitorPeriode(new(jaar, 1, 1), new(jaar, 12, 31)), gemeente, agb), Ct);
    }

    [Fact]
    public async Task Een_periode_zonder_regels_geeft_nullen()
    {
        var m = await MonitorAsync(2001);

        Assert.Empty(m.Groepen);
        Assert.Empty(m.Domeinen);
        Assert.Equal(new MonitorCijfers(0, 0, 0), m.Totaal);
    }

    [Fact]
    public async Task Een_latere_import_telt_bij_de_volgende_vraag_mee()
    {
        // 43B11 (Logeren, Verblijf) of Lekstroom, valid from August 2023.
        await ImporteerAsync("eerste.csv", "91;999900018;0321;98000001;43B11;2024-02-01;2024-02-29;10;etmaal;245000");
        var voor = await MonitorAsync(2024);

        await ImporteerAsync("tweede.csv",
            "91;999900018;0321;98000001;43B11;2024-03-01;2024-03-31;10;etmaal;245000",
            "92;999900031;0321;98000002;43B11;2024-03-01;2024-03-31;5;etmaal;122500");
        var na = await MonitorAsync(2024);

        Assert.Equal(new MonitorCijfers(1, 1, 245000), voor.Totaal);
        // Traject 91 twice, but one traject and one client; traject 92 is a second of both.
        Assert.Equal(new MonitorCijfers(2, 2, 612500), na.Totaal);
        Assert.Equal(new MonitorCijfers(1, 1, 122500), (await MonitorAsync(2024, agb: "98000002")).Totaal);
        Assert.Equal(new MonitorCijfers(0, 0, 0), (await MonitorAsync(2024, agb: "11111111")).Totaal);
        Assert.Equal(new MonitorCijfers(0, 0, 0), (await MonitorAsync(2024, gemeente: "0363")).Totaal);
    }

    [Fact]
    public async Task Een_product_dat_van_monitorgroep_wisselt_telt_meteen_in_de_nieuwe_groep()
    {
        await ImporteerAsync("groep.csv", "93;999900043;0321;98000003;50B32;2025-05-01;2025-05-31;4;dagdeel;39400");
        Assert.Equal("Behandeling", Assert.Single((await MonitorAsync(2025)).Groepen).Monitorgroep);

        await using (var db = NieuweContext())
        {
            var p = await db.Producten.SingleAsync(x => x.Code == "50B32" && x.Regio!.Code == "lekstroom", Ct);
            p.Monitorgroep = "Dagbehandeling";
            await db.SaveChangesAsync(Ct);
        }

        var na = Assert.Single((await MonitorAsync(2025)).Groepen);
        Assert.Equal((Domein.Jeugd, "Dagbehandeling", 39400L), (na.Domein, na.Monitorgroep, na.Cijfers.KostenCent));
    }

    [Fact]
    public async Task De_indeling_per_maand_en_kwartaal_telt_uit_dezelfde_regels()
    {
        await ImporteerAsync("maanden.csv",
            "94;999900055;0321;98000004;43B11;2026-01-10;2026-01-31;3;etmaal;73500",
            "94;999900055;0321;98000004;43B11;2026-02-01;2026-02-28;3;etmaal;73500",
            "95;999900067;0321;98000004;43B11;2026-04-01;2026-04-30;3;etmaal;73500");
        await using var db = NieuweContext();
        var filter = new MonitorFilter(new MonitorPeriode(new(2026, 1, 1), new(2026, 12, 31)), "0321");

        var maanden = await Zorgmonitor.BerekenPerAsync(db, filter, MonitorIndeling.Maand, Ct);
        var kwartalen = await Zorgmonitor.BerekenPerAsync(db, filter, MonitorIndeling.Kwartaal, Ct);

        Assert.Equal(["2026-01", "2026-02", "2026-04"], maanden.Select(m => m.Sleutel));
        Assert.Equal([("2026Q1", 1, 147000L), ("2026Q2", 1, 73500L)], kwartalen.Select(k => (k.Sleutel, k.Cijfers.Trajecten, k.Cijfers.KostenCent)));
        // A period that starts mid-month counts only the lines from that day.
        var vanaf = await Zorgmonitor.BerekenAsync(db, filter with { Periode = new MonitorPeriode(new(2026, 1, 11), new(2026, 2, 28)) }, Ct);
        Assert.Equal(73500L, vanaf.Totaal.KostenCent);
    }

    [Fact]
    public async Task Een_regiofilter_telt_alleen_de_regels_van_haar_gemeenten()
    {
        // Nieuwegein (0356) in 2027, Houten (0321) in 2028: a region of Nieuwegein alone opens on 2027.
        await ImporteerAsync("regio.csv",
            "96;999900079;0356;98000005;43B11;2027-03-01;2027-03-31;2;etmaal;49000",
            "97;999900080;0321;98000005;43B11;2027-03-01;2027-03-31;1;etmaal;24500",
            "98;999900092;0321;98000005;43B11;2028-01-01;2028-01-31;1;etmaal;24500");
        await using var db = NieuweContext();
        var jaar = new MonitorPeriode(new(2027, 1, 1), new(2027, 12, 31));

        var nieuwegein = await Zorgmonitor.BerekenAsync(db, new MonitorFilter(jaar, Gemeenten: ["0356"]), Ct);
        var beide = await Zorgmonitor.BerekenAsync(db, new MonitorFilter(jaar, Gemeenten: ["0356", "0321"]), Ct);
        var buiten = await Zorgmonitor.BerekenAsync(db, new MonitorFilter(jaar, Gemeente: "0321", Gemeenten: ["0356"]), Ct);
        var perGemeente = await Zorgmonitor.BerekenPerAsync(db, new MonitorFilter(jaar, Gemeenten: ["0356"]), MonitorIndeling.Gemeente, Ct);

        Assert.Equal(new MonitorCijfers(1, 1, 49000), nieuwegein.Totaal);
        Assert.Equal(new MonitorCijfers(2, 2, 73500), beide.Totaal);
        // A municipality outside the region's is no part of the filter: nothing, not its own figures.
        Assert.Equal(new MonitorCijfers(0, 0, 0), buiten.Totaal);
        Assert.Equal(["0356"], perGemeente.Select(r => r.Sleutel));
        Assert.Equal(2027, await Zorgmonitor.LaatsteJaarAsync(db, ["0356"], Ct));
        Assert.Equal(2028, await Zorgmonitor.LaatsteJaarAsync(db, ["0356", "0321"], Ct));
        Assert.Null(await Zorgmonitor.LaatsteJaarAsync(db, ["0363"], Ct));
    }
}

public sealed class MonitorIndexTestsSqlite(SqliteTestDatabase database) : MonitorIndexTests<SqliteTestDatabase>(database);

public sealed class MonitorIndexTestsPostgres(PostgresTestDatabase database) : MonitorIndexTests<PostgresTestDatabase>(database);
