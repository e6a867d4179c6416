using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>
/// The vault as every role sees it: before the deadline and before the opening nobody but the bidding provider reads
/// a bid on any page or API answer; after two officers open it, only the roles of KluisLezen read the quality part,
/// and nobody the price.
/// </summary>
public abstract class KluisLekTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private static readonly string[] Medewerkers = ["inkoper", "inkoper2", "contractmanager", "beoordelaar", "analist", "beheerder"];

    /// <summary>Every page and API answer about procedure <paramref name="id"/> a user might try.</summary>
    private static string[] Paden(int id) =>
    [
        $"/aanbestedingen/{id}", $"/aanbestedingen/{id}/kluis", $"/aanbestedingen/{id}/inschrijving", $"/aanbestedingen/{id}/eisen",
        "/aanbestedingen", "/mijn", $"/api/v1/aanbestedingen/{id}", "/api/v1/aanbestedingen?pagina=1", "/inkooptrajecten/feed.atom",
    ];

    private async Task<Dictionary<string, HttpClient>> ClientsAsync()
    {
        var clients = new Dictionary<string, HttpClient> { ["anoniem"] = App.NieuweClient(), ["aanbieder2"] = await Inloggen.AlsAsync(App, "aanbieder2") };
        foreach (var rol in Medewerkers)
        {
            clients[rol] = await Inloggen.AlsAsync(App, rol);
        }

        return clients;
    }

    private async Task GeenLekAsync(IReadOnlyDictionary<string, HttpClient> clients, int id, params string[] geheimen)
    {
        foreach (var (wie, client) in clients)
        {
            foreach (var pad in Paden(id))
            {
                var (antwoord, html) = await GetAsync(pad, client);
                Assert.True((int)antwoord.StatusCode < 500, $"{wie} GET {pad}: {(int)antwoord.StatusCode}");
                foreach (var geheim in geheimen)
                {
                    Assert.False(Tekst(html).Contains(geheim, StringComparison.Ordinal), $"{wie} leest '{geheim}' op {pad}");
                }
            }
        }
    }

    [Fact]
    public async Task Voor_de_deadline_leest_alleen_de_inschrijvende_aanbieder_zijn_inschrijving()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        var geheim = $"Geheim plan {Guid.NewGuid():N}";
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");

        using var ingediend = await InschrijvingHulp.IndienenAsync(aanbieder, App, id, geheim, Guid.NewGuid(), "98,76");

        Assert.Equal(HttpStatusCode.Redirect, ingediend.StatusCode);
        Assert.StartsWith("/mijn/ontvangstbewijzen/", ingediend.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (_, eigen) = await GetAsync($"/aanbestedingen/{id}/inschrijving", aanbieder);
        Assert.Contains(geheim, Tekst(eigen), StringComparison.Ordinal);
        Assert.Contains("98,76", eigen, StringComparison.Ordinal);
        var clients = await ClientsAsync();
        await GeenLekAsync(clients, id, geheim, "98,76", "certificaat.pdf");
        var (_, kluis) = await GetAsync($"/aanbestedingen/{id}/kluis", clients["beheerder"]);
        Assert.Contains("Er is 1 inschrijving ingediend", Tekst(kluis).Replace("<strong>", "").Replace("</strong>", ""), StringComparison.Ordinal);

        // Asking to open before the deadline is refused and leaves nothing behind.
        using var aanvraag = await Forms.PostAsync(clients["inkoper"], $"/aanbestedingen/{id}/kluis", [], "Aanvragen");
        Assert.Contains("pas open na de uiterste inschrijfdatum", Tekst(await aanvraag.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        using var scope = App.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>().KluisOpeningen.AnyAsync(k => k.AanbestedingId == id, Ct));
    }

    [Fact]
    public async Task Na_de_deadline_opent_de_kluis_met_vier_ogen_en_dan_lezen_alleen_inkopers_en_beoordelaars()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.GeslotenNaam);
        const string Kwintes = "Wij werken wijkgericht met vaste koppels";
        var clients = await ClientsAsync();
        clients["aanbieder"] = await Inloggen.AlsAsync(App, "aanbieder");

        await GeenLekAsync(clients, id, Kwintes, "67,50");
        using (var aangevraagd = await Forms.PostAsync(clients["inkoper"], $"/aanbestedingen/{id}/kluis", [], "Aanvragen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, aangevraagd.StatusCode);
        }

        // Who asked cannot confirm; an evaluator cannot confirm either (the purchasing officers open the vault).
        using (var zelf = await Forms.PostAsync(clients["inkoper"], $"/aanbestedingen/{id}/kluis", [], "Bevestigen"))
        {
            Assert.Contains("vier-ogenprincipe", Tekst(await zelf.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        }

        using (var beoordelaar = await Forms.PostAsync(clients["beoordelaar"], $"/aanbestedingen/{id}/kluis", [], "Bevestigen"))
        {
            Assert.True(beoordelaar.StatusCode == HttpStatusCode.Forbidden
                || beoordelaar.Headers.Location?.OriginalString.Contains("/geen-toegang", StringComparison.Ordinal) == true, $"{(int)beoordelaar.StatusCode}");
        }

        await GeenLekAsync(clients, id, Kwintes);
        using (var bevestigd = await Forms.PostAsync(clients["inkoper2"], $"/aanbestedingen/{id}/kluis", [], "Bevestigen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, bevestigd.StatusCode);
        }

        foreach (var rol in new[] { "inkoper", "inkoper2", "beoordelaar", "beheerder" })
        {
            var (_, html) = await GetAsync($"/aanbestedingen/{id}/kluis", clients[rol]);
            Assert.Contains(Kwintes, Tekst(html), StringComparison.Ordinal);
            Assert.DoesNotContain("67,50", html, StringComparison.Ordinal);
        }

        foreach (var rol in new[] { "contractmanager", "analist", "aanbieder", "aanbieder2" })
        {
            var (antwoord, html) = await GetAsync($"/aanbestedingen/{id}/kluis", clients[rol]);
            Assert.True(antwoord.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{rol}: {(int)antwoord.StatusCode}");
            Assert.DoesNotContain(Kwintes, Tekst(html), StringComparison.Ordinal);
        }

        var (_, pagina) = await GetAsync($"/aanbestedingen/{id}/kluis", clients["beoordelaar"]);
        var bestand = System.Text.RegularExpressions.Regex.Match(pagina, "href=\"(/aanbestedingen/[0-9]+/kluis\\?handler=Bestand&amp;bestandId=[0-9]+)\"").Groups[1].Value;
        using var download = await clients["beoordelaar"].GetAsync(WebUtility.HtmlDecode(bestand), Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync(Ct))[..4], StringComparison.Ordinal);
        Assert.Equal("kwaliteitscertificaat.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        using var anoniem = await clients["anoniem"].GetAsync(WebUtility.HtmlDecode(bestand), Ct);
        Assert.NotEqual(HttpStatusCode.OK, anoniem.StatusCode);

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}

public sealed class KluisLekTestsSqlite(SqliteApp app) : KluisLekTests<SqliteApp>(app);

public sealed class KluisLekTestsPostgres(PostgresApp app) : KluisLekTests<PostgresApp>(app);
