using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Contracten;
using Zorginkoop.Gunning;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Gunning;

/// <summary>From opened bids to contracts: blind scoring, consensus, price after quality, award, standstill, objections.</summary>
public abstract class GunningTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<Beoordelingsoefening> OefeningAsync()
    {
        await using var db = NieuweContext();
        return await Beoordelingsoefening.MaakAsync(db, Database.Map.Pad, Ct);
    }

    [Fact]
    public async Task Een_beoordelaar_ziet_de_scores_van_een_ander_pas_na_het_indienen_van_de_eigen_beoordeling()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        await o.ScoorAsync(db, o.InschrijvingA, "beoordelaar", 8, Ct);
        var a = await o.AanbestedingAsync(db, Ct);
        Assert.Null(await Beoordelen.BewaarAsync(db, o.Kluis, a, o.InschrijvingA, "inkoper2",
            new Dictionary<int, Invoer> { [o.Plan.Id] = new(3, "concept") }, Ct));

        var voorIndienen = await Beoordelen.AnderenAsync(db, a.Id, o.InschrijvingA, "inkoper2", Ct);
        var eersteZiet = await Beoordelen.AnderenAsync(db, a.Id, o.InschrijvingA, "beoordelaar", Ct);
        await o.ScoorAsync(db, o.InschrijvingA, "inkoper2", 7, Ct);
        var naIndienen = await Beoordelen.AnderenAsync(db, a.Id, o.InschrijvingA, "inkoper2", Ct);

        Assert.Empty(voorIndienen);
        // The first assessor submitted, but the other's draft is never shown.
        Assert.Empty(eersteZiet);
        Assert.Equal(8, naIndienen.Single().Scores.Single(s => s.CriteriumId == o.Plan.Id).Waarde);
    }

    [Fact]
    public async Task Een_ingediende_beoordeling_ligt_vast_en_een_score_buiten_de_schaal_wordt_geweigerd()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);

        var buiten = await Beoordelen.BewaarAsync(db, o.Kluis, a, o.InschrijvingA, "beoordelaar", new Dictionary<int, Invoer> { [o.Plan.Id] = new(11, "te hoog") }, Ct);
        var onvolledig = await Beoordelen.IndienenAsync(db, o.Kluis, a, o.InschrijvingA, "beoordelaar", Beoordelingsoefening.Na, Ct);
        await o.ScoorAsync(db, o.InschrijvingA, "beoordelaar", 8, Ct);
        var wijzigen = await Beoordelen.BewaarAsync(db, o.Kluis, a, o.InschrijvingA, "beoordelaar", new Dictionary<int, Invoer> { [o.Plan.Id] = new(10, "toch hoger") }, Ct);

        Assert.Equal("'Kwaliteitsplan': de score ligt tussen 0 en 10.", buiten?.Tekst);
        Assert.Equal(("beoordeling.score-buiten-schaal", Beoordelen.Waarde), (buiten?.Code, buiten?.Veld));
        Assert.StartsWith("Nog niet gescoord: UEA zonder uitsluitingsgronden; Kwaliteitsplan", onvolledig?.Tekst, StringComparison.Ordinal);
        Assert.Equal("U heeft uw beoordeling van deze inschrijving al ingediend; zij ligt vast.", wijzigen?.Tekst);
        Assert.Equal(8, (await Beoordelen.EigenAsync(db, o.InschrijvingA, "beoordelaar", Ct))!.Scores.Single(s => s.CriteriumId == o.Plan.Id).Waarde);
    }

    [Fact]
    public async Task Consensus_vraagt_twee_ingediende_beoordelingen_en_een_motivering()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        await o.ScoorAsync(db, o.InschrijvingA, "beoordelaar", 8, Ct);
        var a = await o.AanbestedingAsync(db, Ct);

        var eenBeoordelaar = await ConsensusVastleggen.HandleAsync(db, o.Kluis, a, new(o.InschrijvingA, o.Plan.Id, 8, "eens"), "beoordelaar", Beoordelingsoefening.Na, Ct);
        await o.ScoorAsync(db, o.InschrijvingA, "inkoper2", 6, Ct);
        var buitenstaander = await ConsensusVastleggen.HandleAsync(db, o.Kluis, a, new(o.InschrijvingA, o.Plan.Id, 7, "eens"), "inkoper", Beoordelingsoefening.Na, Ct);
        var zonderMotivering = await ConsensusVastleggen.HandleAsync(db, o.Kluis, a, new(o.InschrijvingA, o.Plan.Id, 7, " "), "beoordelaar", Beoordelingsoefening.Na, Ct);

        Assert.Equal("Consensus kan pas als ten minste 2 beoordelaars hun beoordeling hebben ingediend (nu 1).", eenBeoordelaar?.Tekst);
        Assert.StartsWith("Alleen een beoordelaar die zijn eigen beoordeling", buitenstaander?.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("Motiveer de consensusscore", zonderMotivering?.Tekst, StringComparison.Ordinal);
        Assert.Equal(("beoordeling.motivering-ontbreekt", Beoordelen.Motivatie), (zonderMotivering?.Code, zonderMotivering?.Veld));
        Assert.False(await db.Consensusscores.AnyAsync(s => s.InschrijvingId == o.InschrijvingA, Ct));
    }

    [Fact]
    public async Task De_prijs_blijft_dicht_tot_de_kwaliteit_definitief_is_en_daarna_verandert_geen_score()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);

        var (_, voor) = await Gunnen.UitslagAsync(db, o.Kluis, a, Ct);
        var teVroeg = await Beoordelen.VaststellenAsync(db, o.Kluis, a, "inkoper", Beoordelingsoefening.Na, Ct);
        await o.TotDefinitieveKwaliteitAsync(db, Ct);
        var (uitslag, na) = await Gunnen.UitslagAsync(db, o.Kluis, a, Ct);
        var laat = await ConsensusVastleggen.HandleAsync(db, o.Kluis, a, new(o.InschrijvingA, o.Plan.Id, 1, "later"), "beoordelaar", Beoordelingsoefening.Na, Ct);

        Assert.StartsWith("De rangschikking volgt als de kwaliteitsscores definitief zijn", voor?.Tekst, StringComparison.Ordinal);
        Assert.Equal("Er ontbreken nog 4 consensusscores; de kwaliteit is pas definitief als elke inschrijving op elk criterium een consensusscore heeft.", teVroeg?.Tekst);
        Assert.Null(na);
        Assert.Equal("De kwaliteitsscores zijn definitief; er verandert niets meer aan.", laat?.Tekst);
        // A: 60 × 9/10 = 54 + 40 × 5000/6000 = 33,33 → 87,33; B: 36 + 40 = 76,00. At most one award.
        var lot = uitslag.Single(u => u.PerceelNummer == 1);
        Assert.Equal([(o.InschrijvingA, 8733, BesluitUitkomst.Gegund), (o.InschrijvingB, 7600, BesluitUitkomst.Afgewezen)],
            lot.Plaatsen.Select(p => (p.Kandidaat.InschrijvingId, p.Totaal, p.Uitkomst)));
    }

    [Fact]
    public async Task Voorlopig_gunnen_legt_voor_elke_inschrijving_een_besluit_vast_op_een_moment_en_start_de_opschortingstermijn()
    {
        var o = await OefeningAsync();
        await using (var db = NieuweContext())
        {
            var zonderBeoordeling = await AanbestedingAanpassen.PasToeAsync(db, await o.AanbestedingAsync(db, Ct), new Verzoek(Gebeurtenis.VoorlopigGunnen), "inkoper", Beoordelingsoefening.Na, Ct);
            Assert.StartsWith("Deze aanbesteding heeft ingediende inschrijvingen: gun voorlopig vanuit de beoordeling", zonderBeoordeling?.Tekst, StringComparison.Ordinal);
            await o.TotDefinitieveKwaliteitAsync(db, Ct);
            Assert.Null(await Gunnen.VoorlopigGunnenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), "inkoper", Beoordelingsoefening.Na, Ct));
        }

        await using var lees = NieuweContext();
        var a = await o.AanbestedingAsync(lees, Ct);
        var besluiten = await lees.Gunningsbesluiten.Where(b => b.AanbestedingId == a.Id).OrderBy(b => b.Positie).ToListAsync(Ct);
        Assert.Equal(AanbestedingStatus.VoorlopigGegund, a.Status);
        Assert.Equal(Beoordelingsoefening.Na.AddDays(20), a.StandstillEinde);
        Assert.Equal([BesluitUitkomst.Gegund, BesluitUitkomst.Afgewezen], besluiten.Select(b => b.Uitkomst));
        Assert.Single(besluiten.Select(b => b.VerzondenOp).Distinct());
        Assert.Contains("plaats 2 van 2", besluiten[1].Reden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Definitief_gunnen_wacht_op_de_opschortingstermijn_en_op_elk_bezwaar_en_maakt_dan_de_raamovereenkomsten()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        await o.TotDefinitieveKwaliteitAsync(db, Ct);
        var a = await o.AanbestedingAsync(db, Ct);
        Assert.Null(await Gunnen.VoorlopigGunnenAsync(db, o.Kluis, a, "inkoper", Beoordelingsoefening.Na, Ct));
        var einde = a.StandstillEinde!.Value;

        var tijdensStandstill = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.DefinitiefGunnen), "inkoper", einde.AddTicks(-1), Ct);
        Assert.Null(await BezwaarIndienen.HandleAsync(db, a, new(o.Oefening.AanbiederB, BezwaarSoort.KortGeding, "Prijs van A abnormaal laag"), "inkoper", einde.AddDays(-2), Ct));
        var metBezwaar = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.DefinitiefGunnen), "inkoper", einde, Ct);
        var bezwaar = await db.Bezwaren.SingleAsync(b => b.AanbestedingId == a.Id, Ct);
        var zonderToelichting = await BezwaarAfhandelen.HandleAsync(db, a, new(bezwaar.Id, BezwaarStatus.Ongegrond, ""), "inkoper", einde.AddDays(5), Ct);
        Assert.Null(await BezwaarAfhandelen.HandleAsync(db, a, new(bezwaar.Id, BezwaarStatus.Ongegrond, "Vonnis: vorderingen afgewezen"), "inkoper", einde.AddDays(5), Ct));
        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.DefinitiefGunnen), "inkoper", einde.AddDays(6), Ct));

        Assert.StartsWith("De opschortingstermijn loopt tot", tijdensStandstill?.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("Er is 1 bezwaar tegen de gunning niet (of gegrond) afgehandeld", metBezwaar?.Tekst, StringComparison.Ordinal);
        Assert.Equal("Licht de afhandeling toe (bijvoorbeeld de uitspraak).", zonderToelichting?.Tekst);
        var contract = await db.Raamovereenkomsten.SingleAsync(c => c.AanbestedingId == a.Id, Ct);
        Assert.Equal((o.Oefening.AanbiederA, 1, ContractHerkomst.Gunning), (contract.ZorgaanbiederId, contract.PerceelNummer, contract.Herkomst));
        Assert.Equal((a.ContractStart!.Value, a.ContractEinde!.Value), (contract.Start, contract.Einde));
        Assert.Equal((0, 0), (contract.VerlengingenMogelijk, contract.VerlengingMaanden));
    }

    [Fact]
    public async Task Een_gegrond_bezwaar_blijft_de_definitieve_gunning_blokkeren()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        await o.TotDefinitieveKwaliteitAsync(db, Ct);
        var a = await o.AanbestedingAsync(db, Ct);
        Assert.Null(await Gunnen.VoorlopigGunnenAsync(db, o.Kluis, a, "inkoper", Beoordelingsoefening.Na, Ct));
        Assert.Null(await BezwaarIndienen.HandleAsync(db, a, new(null, BezwaarSoort.Bezwaar, "Motivering onvoldoende"), "inkoper", Beoordelingsoefening.Na.AddDays(3), Ct));
        var bezwaar = await db.Bezwaren.SingleAsync(b => b.AanbestedingId == a.Id, Ct);
        Assert.Null(await BezwaarAfhandelen.HandleAsync(db, a, new(bezwaar.Id, BezwaarStatus.Gegrond, "Motivering wordt aangevuld"), "inkoper", Beoordelingsoefening.Na.AddDays(10), Ct));

        var weigering = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.DefinitiefGunnen), "inkoper", Beoordelingsoefening.Na.AddDays(30), Ct);

        Assert.StartsWith("Er is 1 bezwaar", weigering?.Tekst, StringComparison.Ordinal);
        Assert.False(await db.Raamovereenkomsten.AnyAsync(c => c.AanbestedingId == a.Id, Ct));
    }
}

public sealed class GunningTestsSqlite(SqliteTestDatabase database) : GunningTests<SqliteTestDatabase>(database);

public sealed class GunningTestsPostgres(PostgresTestDatabase database) : GunningTests<PostgresTestDatabase>(database);
