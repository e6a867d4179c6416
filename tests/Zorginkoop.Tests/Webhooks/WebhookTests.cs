using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Contracten;
using Zorginkoop.Formatting;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Tests.Inschrijvingen;
using Zorginkoop.Webhooks;

namespace Zorginkoop.Tests.Webhooks;

/// <summary>
/// Webhooks (issue 17): an event is found in what was stored, queued once per webhook that asked for it in its region,
/// sent signed to a real HTTP receiver, retried with backoff for 24 hours and logged attempt by attempt.
/// </summary>
public abstract class WebhookTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    /// <summary>The receivers of these tests listen on 127.0.0.1 over http; the rule against that has tests of its own.</summary>
    private static readonly WebhookOptions Lokaal = new() { HttpToestaan = true, PriveAdressenToestaan = true };

    private static readonly DateTimeOffset Publicatie = Oefening.Deadline.AddDays(-40);

    private async Task<Webhook> RegistreerAsync(int regioId, string url, DateTimeOffset op, params string[] soorten)
    {
        await using var db = NieuweContext();
        var code = await db.Regios.Where(r => r.Id == regioId).Select(r => r.Code).SingleAsync(Ct);
        var resultaat = await WebhookRegistreren.HandleAsync(db, code, new(url, soorten, "test"), "inkoper@test", op, Lokaal,
            (_, _) => throw new InvalidOperationException("geen DNS nodig"), Ct);
        Assert.True(resultaat.Gelukt, resultaat.Weigering?.Tekst);
        return resultaat.Waarde!;
    }

    private async Task<int> RegioAsync()
    {
        await using var db = NieuweContext();
        var code = await TestRegio.MaakAsync(db);
        return await db.Regios.Where(r => r.Code == code).Select(r => r.Id).SingleAsync(Ct);
    }

    private async Task<int> VerzamelAsync(DateTimeOffset nu)
    {
        await using var db = NieuweContext();
        return await WebhookGebeurtenissen.VerzamelAsync(db, "https://zorginkoop.test/", nu, Ct);
    }

    private async Task BezorgAsync(DateTimeOffset nu, WebhookOptions? opties = null)
    {
        await using var db = NieuweContext();
        using var http = new HttpClient(WebhookBezorger.Handler(opties ?? Lokaal));
        await WebhookBezorger.BezorgAsync(db, http, new FakeTimeProvider(nu), nu, Ct);
    }

    private async Task<List<WebhookBezorging>> BezorgingenAsync(int webhookId)
    {
        await using var db = NieuweContext();
        return await db.WebhookBezorgingen.AsNoTracking().Include(b => b.PogingenLog).Where(b => b.WebhookId == webhookId).OrderBy(b => b.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task Een_publicatie_gaat_eenmaal_ondertekend_naar_de_webhooks_van_haar_regio()
    {
        using var ontvanger = new Ontvanger();
        using var andere = new Ontvanger();
        var elders = await RegistreerAsync(await RegioAsync(), andere.Url, Publicatie.AddDays(-1), WebhookSoort.AanbestedingGepubliceerd);
        Webhook? webhook = null;
        Webhook? nietGevraagd = null;
        await using (var db = NieuweContext())
        {
            await Oefening.MaakAsync(db, Database.Map.Pad, Ct, async a =>
            {
                webhook = await RegistreerAsync(a.RegioId, ontvanger.Url, Publicatie.AddHours(-1), WebhookSoort.AanbestedingGepubliceerd, WebhookSoort.NviGepubliceerd);
                nietGevraagd = await RegistreerAsync(a.RegioId, ontvanger.Url + "/gunning", Publicatie.AddHours(-1), WebhookSoort.AanbestedingGegund);
            });
        }

        // Found once, also when looked for again (a second round, a second app instance).
        await VerzamelAsync(Publicatie.AddMinutes(1));
        await VerzamelAsync(Publicatie.AddMinutes(2));
        var bezorging = Assert.Single(await BezorgingenAsync(webhook!.Id));
        Assert.Empty(await BezorgingenAsync(nietGevraagd!.Id));
        Assert.Empty(await BezorgingenAsync(elders.Id));
        Assert.Equal(WebhookStatus.Wachtend, bezorging.Status);

        await BezorgAsync(Publicatie.AddMinutes(2));
        await BezorgAsync(Publicatie.AddMinutes(3));

        var verzoek = Assert.Single(ontvanger.Ontvangen);
        Assert.Equal("POST", verzoek.Methode);
        Assert.Equal("sha256=" + WebhookBezorger.Handtekening(webhook.Geheim, verzoek.Inhoud), verzoek.Headers[WebhookBezorger.HandtekeningHeader]);
        Assert.NotEqual("sha256=" + WebhookBezorger.Handtekening(nietGevraagd.Geheim, verzoek.Inhoud), verzoek.Headers[WebhookBezorger.HandtekeningHeader]);
        Assert.Equal(WebhookSoort.AanbestedingGepubliceerd, verzoek.Headers["Zorginkoop-Gebeurtenis"]);
        Assert.Equal(bezorging.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), verzoek.Headers["Zorginkoop-Bezorging"]);
        using var json = JsonDocument.Parse(verzoek.Inhoud);
        Assert.Equal(WebhookSoort.AanbestedingGepubliceerd, json.RootElement.GetProperty("soort").GetString());
        Assert.Equal(bezorging.Sleutel, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Testaanbesteding inschrijvingen", json.RootElement.GetProperty("aanbesteding").GetProperty("naam").GetString());
        Assert.StartsWith("https://zorginkoop.test/aanbestedingen/", json.RootElement.GetProperty("aanbesteding").GetProperty("pagina").GetString(), StringComparison.Ordinal);

        var bezorgd = Assert.Single(await BezorgingenAsync(webhook.Id));
        Assert.Equal(WebhookStatus.Bezorgd, bezorgd.Status);
        Assert.Equal(Publicatie.AddMinutes(2), bezorgd.BezorgdOp);
        var poging = Assert.Single(bezorgd.PogingenLog);
        Assert.Equal(200, poging.Statuscode);
        Assert.Null(poging.Fout);
        Assert.Empty(andere.Ontvangen);
    }

    [Fact]
    public async Task Een_ontvanger_die_weigert_krijgt_herhalingen_met_groeiende_pauzes_tot_24_uur()
    {
        using var ontvanger = new Ontvanger { Status = 503 };
        var regio = await RegioAsync();
        var begin = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 5, 3, 9, 0, 0));
        var webhook = await RegistreerAsync(regio, ontvanger.Url, begin.AddDays(-1), WebhookSoort.ContractGestart);
        await MaakContractAsync(regio, new DateOnly(2027, 5, 3), new DateOnly(2029, 5, 2));

        var nu = begin;
        await VerzamelAsync(nu);
        var momenten = new List<DateTimeOffset>();
        for (var i = 0; i < 20 && (await BezorgingenAsync(webhook.Id)).Single() is { Status: WebhookStatus.Wachtend } b; i++)
        {
            // Just before it is due nothing goes out; at the moment it is due, one attempt.
            await BezorgAsync(b.VolgendePoging.AddSeconds(-1));
            Assert.Equal(b.Pogingen, (await BezorgingenAsync(webhook.Id)).Single().Pogingen);
            nu = b.VolgendePoging;
            momenten.Add(nu);
            await BezorgAsync(nu);
        }

        var opgegeven = (await BezorgingenAsync(webhook.Id)).Single();
        Assert.Equal(WebhookStatus.Opgegeven, opgegeven.Status);
        // 1, 5, 15 and 30 minutes, then 1, 2, 4 and 8 hours, and 8 hours again, until 24 hours are past.
        var pauzes = momenten.Zip(momenten.Skip(1), (a, b) => b - a).Select(t => t.TotalMinutes).ToList();
        Assert.Equal(new double[] { 1, 5, 15, 30, 60, 120, 240, 480, 480 }, pauzes);
        Assert.True(momenten[^1] - begin <= WebhookGebeurtenissen.Horizon);
        Assert.Equal(10, ontvanger.Ontvangen.Count);
        Assert.All(opgegeven.PogingenLog, p => Assert.Equal(503, p.Statuscode));
        Assert.All(opgegeven.PogingenLog, p => Assert.Contains("Antwoord 503", p.Fout, StringComparison.Ordinal));
        // Every attempt carries the same body and the same signature.
        Assert.Single(ontvanger.Ontvangen.Select(v => Convert.ToHexString(v.Inhoud)).Distinct());
    }

    [Fact]
    public async Task Een_contract_dat_begint_en_eindigt_en_een_afgeronde_import_gaan_naar_de_regio()
    {
        using var ontvanger = new Ontvanger();
        var regio = await RegioAsync();
        await using (var db = NieuweContext())
        {
            var r = await db.Regios.Include(x => x.Gemeenten).SingleAsync(x => x.Id == regio, Ct);
            r.Gemeenten.Add(await db.Gemeenten.SingleAsync(g => g.Code == "0632", Ct));
            await db.SaveChangesAsync(Ct);
        }

        var eersteDag = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 6, 1, 0, 0, 0));
        var webhook = await RegistreerAsync(regio, ontvanger.Url, eersteDag.AddDays(-10), WebhookSoort.ContractGestart, WebhookSoort.ContractBeeindigd, WebhookSoort.ImportAfgerond);
        var contract = await MaakContractAsync(regio, new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30));

        // The day before it starts: nothing. On its first day: started. The day after its last: ended.
        await VerzamelAsync(eersteDag.AddMinutes(-1));
        Assert.Empty(await BezorgingenAsync(webhook.Id));
        await VerzamelAsync(eersteDag.AddHours(3));
        Assert.Equal([$"contract.gestart:{contract}"], (await BezorgingenAsync(webhook.Id)).Select(b => b.Sleutel));
        // A webhook made during the first day still gets that day's start, which is dated at midnight.
        var ochtend = await RegistreerAsync(regio, ontvanger.Url + "/ochtend", eersteDag.AddHours(4), WebhookSoort.ContractGestart);
        await VerzamelAsync(eersteDag.AddHours(5));
        Assert.Equal([$"contract.gestart:{contract}"], (await BezorgingenAsync(ochtend.Id)).Select(b => b.Sleutel));
        var naLaatsteDag = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 7, 1, 0, 0, 0));
        await VerzamelAsync(naLaatsteDag.AddHours(1));
        Assert.Equal([$"contract.gestart:{contract}", $"contract.beeindigd:{contract}"], (await BezorgingenAsync(webhook.Id)).Select(b => b.Sleutel));

        int run;
        await using (var db = NieuweContext())
        {
            var importrun = new Zorginkoop.Zorgdata.Importrun
            {
                Bestandsnaam = "juni.csv",
                Sha256 = new string('a', 64),
                Formaat = "csv",
                Gebruiker = "analist@test",
                Gestart = naLaatsteDag.AddHours(2),
                Beeindigd = naLaatsteDag.AddHours(2).AddSeconds(5),
                Regels = 10,
                Toegevoegd = 10,
                Resultaat = "gelukt",
                Gemeenten = ",0632,",
            };
            db.Zorgdata.Importruns.Add(importrun);
            await db.Zorgdata.SaveChangesAsync(Ct);
            run = importrun.Id;
        }

        await VerzamelAsync(naLaatsteDag.AddHours(3));
        var import = (await BezorgingenAsync(webhook.Id)).Single(b => b.Soort == WebhookSoort.ImportAfgerond);
        using var json = JsonDocument.Parse(import.Inhoud);
        Assert.Equal(run, json.RootElement.GetProperty("import").GetProperty("id").GetInt32());
        Assert.Equal("gelukt", json.RootElement.GetProperty("import").GetProperty("resultaat").GetString());
        Assert.DoesNotContain("juni.csv", import.Inhoud, StringComparison.Ordinal);

        // A run that read no municipality (this file was imported before) goes to the regions of whoever started it.
        int herhaling;
        await using (var db = NieuweContext())
        {
            var analist = new Zorginkoop.Accounts.Gebruiker { UserName = $"{Guid.NewGuid():N}@regio.test", Email = "analist@regio.test" };
            db.Users.Add(analist);
            db.Lidmaatschappen.Add(new Zorginkoop.Accounts.Lidmaatschap { GebruikerId = analist.Id, RegioId = regio, Rol = Zorginkoop.Accounts.Rollen.Analist });
            await db.SaveChangesAsync(Ct);
            var importrun = new Zorginkoop.Zorgdata.Importrun
            {
                Bestandsnaam = "juni.csv",
                Sha256 = new string('a', 64),
                Formaat = "csv",
                Gebruiker = analist.UserName,
                Gestart = naLaatsteDag.AddHours(4),
                Beeindigd = naLaatsteDag.AddHours(4).AddSeconds(1),
                Resultaat = "al-geimporteerd",
            };
            db.Zorgdata.Importruns.Add(importrun);
            await db.Zorgdata.SaveChangesAsync(Ct);
            herhaling = importrun.Id;
        }

        await VerzamelAsync(naLaatsteDag.AddHours(5));
        Assert.Contains(await BezorgingenAsync(webhook.Id), b => b.Sleutel == $"import.afgerond:{herhaling}" && b.Inhoud.Contains("al-geimporteerd", StringComparison.Ordinal));

        // A day later the events are past the horizon: a webhook made now gets none of them.
        var laat = await RegistreerAsync(regio, ontvanger.Url + "/laat", naLaatsteDag.AddDays(2), WebhookSoort.ContractGestart, WebhookSoort.ContractBeeindigd, WebhookSoort.ImportAfgerond);
        await VerzamelAsync(naLaatsteDag.AddDays(2).AddMinutes(1));
        Assert.Empty(await BezorgingenAsync(laat.Id));
    }

    [Fact]
    public async Task Twee_app_instanties_sturen_een_bericht_maar_een_keer()
    {
        using var ontvanger = new Ontvanger();
        var regio = await RegioAsync();
        var begin = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 8, 2, 0, 0, 0));
        var webhook = await RegistreerAsync(regio, ontvanger.Url, begin.AddDays(-1), WebhookSoort.ContractGestart);
        await MaakContractAsync(regio, new DateOnly(2027, 8, 2), new DateOnly(2028, 8, 1));

        var nu = begin.AddMinutes(5);
        await Task.WhenAll(VerzamelAsync(nu), VerzamelAsync(nu), VerzamelAsync(nu));
        await VerzamelAsync(nu);
        Assert.Single(await BezorgingenAsync(webhook.Id));
        await Task.WhenAll(BezorgAsync(nu), BezorgAsync(nu), BezorgAsync(nu));

        Assert.Single(ontvanger.Ontvangen);
        Assert.Single((await BezorgingenAsync(webhook.Id)).Single().PogingenLog);
    }

    [Fact]
    public async Task Een_verwijderde_webhook_krijgt_niets_meer_en_houdt_zijn_log()
    {
        using var ontvanger = new Ontvanger { Status = 500 };
        var regio = await RegioAsync();
        var begin = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 9, 1, 0, 0, 0));
        var webhook = await RegistreerAsync(regio, ontvanger.Url, begin.AddDays(-1), WebhookSoort.ContractGestart);
        await MaakContractAsync(regio, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31));
        await VerzamelAsync(begin.AddMinutes(1));
        await BezorgAsync(begin.AddMinutes(1));

        await using (var db = NieuweContext())
        {
            Assert.True((await WebhookVerwijderen.HandleAsync(db, webhook.Id, "inkoper@test", begin.AddMinutes(2), Ct)).Gelukt);
            Assert.False((await WebhookVerwijderen.HandleAsync(db, webhook.Id, "inkoper@test", begin.AddMinutes(2), Ct)).Gelukt);
        }

        await BezorgAsync(begin.AddHours(1));
        await MaakContractAsync(regio, new DateOnly(2027, 9, 2), new DateOnly(2028, 8, 31));
        await VerzamelAsync(NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 9, 2, 1, 0, 0)));

        var log = Assert.Single(await BezorgingenAsync(webhook.Id));
        Assert.Equal(WebhookStatus.Opgegeven, log.Status);
        Assert.Single(log.PogingenLog);
        Assert.Single(ontvanger.Ontvangen);
    }

    [Fact]
    public async Task Een_naam_die_bij_het_versturen_naar_een_intern_adres_wijst_wordt_niet_gebeld()
    {
        using var ontvanger = new Ontvanger();
        var regio = await RegioAsync();
        var begin = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 10, 1, 0, 0, 0));
        // Registered while the installation allowed it (or while the name pointed elsewhere): the send checks again.
        var webhook = await RegistreerAsync(regio, ontvanger.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal), begin.AddDays(-1), WebhookSoort.ContractGestart);
        await MaakContractAsync(regio, new DateOnly(2027, 10, 1), new DateOnly(2028, 9, 30));
        await VerzamelAsync(begin.AddMinutes(1));

        await BezorgAsync(begin.AddMinutes(1), new WebhookOptions());

        Assert.Empty(ontvanger.Ontvangen);
        var poging = Assert.Single(Assert.Single(await BezorgingenAsync(webhook.Id)).PogingenLog);
        Assert.Null(poging.Statuscode);
        Assert.Contains("intern adres", poging.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_testbericht_gaat_ondertekend_naar_de_webhook_en_staat_in_het_log()
    {
        using var ontvanger = new Ontvanger();
        var nu = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 11, 1, 10, 0, 0));
        var webhook = await RegistreerAsync(await RegioAsync(), ontvanger.Url, nu.AddDays(-1), WebhookSoort.NviGepubliceerd);
        await using (var db = NieuweContext())
        {
            Assert.True((await WebhookTesten.HandleAsync(db, webhook.Id, nu, Ct)).Gelukt);
        }

        await BezorgAsync(nu);

        var verzoek = Assert.Single(ontvanger.Ontvangen);
        Assert.Equal(WebhookSoort.Test, verzoek.Headers["Zorginkoop-Gebeurtenis"]);
        Assert.Equal("sha256=" + WebhookBezorger.Handtekening(webhook.Geheim, verzoek.Inhoud), verzoek.Headers[WebhookBezorger.HandtekeningHeader]);
        Assert.Equal(WebhookStatus.Bezorgd, Assert.Single(await BezorgingenAsync(webhook.Id)).Status);
        await using (var db = NieuweContext())
        {
            Assert.True((await WebhookVerwijderen.HandleAsync(db, webhook.Id, "inkoper@test", nu, Ct)).Gelukt);
            Assert.Equal("webhook.niet-gevonden", (await WebhookTesten.HandleAsync(db, webhook.Id, nu, Ct)).Weigering?.Code);
        }
    }

    [Fact]
    public async Task Het_geheim_staat_niet_in_het_auditlog_en_een_nieuw_geheim_vervangt_het_oude()
    {
        var webhook = await RegistreerAsync(await RegioAsync(), "https://toewijzingen.houten.nl/haak", Publicatie, WebhookSoort.NviGepubliceerd);
        await using var db = NieuweContext();
        var nieuw = (await WebhookGeheimVernieuwen.HandleAsync(db, webhook.Id, Ct)).Waarde!;

        Assert.NotEqual(webhook.Geheim, nieuw.Geheim);
        Assert.Matches("^[0-9a-f]{64}$", nieuw.Geheim);
        var audit = await db.AuditRegels.Where(r => r.Entiteit == nameof(Webhook) && r.Sleutel == webhook.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync(Ct);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, r => Assert.DoesNotContain(webhook.Geheim, r.Voor + r.Na, StringComparison.Ordinal));
        Assert.All(audit, r => Assert.DoesNotContain(nieuw.Geheim, r.Voor + r.Na, StringComparison.Ordinal));
        Assert.Contains("[geheim]", audit[^1].Na, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onjuiste_registratie_noemt_het_veld_en_de_regel_en_slaat_niets_op()
    {
        var regio = await RegioAsync();
        await using var db = NieuweContext();
        var code = await db.Regios.Where(r => r.Id == regio).Select(r => r.Code).SingleAsync(Ct);
        var resultaat = await WebhookRegistreren.HandleAsync(db, code, new("http://toewijzingen.houten.nl/haak", ["aanbesteding.verplaatst"], new string('x', 201)),
            "inkoper@test", Publicatie, new WebhookOptions(), (_, _) => throw new InvalidOperationException(), Ct);

        Assert.Equal(["webhook.soort-onbekend", "webhook.omschrijving-te-lang", "webhook.url-geen-https"], resultaat.Weigeringen.Select(w => w.Code));
        Assert.Equal(["Soorten", "Omschrijving", "Url"], resultaat.Weigeringen.Select(w => w.Veld));
        Assert.False(await db.Webhooks.AnyAsync(w => w.RegioId == regio, Ct));
        var dubbel = await RegistreerAsync(regio, "https://toewijzingen.houten.nl/haak", Publicatie, WebhookSoort.NviGepubliceerd);
        var nogEens = await WebhookRegistreren.HandleAsync(db, code, new(dubbel.Url, [WebhookSoort.NviGepubliceerd], null), "inkoper@test", Publicatie, Lokaal,
            (_, _) => throw new InvalidOperationException(), Ct);
        Assert.Equal("webhook.url-bestaat", nogEens.Weigering?.Code);
    }

    /// <summary>A procedure of the region with one contract, made directly: what the finder reads, not how the award came about.</summary>
    private async Task<int> MaakContractAsync(int regioId, DateOnly start, DateOnly einde)
    {
        await using var db = NieuweContext();
        var a = Aanbesteding.Nieuw(regioId, $"Contracttest {Guid.NewGuid():N}", Procedurevorm.OpenHouse);
        a.Status = AanbestedingStatus.LopendContract;
        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(Ct);
        var c = new Raamovereenkomst
        {
            AanbestedingId = a.Id,
            PerceelNummer = 1,
            ZorgaanbiederId = await db.Zorgaanbieders.OrderBy(z => z.Id).Select(z => z.Id).FirstAsync(Ct),
            Herkomst = ContractHerkomst.Toelating,
            Start = start,
            Einde = einde,
            OorspronkelijkEinde = einde,
        };
        db.Raamovereenkomsten.Add(c);
        await db.SaveChangesAsync(Ct);
        return c.Id;
    }
}

public sealed class WebhookTestsSqlite(SqliteTestDatabase database) : WebhookTests<SqliteTestDatabase>(database);

public sealed class WebhookTestsPostgres(PostgresTestDatabase database) : WebhookTests<PostgresTestDatabase>(database);
