using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Contracten;
using Zorginkoop.Demo;
using Zorginkoop.Formatting;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Tests.Inschrijvingen;

namespace Zorginkoop.Tests.Gunning;

/// <summary>
/// The Wmo Individuele Begeleiding story of the first source, from opened bids to running contracts: 33 providers and
/// one that fails the UEA bid on quality (fixed tariffs, no maximum), two assessors score blind, consensus, quality
/// final, provisional award to all 33 with letters at one moment, standstill, final award, 33 contracts that run.
/// </summary>
public abstract class WmoIbVerhaalTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Van_geopende_inschrijvingen_tot_33_lopende_contracten()
    {
        await using var db = NieuweContext();
        var o = await Oefening.MaakAsync(db, Database.Map.Pad, Ct, async a =>
        {
            a.Verlengingsopties = "2 × 1 jaar";
            Assert.Null(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Eis, "UEA: geen uitsluitingsgronden", null, 0, 1, null), Ct));
            Assert.Null(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Kwaliteit, "Plan van aanpak", null, 100, 10, null), Ct));
        });
        var criteria = await Criteria.VanAsync(db, o.AanbestedingId, Ct);
        var uea = criteria.Single(c => c.Soort == CriteriumSoort.Eis);
        var plan = criteria.Single(c => c.Soort == CriteriumSoort.Kwaliteit);
        var namen = DemoData.GegundeAanbiedersWmoIb.Append(DemoContracten.CombinatieLeden[0]).ToList();
        var aanbieders = await db.Zorgaanbieders.Where(z => namen.Contains(z.Naam)).ToDictionaryAsync(z => z.Id, z => z.Naam, Ct);
        Assert.Equal(34, aanbieders.Count);
        var a = await o.AanbestedingAsync(db, Ct);
        foreach (var id in aanbieders.Keys)
        {
            var i = await o.CompleetConceptAsync(db, id, $"Plan van {aanbieders[id]}", Ct);
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, a, i, Guid.NewGuid(), Oefening.Voor, Ct)).Weigering);
        }

        var na = Beoordelingsoefening.Na;
        Assert.Null(await KluisOpenen.AanvragenAsync(db, a, "inkoper", na, Ct));
        Assert.Null(await KluisOpenen.BevestigenAsync(db, a, "inkoper2", na, Ct));
        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.BeoordelingStarten), "inkoper", na, Ct));
        var inschrijvingen = await db.Inschrijvingen.Where(i => i.AanbestedingId == a.Id).ToListAsync(Ct);
        foreach (var i in inschrijvingen)
        {
            var voldoet = aanbieders[i.ZorgaanbiederId] != DemoContracten.CombinatieLeden[0] ? 1 : 0;
            var score = 5 + (i.Id % 5);
            foreach (var wie in new[] { "beoordelaar", "inkoper2" })
            {
                Assert.Null(await Beoordelen.BewaarAsync(db, o.Kluis, a, i.Id, wie,
                    new Dictionary<int, Invoer> { [uea.Id] = new(voldoet, null), [plan.Id] = new(score, "Concreet en wijkgericht") }, Ct));
                Assert.Null(await Beoordelen.IndienenAsync(db, o.Kluis, a, i.Id, wie, na, Ct));
            }

            Assert.Null(await ConsensusVastleggen.HandleAsync(db, o.Kluis, a, new(i.Id, uea.Id, voldoet, voldoet == 1 ? "Verklaring aanwezig" : "Uitsluitingsgrond gemeld"), "beoordelaar", na, Ct));
            Assert.Null(await ConsensusVastleggen.HandleAsync(db, o.Kluis, a, new(i.Id, plan.Id, score, "Concreet en wijkgericht"), "beoordelaar", na, Ct));
        }

        Assert.Null(await Beoordelen.VaststellenAsync(db, o.Kluis, a, "inkoper", na, Ct));
        Assert.Null(await Gunnen.VoorlopigGunnenAsync(db, o.Kluis, a, "inkoper", na.AddHours(1), Ct));
        var besluiten = await db.Gunningsbesluiten.Where(b => b.AanbestedingId == a.Id).ToListAsync(Ct);
        Assert.Equal(33, besluiten.Count(b => b.Uitkomst == BesluitUitkomst.Gegund));
        Assert.Equal(DemoContracten.CombinatieLeden[0], aanbieders[besluiten.Single(b => b.Uitkomst == BesluitUitkomst.Uitgesloten).ZorgaanbiederId]);
        var brief = await Gunningsbrief.MaakAsync(db, a.Id, besluiten.Single(b => b.Uitkomst == BesluitUitkomst.Uitgesloten).ZorgaanbiederId, Ct);
        Assert.Equal($"Afwijzing: {a.Naam}", brief!.Titel);

        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.DefinitiefGunnen), "inkoper", a.StandstillEinde!.Value, Ct));
        var start = NlFormat.AlsAmsterdamseTijd(a.ContractStart!.Value.ToDateTime(TimeOnly.MinValue));
        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.ContractStarten), "inkoper", start, Ct));

        var register = await Raamovereenkomsten.ZoekAsync(db, new ContractFilter(AanbestedingId: a.Id), a.ContractStart.Value, Ct);
        Assert.Equal(33, register.Count);
        Assert.All(register, r => Assert.Equal((ContractStatus.Actief, 2, 12), (r.Status, r.Contract.VerlengingenMogelijk, r.Contract.VerlengingMaanden)));
        Assert.DoesNotContain(register, r => r.Contract.Zorgaanbieder!.Naam == DemoContracten.CombinatieLeden[0]);
        Assert.Equal(AanbestedingStatus.LopendContract, (await o.AanbestedingAsync(db, Ct)).Status);
    }
}

public sealed class WmoIbVerhaalTestsSqlite(SqliteTestDatabase database) : WmoIbVerhaalTests<SqliteTestDatabase>(database);

public sealed class WmoIbVerhaalTestsPostgres(PostgresTestDatabase database) : WmoIbVerhaalTests<PostgresTestDatabase>(database);
