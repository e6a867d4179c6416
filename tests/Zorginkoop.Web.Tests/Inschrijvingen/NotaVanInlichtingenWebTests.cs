using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>From a provider's question to the public Nota van Inlichtingen over HTTP, and who sees what on the way.</summary>
public abstract class NotaVanInlichtingenWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_vraag_wordt_beantwoord_en_gepubliceerd_zonder_dat_iemand_de_vrager_kan_zien()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        var geheim = $"Vraag-{Guid.NewGuid():N}";
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        using var gesteld = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{id}/vragen",
            Forms.Velden(("Tekst", $"Stichting Timon vraagt: {geheim}"), ("Perceel", "1"), ("Onderwerp", "Bestek 4.1")));
        Assert.Equal(HttpStatusCode.Redirect, gesteld.StatusCode);

        // Another provider and the public do not see the question; the officer sees who asked.
        using var ander = await Inloggen.AlsAsync(App, "aanbieder2");
        var (_, anderePagina) = await GetAsync($"/aanbestedingen/{id}/vragen", ander);
        Assert.DoesNotContain(geheim, anderePagina, StringComparison.Ordinal);
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var (_, lijst) = await GetAsync($"/aanbestedingen/{id}/vragen/beheer", inkoper);
        Assert.Contains("Stichting Timon", lijst, StringComparison.Ordinal);
        var behandelen = Regex.Match(lijst, $"href=\"(/aanbestedingen/{id}/vragen/[0-9]+)\">Vraag 3<").Groups[1].Value;
        Assert.NotEmpty(behandelen);

        using (var beantwoord = await Forms.PostAsync(inkoper, behandelen,
                   Forms.Velden(("PubliekeVraag", "Geldt de eis van paragraaf 4.1 ook voor onderaannemers?"), ("Antwoord", "Ja, voor elke onderaannemer.")), "Beantwoorden"))
        {
            Assert.Equal(HttpStatusCode.Redirect, beantwoord.StatusCode);
        }

        using var gepubliceerd = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/vragen/beheer", [], "Publiceren");
        Assert.Equal($"/aanbestedingen/{id}/nvi/2", gepubliceerd.Headers.Location?.OriginalString);

        var (openbaar, nvi) = await GetAsync($"/aanbestedingen/{id}/nvi/2");
        Assert.Equal(HttpStatusCode.OK, openbaar.StatusCode);
        Assert.Contains("Geldt de eis van paragraaf 4.1 ook voor onderaannemers?", nvi, StringComparison.Ordinal);
        Assert.DoesNotContain("Timon", nvi, StringComparison.Ordinal);
        Assert.DoesNotContain(geheim, nvi, StringComparison.Ordinal);
        using var pdf = await App.NieuweClient().GetAsync($"/aanbestedingen/{id}/nvi/2?handler=Pdf", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct))[..4], StringComparison.Ordinal);

        // The provider now sees the answer with its own question; the question, once published, cannot be answered again.
        var (_, eigen) = await GetAsync($"/aanbestedingen/{id}/vragen", aanbieder);
        Assert.Contains("Ja, voor elke onderaannemer.", eigen, StringComparison.Ordinal);
        using var opnieuw = await Forms.PostAsync(inkoper, behandelen, Forms.Velden(("PubliekeVraag", "x"), ("Antwoord", "Toch niet.")), "Beantwoorden");
        Assert.Contains("gepubliceerd en verandert niet meer", await opnieuw.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_ronde_of_een_ronde_van_een_concept_is_niet_gevonden()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);

        var (onbekend, _) = await GetAsync($"/aanbestedingen/{id}/nvi/99");

        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
    }
}

public sealed class NotaVanInlichtingenWebTestsSqlite(SqliteApp app) : NotaVanInlichtingenWebTests<SqliteApp>(app);

public sealed class NotaVanInlichtingenWebTestsPostgres(PostgresApp app) : NotaVanInlichtingenWebTests<PostgresApp>(app);
