using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Gunning;

/// <summary>
/// The award over HTTP on the demo's practice procedure with two sealed bids: blind scoring on the page, price closed
/// until quality is final, the provisional award with letters (HTML and PDF) for the right people only, the standstill
/// and the final award that fills the contract register.
/// </summary>
public abstract class GunningWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private async Task<(int Aanbesteding, int[] Inschrijvingen, int Uea, int Plan)> OpenKluisAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        var a = await db.Aanbestedingen.Include(x => x.Percelen).SingleAsync(x => x.Naam == DemoInschrijvingen.GeslotenNaam, Ct);
        if (!await KluisOpenen.IsOpenAsync(db, a.Id, Ct))
        {
            Assert.Null(await KluisOpenen.AanvragenAsync(db, a, "inkoper@demo.zorginkoop.nl", App.Tijd.GetUtcNow(), Ct));
            Assert.Null(await KluisOpenen.BevestigenAsync(db, a, "inkoper2@demo.zorginkoop.nl", App.Tijd.GetUtcNow(), Ct));
            Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.BeoordelingStarten), "inkoper@demo.zorginkoop.nl", App.Tijd.GetUtcNow(), Ct));
        }

        var inschrijvingen = await db.Inschrijvingen.Where(i => i.AanbestedingId == a.Id).OrderBy(i => i.Id).Select(i => i.Id).ToArrayAsync(Ct);
        var criteria = await Criteria.VanAsync(db, a.Id, Ct);
        return (a.Id, inschrijvingen, criteria.Single(c => c.Soort == CriteriumSoort.Eis).Id, criteria.Single(c => c.Soort == CriteriumSoort.Kwaliteit).Id);
    }

    private static Task<HttpResponseMessage> ScoorAsync(HttpClient client, string pad, int uea, int plan, int score, string motivering, string handler) =>
        Forms.PostAsync(client, pad, Forms.Velden(($"Waarden[{uea}]", "1"), ($"Waarden[{plan}]", score.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ($"Motiveringen[{plan}]", motivering)), handler);

    [Fact]
    public async Task Van_blind_scoren_tot_de_raamovereenkomsten()
    {
        var (id, inschrijvingen, uea, plan) = await OpenKluisAsync();
        using var beoordelaar = await Inloggen.AlsAsync(App, "beoordelaar");
        using var inkoper2 = await Inloggen.AlsAsync(App, "inkoper2");
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");

        // Blind: the first assessor's scores stay hidden from the second until the second has submitted.
        var pad = $"/aanbestedingen/{id}/beoordeling/{inschrijvingen[0]}";
        Assert.Equal(HttpStatusCode.Redirect, (await ScoorAsync(beoordelaar, pad, uea, plan, 8, "Sterk wijkgericht plan van de beoordelaar", "Indienen")).StatusCode);
        var (_, voor) = await GetAsync(pad, inkoper2);
        Assert.DoesNotContain("Sterk wijkgericht plan van de beoordelaar", Tekst(voor), StringComparison.Ordinal);
        Assert.Contains("U ziet de scores van de andere beoordelaars nadat u uw eigen beoordeling", Tekst(voor), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ScoorAsync(inkoper2, pad, uea, plan, 7, "Goed plan, samenwerking kan concreter", "Indienen")).StatusCode);
        var (_, na) = await GetAsync(pad, inkoper2);
        Assert.Contains("Sterk wijkgericht plan van de beoordelaar", Tekst(na), StringComparison.Ordinal);

        // A submitted assessment stays as it is.
        using var opnieuw = await ScoorAsync(beoordelaar, pad, uea, plan, 2, "toch anders", "Bewaren");
        Assert.Contains("al ingediend; zij ligt vast", Tekst(await opnieuw.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var pad2 = $"/aanbestedingen/{id}/beoordeling/{inschrijvingen[1]}";
        await ScoorAsync(beoordelaar, pad2, uea, plan, 6, "Voldoende", "Indienen");
        await ScoorAsync(inkoper2, pad2, uea, plan, 6, "Voldoende", "Indienen");
        foreach (var (p, score) in new[] { (pad, 8), (pad2, 6) })
        {
            await Forms.PostAsync(beoordelaar, p, Forms.Velden(("CriteriumId", uea.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ConsensusWaarde", "1"), ("ConsensusMotivering", "UEA zonder uitsluitingsgronden")), "Consensus");
            await Forms.PostAsync(beoordelaar, p, Forms.Velden(("CriteriumId", plan.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ConsensusWaarde", score.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ConsensusMotivering", $"Consensus {score}: concreet plan")), "Consensus");
        }

        // The price stays closed until quality is final; an assessor cannot make it final, an officer can.
        var overzicht = $"/aanbestedingen/{id}/beoordeling";
        var (_, voorDefinitief) = await GetAsync(overzicht, inkoper);
        Assert.DoesNotContain("Rangschikking", voorDefinitief, StringComparison.Ordinal);
        using var doorBeoordelaar = await Forms.PostAsync(beoordelaar, overzicht, [], "Vaststellen");
        Assert.Equal(HttpStatusCode.Redirect, doorBeoordelaar.StatusCode);
        Assert.StartsWith("http://localhost/geen-toegang", doorBeoordelaar.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(inkoper, overzicht, [], "Vaststellen")).StatusCode);
        var (_, rangschikking) = await GetAsync(overzicht, inkoper);
        Assert.Contains("Rangschikking", rangschikking, StringComparison.Ordinal);

        // Kwintes: 60 × 8/10 = 48 + 40 (lowest price, € 67,50) = 88,00; Reinaerde: 36 + 40 × 6750/7125 = 37,89 → 73,89.
        Assert.Contains("88,00", Tekst(rangschikking), StringComparison.Ordinal);
        Assert.Contains("73,89", Tekst(rangschikking), StringComparison.Ordinal);

        using var voorlopig = await Forms.PostAsync(inkoper, overzicht, [], "VoorlopigGunnen");
        Assert.Equal($"/aanbestedingen/{id}/gunning", voorlopig.Headers.Location!.OriginalString);
        int kwintes;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
            kwintes = await db.Zorgaanbieders.Where(z => z.Naam == "Stichting Kwintes").Select(z => z.Id).SingleAsync(Ct);
            Assert.Equal(2, await db.Gunningsbesluiten.CountAsync(b => b.AanbestedingId == id && b.Uitkomst == BesluitUitkomst.Gegund, Ct));
        }

        // The letter: for employees as HTML and PDF; a provider that did not bid finds nothing.
        var (briefAntwoord, brief) = await GetAsync($"/aanbestedingen/{id}/gunning/brieven/{kwintes}", inkoper);
        Assert.Equal(HttpStatusCode.OK, briefAntwoord.StatusCode);
        Assert.Contains("Wij zijn voornemens dit perceel aan u te gunnen.", Tekst(brief), StringComparison.Ordinal);
        Assert.Contains("De opschortingstermijn eindigt op", Tekst(brief), StringComparison.Ordinal);
        using var pdf = await inkoper.GetAsync($"/aanbestedingen/{id}/gunning/brieven/{kwintes}?handler=Pdf", Ct);
        Assert.True(pdf.Content.Headers.ContentType!.MediaType == "application/pdf", await pdf.Content.ReadAsStringAsync(Ct));
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Ct)))
        {
            var tekst = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains("Voorlopige gunning", tekst, StringComparison.Ordinal);
            Assert.Contains("Consensus 8: concreet plan", tekst, StringComparison.Ordinal);
            Assert.Contains("88,00", tekst, StringComparison.Ordinal);
        }

        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        var (nietVanMij, _) = await GetAsync($"/mijn/gunningsbrieven/{id}", aanbieder);
        Assert.Equal(HttpStatusCode.NotFound, nietVanMij.StatusCode);

        // Final award: refused during the standstill, then after it the contracts are in the register.
        using var teVroeg = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/gunning", [], "Definitief");
        Assert.Contains("De opschortingstermijn loopt tot", Tekst(await teVroeg.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        // The standstill's end is moved to the past in the database rather than advancing the app's clock by three weeks:
        // the fake clock would fire every background timer tick in between (a minute of test time). The timing rule
        // itself is tested with explicit instants in the domain tests (GunningTests).
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == id, Ct);
            a.StandstillEinde = App.Tijd.GetUtcNow().AddSeconds(-1);
            await db.SaveChangesAsync(Ct);
        }

        var later = inkoper;
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(later, $"/aanbestedingen/{id}/gunning", [], "Definitief")).StatusCode);
        var (_, register) = await GetAsync($"/contracten?aanbesteding={id}", later);
        Assert.Contains("2 contracten van deze aanbesteding", Tekst(register), StringComparison.Ordinal);
        var (_, openbaar) = await GetAsync($"/aanbestedingen/{id}");
        Assert.Contains("Stichting Kwintes", Tekst(openbaar), StringComparison.Ordinal);
        Assert.Contains("2 definitief gegunde aanbieders", Tekst(openbaar), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_beoordelaar_ziet_het_prijsdeel_nergens_en_wie_niet_mag_beoordelen_komt_er_niet_bij()
    {
        var (id, inschrijvingen, _, _) = await OpenKluisAsync();
        using var beoordelaar = await Inloggen.AlsAsync(App, "beoordelaar");
        using var analist = await Inloggen.AlsAsync(App, "analist");

        var (_, pagina) = await GetAsync($"/aanbestedingen/{id}/beoordeling/{inschrijvingen[0]}", beoordelaar);
        var (geweigerd, _) = await GetAsync($"/aanbestedingen/{id}/beoordeling/{inschrijvingen[0]}", analist);
        var (onbekend, _) = await GetAsync($"/aanbestedingen/{id}/beoordeling/999999", beoordelaar);

        // The practice bids are € 67,50 and € 71,25; neither amount is on the assessment page.
        Assert.DoesNotContain("67,50", Tekst(pagina), StringComparison.Ordinal);
        Assert.DoesNotContain("71,25", Tekst(pagina), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
    }

    [Fact]
    public async Task Een_inkoper_vraagt_herstel_een_beoordelaar_niet_en_een_andere_aanbieder_ziet_het_verzoek_niet()
    {
        // The practice procedure whose vault the demo already opened (no other test here changes it).
        var id = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Naam == DemoInschrijvingen.BeoordelingNaam).Select(a => a.Id).SingleAsync(Ct));
        var inschrijvingen = await MetDbAsync(db => db.Inschrijvingen.Where(i => i.AanbestedingId == id).OrderBy(i => i.Id).Select(i => i.Id).ToArrayAsync(Ct));
        var eis = await MetDbAsync(db => db.Inschrijvingseisen.Where(e => e.AanbestedingId == id && e.Soort == EisSoort.Bestand).Select(e => e.Id).FirstAsync(Ct));
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        using var beoordelaar = await Inloggen.AlsAsync(App, "beoordelaar");
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        var pad = $"/aanbestedingen/{id}/beoordeling/{inschrijvingen[1]}";
        var velden = Forms.Velden(("HerstelEisId", eis.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("HerstelToelichting", "Het certificaat is onleesbaar; lever een leesbare kopie aan."),
            ("HerstelTermijn", App.Tijd.GetUtcNow().AddDays(5).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)));

        using var doorBeoordelaar = await Forms.PostAsync(beoordelaar, pad, velden, "Herstel");
        var naBeoordelaar = await MetDbAsync(db => db.Herstelverzoeken.CountAsync(h => h.InschrijvingId == inschrijvingen[1], Ct));
        using var doorInkoper = await Forms.PostAsync(inkoper, pad, velden, "Herstel");
        var verzoek = await MetDbAsync(db => db.Herstelverzoeken.SingleOrDefaultAsync(h => h.InschrijvingId == inschrijvingen[1], Ct));
        var (vreemd, _) = await GetAsync($"/mijn/herstel/{verzoek?.Id}", aanbieder);
        var (_, pagina) = await GetAsync(pad, beoordelaar);

        Assert.StartsWith("http://localhost/geen-toegang", doorBeoordelaar.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, naBeoordelaar);
        Assert.Equal(HttpStatusCode.Redirect, doorInkoper.StatusCode);
        Assert.NotNull(verzoek);
        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);
        Assert.Contains("Het certificaat is onleesbaar", Tekst(pagina), StringComparison.Ordinal);
        Assert.Contains("Nog niet aangeleverd.", Tekst(pagina), StringComparison.Ordinal);
    }
}

public sealed class GunningWebTestsSqlite(SqliteApp app) : GunningWebTests<SqliteApp>(app);

public sealed class GunningWebTestsPostgres(PostgresApp app) : GunningWebTests<PostgresApp>(app);
