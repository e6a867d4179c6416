using System.Net;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;
using Zorginkoop.Werk;

namespace Zorginkoop.Web.Tests.Werk;

/// <summary>/werk, the inbox and the settings as their users reach them: login lands there, the count in the header, per region, per person.</summary>
public abstract class WerkWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    /// <summary>A concept of <paramref name="regio"/> whose planned publication has passed: "te laat" on its officers' lists.</summary>
    private Task<int> VergetenConceptAsync(string regio, string naam) => MetDbAsync(async db =>
    {
        var a = Aanbesteding.Nieuw(await db.Regios.Where(r => r.Code == regio).Select(r => r.Id).SingleAsync(Ct), naam, Procedurevorm.OpenHouse);
        a.Publicatiedatum = DateOnly.FromDateTime(ZorginkoopApp.Nu.UtcDateTime).AddDays(-3);
        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(Ct);
        return a.Id;
    });

    private static string Taken(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "class=\"utrecht-link utrecht-link--html-a zi-teller\" href=\"/werk\">([^<]+)<").Groups[1].Value;

    [Fact]
    public async Task Na_het_inloggen_staat_de_werkbak_open_met_het_werk_van_de_eigen_regio()
    {
        var naam = $"Vergeten concept {Guid.NewGuid():N}";
        var id = await VergetenConceptAsync("lekstroom", naam);
        var client = App.NieuweClient();
        using var login = await Inloggen.PostAsync(client, DemoAccounts.Email("inkoper.lekstroom"), DemoAccounts.Wachtwoord);
        var (_, werk) = await GetAsync("/werk", client);
        var (_, elders) = await GetAsync("/werk", await Inloggen.AlsAsync(App, "inkoper.utrecht-west"));

        Assert.Equal("/werk", login.Headers.Location?.OriginalString);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Mijn werk</h1>", werk, StringComparison.Ordinal);
        Assert.Contains($"href=\"/aanbestedingen/{id}\">Nog niet gepubliceerd", werk, StringComparison.Ordinal);
        Assert.Contains(naam, Tekst(werk), StringComparison.Ordinal);
        Assert.Contains("Te laat of vandaag", werk, StringComparison.Ordinal);
        Assert.Matches("^[0-9.]+ ta(ak|ken)$", Taken(werk));
        Assert.DoesNotContain(naam, Tekst(elders), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_beoordelaar_ziet_de_inschrijvingen_die_op_haar_score_wachten()
    {
        var id = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Naam == Zorginkoop.Demo.DemoInschrijvingen.BeoordelingNaam).Select(a => a.Id).SingleAsync(Ct));
        var (_, werk) = await GetAsync("/werk", await Inloggen.AlsAsync(App, "beoordelaar"));

        Assert.Contains($"href=\"/aanbestedingen/{id}/beoordeling\">3 inschrijvingen wachten op uw beoordeling</a>", werk, StringComparison.Ordinal);
        Assert.Contains("Inschrijvingen die op mijn beoordeling wachten", werk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_aanbieder_gaat_naar_mijn_inschrijvingen_en_de_publieke_bezoeker_naar_het_inloggen()
    {
        var (aanbieder, _) = await GetAsync("/werk", await Inloggen.AlsAsync(App, "aanbieder"));
        var (publiek, _) = await GetAsync("/werk", App.NieuweClient());
        var (systeem, html) = await GetAsync("/werk", await Inloggen.AlsAsync(App, "systeembeheerder"));

        Assert.Equal("/mijn", aanbieder.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, publiek.StatusCode);
        Assert.StartsWith("/inloggen", publiek.Headers.Location?.AbsolutePath ?? publiek.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, systeem.StatusCode);
        Assert.Contains("U heeft geen rol in een regio", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_teller_in_de_kop_volgt_wat_de_persoon_zelf_deed()
    {
        var client = await Inloggen.AlsAsync(App, "inkoper.utrecht-west");
        var (_, voor) = await GetAsync("/catalogus", client);
        var id = await VergetenConceptAsync("utrecht-west", $"Concept {Guid.NewGuid():N}");
        var (_, bewaard) = await GetAsync("/catalogus", client);
        // Her own change (any POST) forgets the count: the next page counts again.
        using var opslaan = await Forms.PostAsync(client, "/werk/instellingen", Forms.Velden(("Keuzes[concept]", "Direct")));
        var (_, daarna) = await GetAsync("/catalogus", client);

        int Getal(string html) => int.Parse(Taken(html).Split(' ')[0], System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        Assert.Equal(Getal(voor), Getal(bewaard));
        Assert.Equal(Getal(voor) + 1, Getal(daarna));
        Assert.Equal(HttpStatusCode.Redirect, opslaan.StatusCode);
        Assert.True(id > 0);
    }

    [Fact]
    public async Task Het_postvak_toont_ongelezen_meldingen_en_openen_markeert_gelezen_alleen_voor_de_eigenaar()
    {
        var client = await Inloggen.AlsAsync(App, "analist.lekstroom");
        var (berichtId, andermans) = await MetDbAsync(async db =>
        {
            var analist = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Email("analist.lekstroom"), Ct);
            var ander = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Email("inkoper.lekstroom"), Ct);
            var eigen = new Postvakbericht
            {
                GebruikerId = analist.Id,
                Sleutel = $"test:{Guid.NewGuid():N}",
                Soort = Werksoorten.Import.Code,
                Titel = "Import geweigerd: zorg.csv",
                Toelichting = "Verbeter het bestand.",
                Link = "/zorgdata",
                AangemaaktOp = ZorginkoopApp.Nu,
                Kanaal = Kanaal.AlleenApp,
            };
            var vreemd = new Postvakbericht
            {
                GebruikerId = ander.Id,
                Sleutel = $"test:{Guid.NewGuid():N}",
                Soort = Werksoorten.Vragen.Code,
                Titel = "Niet voor de analist",
                Toelichting = "-",
                Link = "/werk",
                AangemaaktOp = ZorginkoopApp.Nu,
                Kanaal = Kanaal.AlleenApp,
            };
            db.Postvakberichten.AddRange(eigen, vreemd);
            await db.SaveChangesAsync(Ct);
            return (eigen.Id, vreemd.Id);
        });

        var (_, postvak) = await GetAsync("/werk/postvak?alleenOngelezen=true", client);
        var (openen, _) = await GetAsync($"/werk/postvak?handler=Openen&id={berichtId}", client);
        var (vreemd, _) = await GetAsync($"/werk/postvak?handler=Openen&id={andermans}", client);
        var (_, daarna) = await GetAsync("/werk/postvak?alleenOngelezen=true", client);

        Assert.Contains("Import geweigerd: zorg.csv", postvak, StringComparison.Ordinal);
        Assert.DoesNotContain("Niet voor de analist", postvak, StringComparison.Ordinal);
        Assert.Contains("Postvak (", postvak, StringComparison.Ordinal);
        Assert.Equal("/zorgdata", openen.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);
        Assert.DoesNotContain("Import geweigerd: zorg.csv", daarna, StringComparison.Ordinal);
        Assert.Null(await MetDbAsync(db => db.Postvakberichten.Where(p => p.Id == andermans).Select(p => p.GelezenOp).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Instellingen_bewaren_alleen_soorten_van_de_eigen_rollen()
    {
        var client = await Inloggen.AlsAsync(App, "analist.utrecht-west");
        var (_, pagina) = await GetAsync("/werk/instellingen", client);
        using var goed = await Forms.PostAsync(client, "/werk/instellingen", Forms.Velden(("Keuzes[dekking]", "Direct"), ("Keuzes[budget]", "AlleenApp")));
        using var vreemd = await Forms.PostAsync(client, "/werk/instellingen", Forms.Velden(("Keuzes[kluis]", "Dagelijks")));
        var html = await vreemd.Content.ReadAsStringAsync(Ct);
        var opgeslagen = await MetDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.UserName == DemoAccounts.Email("analist.utrecht-west")).Select(u => u.Id).SingleAsync(Ct);
            return await MeldingVoorkeuren.VanAsync(db, id, Ct);
        });

        Assert.Contains("Dekkingssignalen", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("Kluisopeningen", pagina, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, vreemd.StatusCode);
        Assert.Contains("&#x27;kluis&#x27; is geen soort melding van uw rollen.", html, StringComparison.Ordinal);
        Assert.Equal((Kanaal.Direct, Kanaal.AlleenApp, Werksoorten.Kluis.Standaard), (opgeslagen["dekking"], opgeslagen["budget"], opgeslagen["kluis"]));
    }

    [Fact]
    public async Task De_demo_wacht_op_een_definitieve_gunning_en_die_maakt_de_contracten()
    {
        var id = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Naam == Zorginkoop.Demo.DemoInschrijvingen.GunningNaam).Select(a => a.Id).SingleAsync(Ct));
        var inkoper = await Inloggen.AlsAsync(App, "inkoper.lekstroom");
        var (_, werk) = await GetAsync("/werk", inkoper);
        var link = $"/aanbestedingen/{id}/gunning";

        Assert.Contains($"href=\"{link}\">Opschortingstermijn voorbij: definitief gunnen</a>", werk, StringComparison.Ordinal);
        using var gunnen = await Forms.PostAsync(inkoper, link, [], handler: "Definitief");
        var (_, daarna) = await GetAsync("/werk", inkoper);
        var (_, lijst) = await GetAsync("/gecontracteerd?regio=lekstroom&zoek=Abrona");

        Assert.Equal(HttpStatusCode.Redirect, gunnen.StatusCode);
        Assert.Equal(2, await MetDbAsync(db => db.Raamovereenkomsten.CountAsync(c => c.AanbestedingId == id, Ct)));
        Assert.DoesNotContain(link, daarna, StringComparison.Ordinal);
        Assert.Contains("Stichting Abrona", lijst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_publieke_startpagina_vertelt_wat_er_nu_gebeurt_per_regio()
    {
        var (_, alle) = await GetAsync("/");
        var (_, utrechtWest) = await GetAsync("/?regio=utrecht-west");

        Assert.Contains("Open voor inschrijving", alle, StringComparison.Ordinal);
        Assert.Contains("Laatste nieuws uit de inkooptrajecten", alle, StringComparison.Ordinal);
        Assert.Contains("Recent gegund", alle, StringComparison.Ordinal);
        Assert.Contains("Jeugdhulp Ambulant", alle, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"en\"", alle, StringComparison.Ordinal);
        Assert.DoesNotContain("volgende versies", alle, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeugdhulp Ambulant", utrechtWest, StringComparison.Ordinal);
        Assert.Contains("in Utrecht-West", Tekst(utrechtWest), StringComparison.Ordinal);
    }
}

public sealed class WerkWebTestsSqlite(SqliteApp app) : WerkWebTests<SqliteApp>(app);

public sealed class WerkWebTestsPostgres(PostgresApp app) : WerkWebTests<PostgresApp>(app);
