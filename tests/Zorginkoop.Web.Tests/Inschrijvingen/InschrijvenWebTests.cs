using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>The provider's journey over HTTP: submit, retry, receipt, check, withdraw; and what another provider gets.</summary>
public abstract class InschrijvenWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private async Task<int> OntvangstbewijzenAsync(int aanbesteding)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>().Ontvangstbewijzen.CountAsync(o => o.AanbestedingId == aanbesteding, Ct);
    }

    [Fact]
    public async Task Een_herhaalde_inzending_geeft_hetzelfde_ontvangstbewijs_dat_alleen_de_eigen_aanbieder_ziet_en_controleert()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        var verzoek = Guid.NewGuid();

        using var eerste = await InschrijvingHulp.IndienenAsync(aanbieder, App, id, "Ons plan", verzoek);
        using var tweede = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{id}/inschrijving",
            InschrijvingHulp.Velden(await InschrijvingHulp.EisenAsync(App, id), "Ons plan", "65,25", verzoek), "Indienen");

        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.Equal(eerste.Headers.Location, tweede.Headers.Location);
        Assert.Equal(1, await OntvangstbewijzenAsync(id));
        var (_, bewijs) = await GetAsync(eerste.Headers.Location!.OriginalString, aanbieder);
        var sha = Regex.Match(bewijs, "<code class=\"utrecht-code zi-json\">([0-9a-f]{64})</code>").Groups[1].Value;
        Assert.Contains("Stichting Timon", bewijs, StringComparison.Ordinal);
        Assert.Contains("ontvangen op <strong>31 juli 2023, 12:00 uur</strong> en opgeslagen op <strong>31 juli 2023, 12:00 uur</strong>", bewijs, StringComparison.Ordinal);

        var (_, controle) = await GetAsync($"/mijn/ontvangstbewijs-controleren?code={sha}", aanbieder);
        Assert.Contains("Geldig controlegetal", controle, StringComparison.Ordinal);

        // Another provider: the receipt is "not found" and the code "not given to your organisation".
        using var ander = await Inloggen.AlsAsync(App, "aanbieder2");
        var (nietGevonden, _) = await GetAsync(eerste.Headers.Location!.OriginalString, ander);
        Assert.Equal(HttpStatusCode.NotFound, nietGevonden.StatusCode);
        var (_, andereControle) = await GetAsync($"/mijn/ontvangstbewijs-controleren?code={sha}", ander);
        Assert.Contains("niet aan uw organisatie gegeven", andereControle, StringComparison.Ordinal);
        var (_, onzin) = await GetAsync("/mijn/ontvangstbewijs-controleren?code=xyz", ander);
        Assert.Contains("64 tekens", onzin, StringComparison.Ordinal);

        // The dashboard lists the bid with its receipt; withdrawing leaves a draft to do.
        var (_, mijn) = await GetAsync("/mijn", aanbieder);
        Assert.Contains(eerste.Headers.Location!.OriginalString, mijn, StringComparison.Ordinal);
        using var ingetrokken = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{id}/inschrijving", [], "Intrekken");
        Assert.Equal(HttpStatusCode.Redirect, ingetrokken.StatusCode);
        var (_, daarna) = await GetAsync("/mijn", aanbieder);
        Assert.Contains("uw inschrijving is nog niet ingediend", Tekst(daarna), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onvolledige_inzending_toont_wat_ontbreekt_en_houdt_de_ingevulde_tekst_vast()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder2");
        var eisen = await InschrijvingHulp.EisenAsync(App, id);

        using var antwoord = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{id}/inschrijving",
            InschrijvingHulp.Velden(eisen, "Half plan <script>alert(1)</script>", "", Guid.NewGuid()), "Indienen");
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("De inschrijving is nog niet compleet", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("Kwaliteitscertificaat", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("Half plan &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal(0, await OntvangstbewijzenAsync(id) - await OntvangstbewijzenAsync(id));
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        Assert.False(await db.Inschrijvingen.AnyAsync(i => i.AanbestedingId == id && i.Status == InschrijvingStatus.Ingediend && i.ZorgaanbiederId != 0
            && db.Zorgaanbieders.Any(z => z.Id == i.ZorgaanbiederId && z.Naam == "Tzorg"), Ct));
    }

    [Fact]
    public async Task Een_bedrag_dat_geen_bedrag_is_wordt_in_het_Nederlands_geweigerd()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder2");

        using var antwoord = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{id}/inschrijving",
            InschrijvingHulp.Velden(await InschrijvingHulp.EisenAsync(App, id), "plan", "veel", Guid.NewGuid()), "Bewaren");

        Assert.Contains("Perceel 1: 'veel' is geen bedrag. Schrijf het bijvoorbeeld als 67,50.", Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }
}

public sealed class InschrijvenWebTestsSqlite(SqliteApp app) : InschrijvenWebTests<SqliteApp>(app);

public sealed class InschrijvenWebTestsPostgres(PostgresApp app) : InschrijvenWebTests<PostgresApp>(app);

/// <summary>The deadline on the server's clock, over HTTP: one tick late is refused with the moment, and nothing changes.</summary>
public abstract class DeadlineWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_inzending_op_de_deadline_wordt_geweigerd_met_het_moment_en_de_concepttekst_blijft()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        DateTimeOffset deadline;
        using (var scope = App.Services.CreateScope())
        {
            deadline = (await scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>().Aanbestedingen.SingleAsync(a => a.Id == id, Ct)).Sluitingsmoment!.Value;
        }

        // Half an hour before the deadline (the login lasts eight hours on the same clock).
        App.Tijd.SetUtcNow(deadline.AddMinutes(-30));
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        var eisen = await InschrijvingHulp.EisenAsync(App, id);
        using (var bewaard = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{id}/inschrijving", InschrijvingHulp.Velden(eisen, "concept", "10,00", Guid.NewGuid()), "Bewaren"))
        {
            Assert.Equal(HttpStatusCode.Redirect, bewaard.StatusCode);
        }

        // The form was loaded before the deadline; it is posted at the deadline exactly.
        var pad = $"/aanbestedingen/{id}/inschrijving";
        var (_, formulier) = await GetAsync(pad, aanbieder);
        App.Tijd.SetUtcNow(deadline);
        using var teLaat = await aanbieder.PostAsync($"{pad}?handler=Indienen", new FormUrlEncodedContent(
            InschrijvingHulp.Velden(eisen, "gewijzigd", "10,00", Guid.NewGuid()).Prepend(new("__RequestVerificationToken", Inloggen.AntiforgeryToken(formulier)))), Ct);
        var html = Tekst(await teLaat.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, teLaat.StatusCode);
        Assert.Contains("De uiterste inschrijfdatum was 28 augustus 2023, 12:00 uur. Uw verzoek kwam binnen op 28 augustus 2023, 12:00 uur (10:00:00.000 UTC)", html, StringComparison.Ordinal);
        using var lees = App.Services.CreateScope();
        var db = lees.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        var i = await db.Inschrijvingen.SingleAsync(x => x.AanbestedingId == id && db.Zorgaanbieders.Any(z => z.Id == x.ZorgaanbiederId && z.Naam == "Stichting Timon"), Ct);
        Assert.Equal(InschrijvingStatus.Concept, i.Status);
        Assert.Equal("concept", Inschrijven.Lees(lees.ServiceProvider.GetRequiredService<Kluis>(), i).Kwaliteit.Antwoorden.Values.Single());
    }
}

public sealed class DeadlineWebTestsSqlite(SqliteApp app) : DeadlineWebTests<SqliteApp>(app);

public sealed class DeadlineWebTestsPostgres(PostgresApp app) : DeadlineWebTests<PostgresApp>(app);
