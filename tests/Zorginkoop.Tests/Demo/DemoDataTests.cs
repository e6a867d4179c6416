using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Demo;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Demo;

public abstract class DemoDataTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<(int Regios, int Segmenten, int Producten, int Tarieven, int Aanbieders, int Aanbestedingen, int Gegund)> TelAsync()
    {
        await using var db = NieuweContext();
        return (await db.Regios.CountAsync(Ct), await db.Segmenten.CountAsync(Ct), await db.Producten.CountAsync(Ct),
            await db.Tarieven.CountAsync(Ct), await db.Zorgaanbieders.CountAsync(Ct), await db.Aanbestedingen.CountAsync(Ct),
            await db.Raamovereenkomsten.CountAsync(c => c.Herkomst == Zorginkoop.Contracten.ContractHerkomst.Gunning, Ct));
    }

    [Fact]
    public async Task Tweede_keer_laden_voegt_niets_toe()
    {
        var voor = await TelAsync();

        await using (var db = NieuweContext())
        {
            Assert.Equal(0, await DemoData.LoadAsync(db, Database.Opslag, Ct));
        }

        Assert.Equal(voor, await TelAsync());
        // The first run (in the fixture) did add: segments, products, providers, procedures and the awarded contracts
        // (an Open House admission is part of its procedure). The trajectory counts as one.
        Assert.Equal(voor.Segmenten + voor.Producten + voor.Aanbieders + voor.Aanbestedingen + voor.Gegund + 1, Database.DemoDataEersteKeer);
    }

    [Fact]
    public async Task Er_zijn_33_gegunde_zorgaanbieders_en_de_leden_van_de_Combinatie_met_geldige_nummers()
    {
        await using var db = NieuweContext();

        var aanbieders = await db.Zorgaanbieders.AsNoTracking().ToListAsync(Ct);

        Assert.Equal(33 + DemoContracten.CombinatieLeden.Count, aanbieders.Count);
        Assert.All(aanbieders, z => Assert.Empty(ZorgaanbiederRegels.Valideer(z)));
        Assert.All(aanbieders, z => Assert.True(z.IsDemo));
        Assert.Equal(aanbieders.Count, aanbieders.Select(z => z.KvkNummer).Distinct().Count());
    }

    [Fact]
    public async Task De_contracten_uit_de_bronnen_staan_in_het_register()
    {
        await using var db = NieuweContext();
        var vandaag = new DateOnly(2026, 11, 24);

        var wmoIb = await Zorginkoop.Contracten.Raamovereenkomsten.ZoekAsync(db, new(AanbestedingId: await db.Aanbestedingen.Where(a => a.Naam == "Wmo Individuele Begeleiding regio Lekstroom").Select(a => a.Id).SingleAsync(Ct)), vandaag, Ct);
        var gezinsvormen = await db.Raamovereenkomsten.Include(c => c.Leden).ThenInclude(l => l.Zorgaanbieder).Include(c => c.Zorgaanbieder)
            .SingleAsync(c => c.Aanbesteding!.Naam == "Gezinsvormen", Ct);
        var openHouse = await db.Aanbestedingen.SingleAsync(a => a.Naam == DemoContracten.OpenHouseNaam, Ct);
        var toegelaten = await db.Raamovereenkomsten.Where(c => c.AanbestedingId == openHouse.Id).Select(c => c.ZorgaanbiederId).Distinct().CountAsync(Ct);
        var wachtend = await db.Toelatingsaanvragen.CountAsync(t => t.AanbestedingId == openHouse.Id && t.Status == Zorginkoop.Contracten.AanvraagStatus.Ingediend, Ct);

        Assert.Equal(DemoData.GegundeAanbiedersWmoIb.Order(), wmoIb.Select(r => r.Contract.Zorgaanbieder!.Naam).Order());
        Assert.All(wmoIb, r => Assert.Equal((new DateOnly(2022, 10, 1), new DateOnly(2027, 9, 30), Zorginkoop.Contracten.ContractStatus.Verlengd), (r.Contract.Start, r.LaatsteDag, r.Status)));
        Assert.Equal(("Stichting Timon", DemoContracten.Combinatie, new DateOnly(2023, 7, 1)), (gezinsvormen.Zorgaanbieder!.Naam, gezinsvormen.Consortium, gezinsvormen.Start));
        Assert.Equal(DemoContracten.CombinatieLeden.Order(), gezinsvormen.Leden.Select(l => l.Zorgaanbieder!.Naam).Order());
        Assert.Equal((5, 1), (toegelaten, wachtend));
    }

    [Fact]
    public async Task Lekstroom_heeft_vijf_gemeenten_en_zijn_segmenten()
    {
        await using var db = NieuweContext();

        var lekstroom = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).Include(r => r.Segmenten)
            .SingleAsync(r => r.Code == "lekstroom", Ct);

        Assert.Equal(["Houten", "IJsselstein", "Lopik", "Nieuwegein", "Vijfheerenlanden"], lekstroom.Gemeenten.Select(g => g.Naam).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["ambulant", "crisis", "forensisch", "gezinsvormen", "individuele-begeleiding", "onderwijstijd"],
            lekstroom.Segmenten.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.Equal(Domein.Wmo, lekstroom.Segmenten.Single(s => s.Code == "individuele-begeleiding").Domein);
    }

    [Theory]
    [InlineData("43B11", "Logeren", "ambulant")]
    [InlineData("50B32", "Schoolvervangende (dag)behandeling groep", "onderwijstijd")]
    public async Task De_heropende_producten_van_Lekstroom_bestaan_met_tarief(string code, string naam, string segment)
    {
        await using var db = NieuweContext();

        var product = await db.Producten.AsNoTracking().Include(p => p.Tarieven).Include(p => p.Segment)
            .SingleAsync(p => p.Regio!.Code == "lekstroom" && p.Code == code, Ct);

        Assert.Equal(naam, product.Naam);
        Assert.Equal(Domein.Jeugd, product.Domein);
        Assert.Equal(segment, product.Segment?.Code);
        Assert.NotNull(product.TariefOp(new DateOnly(2024, 1, 1)));
    }

    [Theory]
    [InlineData("lekstroom")]
    [InlineData("utrecht-west")]
    public async Task Alle_demoproducten_voldoen_aan_de_productregels(string regio)
    {
        await using var db = NieuweContext();
        var referentie = await CatalogusReferentie.LoadAsync(db, regio, volgen: false, Ct);

        Assert.NotNull(referentie);
        Assert.NotEmpty(referentie.Producten);
        Assert.All(referentie.Producten, p => Assert.Empty(ProductRegels.Valideer(p, referentie)));
        Assert.All(referentie.Producten.SelectMany(p => p.Tarieven.Select(t => (p, t))),
            x => Assert.Empty(TariefRegels.Valideer(x.t, x.p, x.p.Tarieven)));
    }
}

public sealed class DemoDataTestsSqlite(SqliteTestDatabase database) : DemoDataTests<SqliteTestDatabase>(database);

public sealed class DemoDataTestsPostgres(PostgresTestDatabase database) : DemoDataTests<PostgresTestDatabase>(database);
