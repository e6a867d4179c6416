using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>
/// The Nota van Inlichtingen protects the asker: a careless public wording is found before publishing, the officer sees
/// what was found, and publishes only after changing it or with a reason (issue 13, point 6).
/// </summary>
public abstract class VraagstellercontroleWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_nota_met_naam_en_plaats_van_de_vrager_wordt_pas_met_een_reden_gepubliceerd()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        var plaats = await MetDbAsync(db => db.Zorgaanbieders.Where(z => z.Naam == "Stichting Timon").Select(z => z.Plaats!).SingleAsync(Ct));
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        using (var gesteld = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{id}/vragen", Forms.Velden(("Tekst", "Mag het ook in een groep?"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, gesteld.StatusCode);
        }

        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var (_, lijst) = await GetAsync($"/aanbestedingen/{id}/vragen/beheer", inkoper);
        var behandelen = Regex.Matches(lijst, $"href=\"(/aanbestedingen/{id}/vragen/[0-9]+)\">Vraag [0-9]+<").Last().Groups[1].Value;
        using (var beantwoord = await Forms.PostAsync(inkoper, behandelen,
                   Forms.Velden(("PubliekeVraag", $"Wij (Stichting Timon, {plaats}) vragen: mag de begeleiding ook in een groep?"), ("Antwoord", "Nee.")), "Beantwoorden"))
        {
            Assert.Equal(HttpStatusCode.Redirect, beantwoord.StatusCode);
        }

        var rondesVoor = await MetDbAsync(db => db.NvIRondes.CountAsync(r => r.AanbestedingId == id, Ct));
        using var geweigerd = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/vragen/beheer", [], "Publiceren");
        var pagina = Tekst(await geweigerd.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("De Nota van Inlichtingen is niet gepubliceerd", pagina, StringComparison.Ordinal);
        Assert.Matches("<mark>Stichting Timon</mark></td><td[^>]*>naam van de vraagsteller", pagina);
        Assert.Matches($"<mark>{plaats}</mark></td><td[^>]*>plaats van de vraagsteller", pagina);
        Assert.Equal(rondesVoor, await MetDbAsync(db => db.NvIRondes.CountAsync(r => r.AanbestedingId == id, Ct)));

        // "Toch publiceren" without a reason asks for one; with a reason it publishes, and the reason is not public.
        using var zonderReden = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/vragen/beheer", Forms.Velden(("OndanksReden", " ")), "Publiceren");
        Assert.Contains("Leg uit waarom u toch publiceert.", Tekst(await zonderReden.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        using var toch = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/vragen/beheer",
            Forms.Velden(("OndanksReden", "Stichting Timon stemde schriftelijk in met vermelding.")), "Publiceren");
        Assert.Equal(HttpStatusCode.Redirect, toch.StatusCode);
        var (_, nvi) = await GetAsync(toch.Headers.Location!.OriginalString);
        Assert.DoesNotContain("stemde schriftelijk in", nvi, StringComparison.Ordinal);
        var (_, beheer) = await GetAsync($"/aanbestedingen/{id}/vragen/beheer", inkoper);
        Assert.Contains("Toch gepubliceerd door inkoper@demo.zorginkoop.nl, omdat: Stichting Timon stemde schriftelijk in met vermelding.", Tekst(beheer), StringComparison.Ordinal);
    }
}

public sealed class VraagstellercontroleWebTestsSqlite(SqliteApp app) : VraagstellercontroleWebTests<SqliteApp>(app);

public sealed class VraagstellercontroleWebTestsPostgres(PostgresApp app) : VraagstellercontroleWebTests<PostgresApp>(app);
