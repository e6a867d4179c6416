using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Formatting;
using Zorginkoop.Gunning;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Contracten;

/// <summary>Contract alarms that repeat until handled, and Open House admission.</summary>
public abstract class ContractenTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly ContractOptions Opties = new() { AlarmMaanden = 6, AlarmHerhalenDagen = 7, ToelatingSluitMaandenVoorEinde = 3 };
    private static readonly DateTimeOffset Begin = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 1, 4, 9, 0, 0));

    /// <summary>A published procedure of its own with two lots, one admission requirement, contracts from 2027-01-01 to 2029-12-31, 2 × 1 jaar.</summary>
    private async Task<Aanbesteding> ProcedureAsync(ZorginkoopDbContext db, Procedurevorm vorm)
    {
        var code = await TestRegio.MaakAsync(db);
        var regio = await db.Regios.Include(r => r.Segmenten).SingleAsync(r => r.Code == code, Ct);
        var a = Aanbesteding.Nieuw(regio.Id, $"Test {vorm}", vorm);
        a.Sluitingsmoment = vorm == Procedurevorm.OpenHouse ? NlFormat.AlsAmsterdamseTijd(new DateTime(2029, 12, 31, 12, 0, 0)) : Begin.AddDays(30);
        a.ContractStart = new DateOnly(2027, 1, 1);
        a.ContractEinde = new DateOnly(2029, 12, 31);
        a.Verlengingsopties = "2 × 1 jaar";
        var nummer = 1;
        foreach (var s in regio.Segmenten.OrderBy(s => s.Code))
        {
            a.Percelen.Add(new Perceel { Nummer = nummer++, Naam = s.Naam, SegmentId = s.Id });
        }

        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(Ct);
        Assert.Null(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Eis, "Wij leveren de hulp volgens het programma van eisen", null, 0, 1, null), Ct));
        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Publiceren), "inkoper", Begin.AddDays(-30), Ct));
        return a;
    }

    private async Task<int> AanbiederAsync(ZorginkoopDbContext db, int index) =>
        (await db.Zorgaanbieders.SingleAsync(z => z.Naam == DemoData.GegundeAanbiedersWmoIb[index], Ct)).Id;

    /// <summary>A contract manager of region <paramref name="regioId"/> (decision record 0009: alarms go to the contract's region).</summary>
    private async Task<string> ContractmanagerAsync(ZorginkoopDbContext db, int regioId)
    {
        var email = $"{Guid.NewGuid():N}@regio.test";
        var g = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true };
        db.Users.Add(g);
        db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = g.Id, RegioId = regioId, Rol = Rollen.Contractmanager });
        await db.SaveChangesAsync(Ct);
        return email;
    }

    private async Task<List<Zorginkoop.Meldingen.Bericht>> AlarmenAsync(string email, int contractId)
    {
        await using var db = NieuweContext();
        return [.. (await db.Berichten.Where(b => b.Aan == email).OrderBy(b => b.Id).ToListAsync(Ct)).Where(b => b.Tekst.Contains($"/contracten/{contractId}\n", StringComparison.Ordinal))];
    }

    private async Task VerzamelAsync(DateTimeOffset nu)
    {
        await using var db = NieuweContext();
        // The alarm, then the contract managers' inboxes: an alarm is mailed at once unless one chose otherwise.
        await ContractSignalering.VerzamelAsync(db, Opties, nu, Ct);
        await Zorginkoop.Werk.PostvakVullen.VerzamelAsync(db, new Zorginkoop.Meldingen.MeldingenOptions { BasisAdres = "https://zorginkoop.test" }, mailen: true, nu, Ct);
    }

    [Fact]
    public async Task Een_contractalarm_komt_elke_week_terug_tot_iemand_besluit_en_opnieuw_bij_het_nieuwe_einde()
    {
        int contractId;
        string manager;
        string elders;
        await using (var db = NieuweContext())
        {
            var a = await ProcedureAsync(db, Procedurevorm.OpenbaarEuropees);
            var c = Raamovereenkomsten.Nieuw(a, 1, await AanbiederAsync(db, 0), ContractHerkomst.Gunning, a.ContractStart!.Value);
            db.Raamovereenkomsten.Add(c);
            await db.SaveChangesAsync(Ct);
            contractId = c.Id;
            manager = await ContractmanagerAsync(db, a.RegioId);
            var andereRegio = new Zorginkoop.Catalogus.Regio { Code = $"elders-{Guid.NewGuid():N}"[..20], Naam = "Elders" };
            db.Regios.Add(andereRegio);
            await db.SaveChangesAsync(Ct);
            elders = await ContractmanagerAsync(db, andereRegio.Id);
        }

        // Ends 31 December 2029: the alarm is due from 30 June 2029 (six months before).
        var teVroeg = NlFormat.AlsAmsterdamseTijd(new DateTime(2029, 6, 29, 9, 0, 0));
        var eerste = NlFormat.AlsAmsterdamseTijd(new DateTime(2029, 7, 2, 9, 0, 0));
        await VerzamelAsync(teVroeg);
        var voor = await AlarmenAsync(manager, contractId);
        await VerzamelAsync(eerste);
        await VerzamelAsync(eerste.AddDays(6));
        var naZesDagen = await AlarmenAsync(manager, contractId);
        await VerzamelAsync(eerste.AddDays(7));
        var naEenWeek = await AlarmenAsync(manager, contractId);
        await using (var db = NieuweContext())
        {
            Assert.Null(await Raamovereenkomsten.BesluitAsync(db, contractId, new ContractVerzoek(ContractGebeurtenis.Verlengen), "contractmanager", eerste.AddDays(8), Ct));
        }

        await VerzamelAsync(eerste.AddDays(21));
        var naBesluit = await AlarmenAsync(manager, contractId);
        await VerzamelAsync(NlFormat.AlsAmsterdamseTijd(new DateTime(2030, 7, 1, 9, 0, 0)));
        var nieuwEinde = await AlarmenAsync(manager, contractId);

        Assert.Empty(voor);
        Assert.Single(naZesDagen);
        Assert.StartsWith("Contract met ", naZesDagen[0].Onderwerp, StringComparison.Ordinal);
        Assert.EndsWith("eindigt op 31 december 2029", naZesDagen[0].Onderwerp, StringComparison.Ordinal);
        Assert.Contains("nog 2 verlengingsopties van 12 maanden", naZesDagen[0].Tekst, StringComparison.Ordinal);
        Assert.Equal(2, naEenWeek.Count);
        Assert.StartsWith("Herinnering 1: contract met ", naEenWeek[1].Onderwerp, StringComparison.Ordinal);
        Assert.Equal(2, naBesluit.Count);
        Assert.Equal(3, nieuwEinde.Count);
        Assert.EndsWith("eindigt op 31 december 2030", nieuwEinde[2].Onderwerp, StringComparison.Ordinal);
        // The contract manager of another region hears nothing of this region's contracts.
        Assert.Empty(await AlarmenAsync(elders, contractId));
    }

    [Fact]
    public async Task Een_alarm_kan_worden_afgehandeld_zonder_besluit_over_het_contract()
    {
        int contractId;
        string manager;
        await using (var db = NieuweContext())
        {
            var a = await ProcedureAsync(db, Procedurevorm.OpenbaarEuropees);
            var c = Raamovereenkomsten.Nieuw(a, 1, await AanbiederAsync(db, 1), ContractHerkomst.Gunning, a.ContractStart!.Value);
            db.Raamovereenkomsten.Add(c);
            await db.SaveChangesAsync(Ct);
            contractId = c.Id;
            manager = await ContractmanagerAsync(db, a.RegioId);
        }

        var eerste = NlFormat.AlsAmsterdamseTijd(new DateTime(2029, 7, 2, 9, 0, 0));
        // A round before the alarm starts the manager's inbox: its first fill is without mail.
        await VerzamelAsync(eerste.AddDays(-10));
        await VerzamelAsync(eerste);
        await using (var db = NieuweContext())
        {
            Assert.Null(await ContractSignalering.AfhandelenAsync(db, contractId, "contractmanager", eerste.AddDays(1), Ct));
            Assert.Equal("Dit contract heeft geen openstaand alarm.", (await ContractSignalering.AfhandelenAsync(db, contractId, "contractmanager", eerste.AddDays(1), Ct))?.Tekst);
        }

        await VerzamelAsync(eerste.AddDays(30));

        Assert.Single(await AlarmenAsync(manager, contractId));
    }

    [Fact]
    public async Task Open_House_laat_toe_zonder_rangschikking_en_maakt_een_contract_tot_de_gezamenlijke_einddatum()
    {
        await using var db = NieuweContext();
        var a = await ProcedureAsync(db, Procedurevorm.OpenHouse);
        var eis = (await Criteria.VanAsync(db, a.Id, Ct)).Single();
        var aanbieder = await AanbiederAsync(db, 2);
        var nu = NlFormat.AlsAmsterdamseTijd(new DateTime(2028, 3, 15, 10, 0, 0));

        var zonderVerklaring = await ToelatingAanvragen.HandleAsync(db, a, Opties, new(aanbieder, [1], []), "aanbieder", nu, Ct);
        Assert.Null(await ToelatingAanvragen.HandleAsync(db, a, Opties, new(aanbieder, [1, 2], [eis.Id]), "aanbieder", nu, Ct));
        var tweede = await ToelatingAanvragen.HandleAsync(db, a, Opties, new(aanbieder, [1], [eis.Id]), "aanbieder", nu, Ct);
        var aanvraag = await db.Toelatingsaanvragen.SingleAsync(t => t.AanbestedingId == a.Id, Ct);
        Assert.Null(await ToelatingBeslissen.HandleAsync(db, a, new(aanvraag.Id, Toelaten: true, null), "inkoper", nu.AddDays(10), Ct));

        Assert.StartsWith("U wordt toegelaten als u aan alle toelatingseisen voldoet", zonderVerklaring?.Tekst, StringComparison.Ordinal);
        Assert.Equal("U heeft al een aanmelding die wordt beoordeeld.", tweede?.Tekst);
        var contracten = await db.Raamovereenkomsten.Where(c => c.AanbestedingId == a.Id).OrderBy(c => c.PerceelNummer).ToListAsync(Ct);
        Assert.Equal([1, 2], contracten.Select(c => c.PerceelNummer));
        Assert.All(contracten, c => Assert.Equal((new DateOnly(2028, 3, 25), new DateOnly(2029, 12, 31), ContractHerkomst.Toelating), (c.Start, c.Einde, c.Herkomst)));
        Assert.Equal("U bent voor deze percelen al toegelaten.", (await ToelatingAanvragen.HandleAsync(db, a, Opties, new(aanbieder, [1], [eis.Id]), "aanbieder", nu.AddDays(20), Ct))?.Tekst);
    }

    [Fact]
    public async Task Afwijzen_vraagt_een_reden_en_maakt_geen_contract()
    {
        await using var db = NieuweContext();
        var a = await ProcedureAsync(db, Procedurevorm.OpenHouse);
        var eis = (await Criteria.VanAsync(db, a.Id, Ct)).Single();
        var nu = NlFormat.AlsAmsterdamseTijd(new DateTime(2028, 3, 15, 10, 0, 0));
        Assert.Null(await ToelatingAanvragen.HandleAsync(db, a, Opties, new(await AanbiederAsync(db, 3), [1], [eis.Id]), "aanbieder", nu, Ct));
        var aanvraag = await db.Toelatingsaanvragen.SingleAsync(t => t.AanbestedingId == a.Id, Ct);

        var zonderReden = await ToelatingBeslissen.HandleAsync(db, a, new(aanvraag.Id, Toelaten: false, " "), "inkoper", nu, Ct);
        Assert.Null(await ToelatingBeslissen.HandleAsync(db, a, new(aanvraag.Id, Toelaten: false, "Geen geldige SKJ-registratie"), "inkoper", nu, Ct));

        Assert.Equal("Afwijzen kan alleen met een reden; de aanbieder ontvangt haar.", zonderReden?.Tekst);
        Assert.False(await db.Raamovereenkomsten.AnyAsync(c => c.AanbestedingId == a.Id, Ct));
        Assert.Equal("Over deze aanmelding is al besloten.", (await ToelatingBeslissen.HandleAsync(db, a, new(aanvraag.Id, Toelaten: true, null), "inkoper", nu, Ct))?.Tekst);
    }

    [Fact]
    public async Task Toetreden_wordt_geweigerd_zonder_tussentijdse_toetreding_en_in_de_laatste_maanden_van_de_looptijd()
    {
        await using var db = NieuweContext();
        var europees = await ProcedureAsync(db, Procedurevorm.OpenbaarEuropees);
        var openHouse = await ProcedureAsync(db, Procedurevorm.OpenHouse);
        var eis = (await Criteria.VanAsync(db, openHouse.Id, Ct)).Single();
        var aanbieder = await AanbiederAsync(db, 4);

        var geenToetreding = await ToelatingAanvragen.HandleAsync(db, europees, Opties, new(aanbieder, [1], []), "aanbieder", Begin, Ct);
        // Ends 31 December 2029; admission closes three months before: after 30 September 2029.
        var laatsteDag = await ToelatingAanvragen.HandleAsync(db, openHouse, Opties, new(aanbieder, [1], [eis.Id]), "aanbieder", NlFormat.AlsAmsterdamseTijd(new DateTime(2029, 9, 30, 23, 0, 0)), Ct);
        var gesloten = await ToelatingAanvragen.HandleAsync(db, openHouse, Opties, new(aanbieder, [2], [eis.Id]), "aanbieder", NlFormat.AlsAmsterdamseTijd(new DateTime(2029, 10, 1, 9, 0, 0)), Ct);

        Assert.StartsWith("Tussentijds toetreden is niet mogelijk", geenToetreding?.Tekst, StringComparison.Ordinal);
        Assert.Null(laatsteDag);
        Assert.Contains("sloot 3 maanden vóór het einde van de contracten (31 december 2029), op 30 september 2029", gesloten?.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_House_kent_geen_gunningscriteria()
    {
        await using var db = NieuweContext();
        var code = await TestRegio.MaakAsync(db);
        var regio = await db.Regios.Include(r => r.Segmenten).SingleAsync(r => r.Code == code, Ct);
        var a = Aanbesteding.Nieuw(regio.Id, "Open House zonder ranking", Procedurevorm.OpenHouse);
        a.Percelen.Add(new Perceel { Nummer = 1, Naam = "Ambulant", SegmentId = regio.Segmenten.First().Id });
        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(Ct);

        var weigering = await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Kwaliteit, "Kwaliteitsplan", null, 60, 10, null), Ct);

        Assert.StartsWith("Open House kent alleen toelatingseisen", weigering?.Tekst, StringComparison.Ordinal);
    }
}

public sealed class ContractenTestsSqlite(SqliteTestDatabase database) : ContractenTests<SqliteTestDatabase>(database);

public sealed class ContractenTestsPostgres(PostgresTestDatabase database) : ContractenTests<PostgresTestDatabase>(database);
