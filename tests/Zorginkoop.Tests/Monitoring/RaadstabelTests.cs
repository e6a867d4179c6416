using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Catalogus;
using Zorginkoop.Demo;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Monitoring;

/// <summary>The monitor reproduces the council's 2018 table of Woerden (domain.md) to the euro, from CSV.</summary>
public abstract class RaadstabelTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly MonitorFilter Woerden2018 = new(new MonitorPeriode(new(2018, 1, 1), new(2018, 12, 31)), Gemeente: "0632");

    private async Task<MonitorUitkomst> ImporteerEnMeetAsync(MonitorFilter filter)
    {
        await using (var db = NieuweContext())
        {
            if (!await db.Zorgdata.Zorgregels.AnyAsync(Ct))
            {
                var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), new FakeTimeProvider(new DateTimeOffset(2019, 11, 1, 9, 0, 0, TimeSpan.Zero)));
                using var csv = new MemoryStream(Encoding.UTF8.GetBytes(Raadstabel2018.Csv()));
                var r = await import.RunAsync(csv, "raadstabel-2018.csv", "test", ct: Ct);
                Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
            }
        }

        await using var meet = NieuweContext();
        return await Zorgmonitor.BerekenAsync(meet, filter, Ct);
    }

    [Fact]
    public async Task Elke_groep_van_de_raadstabel_klopt_tot_op_de_euro()
    {
        var u = await ImporteerEnMeetAsync(Woerden2018);

        var verwacht = Raadstabel2018.Groepen.Select(g => (g.Domein, g.Naam, g.Trajecten, g.Clienten, g.KostenCent)).OrderBy(x => x.Domein).ThenBy(x => x.Naam, StringComparer.Ordinal);
        var gemeten = u.Groepen.Select(g => (g.Domein, g.Monitorgroep, g.Cijfers.Trajecten, g.Cijfers.UniekeClienten, g.Cijfers.KostenCent));
        Assert.Equal(verwacht, gemeten);
        Assert.Equal("€ 1.188.723", NlFormat.Bedrag(u.Groepen.Single(g => g.Monitorgroep == "Verblijf").Cijfers.KostenCent));
        Assert.Equal("€ 1.308.422", NlFormat.Bedrag(u.Groepen.Single(g => g.Monitorgroep == "Begeleiding groep").Cijfers.KostenCent));
    }

    [Fact]
    public async Task Domeintotalen_en_totaal_worden_uit_de_regels_geteld_niet_opgeteld()
    {
        var u = await ImporteerEnMeetAsync(Woerden2018);

        Assert.Equal(new MonitorCijfers(1781, 1085, 575_242_000), u.Domeinen.Single(d => d.Domein == Domein.Jeugd).Cijfers);
        Assert.Equal(new MonitorCijfers(1153, 567, 297_971_500), u.Domeinen.Single(d => d.Domein == Domein.Wmo).Cijfers);
        Assert.Equal(new MonitorCijfers(2934, 1652, 873_213_500), u.Totaal);
        // Clients do not add up over groups: the groups count 1.457 Jeugd clients, the domain 1.085.
        Assert.Equal(1457, u.Groepen.Where(g => g.Domein == Domein.Jeugd).Sum(g => g.Cijfers.UniekeClienten));
    }

    [Fact]
    public async Task Wmo_groepen_tellen_op_tot_2979716_terwijl_het_totaal_2979715_is()
    {
        var u = await ImporteerEnMeetAsync(Woerden2018);

        var wmo = u.Groepen.Where(g => g.Domein == Domein.Wmo).ToList();
        var somVanAfgerond = wmo.Sum(g => Math.Round(g.Cijfers.KostenCent / 100m, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(2_979_716m, somVanAfgerond);
        Assert.Equal("€ 2.979.715", NlFormat.Bedrag(u.Domeinen.Single(d => d.Domein == Domein.Wmo).Cijfers.KostenCent));
    }

    [Fact]
    public async Task De_json_heeft_de_afgesproken_vorm()
    {
        var u = await ImporteerEnMeetAsync(Woerden2018);

        var json = MonitorJson.Serialize(u);
        Assert.StartsWith("{\"periode\":{\"van\":\"2018-01-01\",\"totEnMet\":\"2018-12-31\"},\"groepen\":[", json, StringComparison.Ordinal);
        Assert.Contains("{\"domein\":\"jeugd\",\"monitorgroep\":\"Verblijf\",\"trajecten\":112,\"uniekeClienten\":89,\"kostenCent\":118872300}", json, StringComparison.Ordinal);
        Assert.Contains("\"domeinen\":[{\"domein\":\"jeugd\",\"trajecten\":1781,\"uniekeClienten\":1085,\"kostenCent\":575242000}", json, StringComparison.Ordinal);
        Assert.EndsWith("\"totaal\":{\"trajecten\":2934,\"uniekeClienten\":1652,\"kostenCent\":873213500}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Andere_jaren_en_gemeenten_vallen_buiten_de_tabel_maar_tellen_zonder_filter_mee()
    {
        var zonderGemeente = await ImporteerEnMeetAsync(Woerden2018 with { Gemeente = null });
        var december2017 = await ImporteerEnMeetAsync(new MonitorFilter(new MonitorPeriode(new(2017, 12, 1), new(2017, 12, 31))));

        // Montfoort adds one traject, one client and € 900 in 2018.
        Assert.Equal(new MonitorCijfers(2935, 1653, 873_303_500), zonderGemeente.Totaal);
        Assert.Equal(new MonitorCijfers(1, 1, 50_000), december2017.Totaal);
    }

    [Fact]
    public async Task Per_aanbieder_filtert_de_monitor_op_agb_code()
    {
        var alles = await ImporteerEnMeetAsync(Woerden2018);
        var een = await ImporteerEnMeetAsync(Woerden2018 with { AgbCode = "98000001" });

        Assert.InRange(een.Totaal.Trajecten, 1, alles.Totaal.Trajecten / 10);
        Assert.True(een.Totaal.KostenCent < alles.Totaal.KostenCent);
    }
}

public sealed class RaadstabelTestsSqlite(SqliteTestDatabase database) : RaadstabelTests<SqliteTestDatabase>(database)
{
    [Fact]
    public async Task Dezelfde_tabel_komt_uit_jw323_en_wmo323_berichten()
    {
        // A database of its own: the same care as claim messages instead of CSV.
        await using var eigen = new SqliteTestDatabase();
        await eigen.InitializeAsync();
        var berichten = Raadstabel2018Berichten.Maak().ToList();
        foreach (var (naam, xml) in berichten)
        {
            await using var db = eigen.NieuweContext();
            var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), new FakeTimeProvider());
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            var r = await import.RunAsync(stream, naam, "test", ct: Ct);
            Assert.True(r.Gelukt, naam + ": " + string.Join("\n", r.Meldingen));
        }

        await using var meet = eigen.NieuweContext();
        var u = await Zorgmonitor.BerekenAsync(meet, new MonitorFilter(new MonitorPeriode(new(2018, 1, 1), new(2018, 12, 31)), Gemeente: "0632"), Ct);
        Assert.Contains(berichten, b => b.Naam.StartsWith("wmo323", StringComparison.Ordinal));
        Assert.Equal(
            Raadstabel2018.Groepen.Select(g => (g.Domein, g.Naam, g.Trajecten, g.Clienten, g.KostenCent)).OrderBy(x => x.Domein).ThenBy(x => x.Naam, StringComparer.Ordinal),
            u.Groepen.Select(g => (g.Domein, g.Monitorgroep, g.Cijfers.Trajecten, g.Cijfers.UniekeClienten, g.Cijfers.KostenCent)));
        Assert.Equal(new MonitorCijfers(2934, 1652, 873_213_500), u.Totaal);
        await eigen.DisposeAsync();
    }
}

public sealed class RaadstabelTestsPostgres(PostgresTestDatabase database) : RaadstabelTests<PostgresTestDatabase>(database);
