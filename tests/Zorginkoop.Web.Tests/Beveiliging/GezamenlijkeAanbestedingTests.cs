using System.Net;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Contracten;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Beveiliging;

/// <summary>
/// Joint procedures (issue 15): the owner region's officer names participating regions while it is a concept; their
/// employees then work on it with their roles at home, the public page names them, and its contracts count in each
/// participant's register and coverage. Taking a region out closes it off again.
/// </summary>
public abstract class GezamenlijkeAanbestedingTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string InkoperLekstroom = "inkoper.lekstroom";
    private const string InkoperUtrechtWest = "inkoper.utrecht-west";

    private async Task<int> ConceptAsync(string naam)
    {
        using var lekstroom = await ApiHelpers.AlsAsync(App, InkoperLekstroom);
        var (gemaakt, json) = await ApiHelpers.PostJsonAsync(lekstroom, "/api/v1/aanbestedingen",
            new { regio = "lekstroom", naam, procedurevorm = "openbaarEuropees", sluitingsmoment = "2023-10-02T10:00:00Z" });
        Assert.True(gemaakt.StatusCode == HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> DeelnemersAsync(HttpClient client, int id, params string[] regios) =>
        Forms.PostAsync(client, $"/aanbestedingen/{id}/deelnemers", [.. regios.Select(r => new KeyValuePair<string, string>("Deelnemers", r))]);

    [Fact]
    public async Task Een_deelnemende_regio_werkt_aan_het_concept_en_een_regio_die_eruit_gaat_niet_meer()
    {
        var id = await ConceptAsync($"Samen inkopen {Guid.NewGuid():N}");
        using var eigenaar = await Inloggen.AlsAsync(App, InkoperLekstroom);
        using var deelnemerApi = await ApiHelpers.AlsAsync(App, InkoperUtrechtWest);
        using var deelnemer = await Inloggen.AlsAsync(App, InkoperUtrechtWest);
        var (voor, _) = await ApiHelpers.GetJsonAsync(deelnemerApi, $"/api/v1/aanbestedingen/{id}");

        using var samen = await DeelnemersAsync(eigenaar, id, "utrecht-west");
        var (lezen, json) = await ApiHelpers.GetJsonAsync(deelnemerApi, $"/api/v1/aanbestedingen/{id}");
        var (bewerken, _) = await GetAsync($"/aanbestedingen/{id}/bewerken", deelnemer);
        var (kiezen, _) = await GetAsync($"/aanbestedingen/{id}/deelnemers", deelnemer);
        var (pagina, html) = await GetAsync($"/aanbestedingen/{id}", eigenaar);
        using var alleen = await DeelnemersAsync(eigenaar, id);
        var (na, _) = await ApiHelpers.GetJsonAsync(deelnemerApi, $"/api/v1/aanbestedingen/{id}");

        Assert.Equal(HttpStatusCode.NotFound, voor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, samen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lezen.StatusCode);
        Assert.Equal(["utrecht-west"], json.GetProperty("deelnemers").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(HttpStatusCode.OK, bewerken.StatusCode);
        // Only the owner chooses the participants.
        Assert.Equal(HttpStatusCode.NotFound, kiezen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        Assert.Contains("Samen met", Tekst(html), StringComparison.Ordinal);
        // Each region's municipalities are named: the agreement is concluded for them.
        Assert.Contains("Gemeenten van Utrecht-West</dt><dd class=\"utrecht-data-list__item-value utrecht-data-list__item-value--html-dd\">De Ronde Venen, Montfoort, Oudewater, Stichtse Vecht, Woerden", html, StringComparison.Ordinal);
        Assert.Contains("Gemeenten van Regio Lekstroom</dt>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, alleen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, na.StatusCode);
    }

    [Theory]
    [InlineData("lekstroom", "De eigen regio van de aanbesteding is geen deelnemer")]
    [InlineData("atlantis", "Er is geen regio met code 'atlantis'.")]
    public async Task Een_onjuiste_deelnemer_wordt_geweigerd(string regio, string melding)
    {
        var id = await ConceptAsync($"Samen met wie {Guid.NewGuid():N}");
        using var eigenaar = await Inloggen.AlsAsync(App, InkoperLekstroom);

        using var antwoord = await DeelnemersAsync(eigenaar, id, regio);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(melding, Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.False(await MetDbAsync(db => db.Deelnames.AnyAsync(d => d.AanbestedingId == id, Ct)));
    }

    [Fact]
    public async Task Na_publicatie_liggen_de_deelnemers_vast()
    {
        var id = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Regio!.Code == "lekstroom" && a.Status == AanbestedingStatus.Gepubliceerd).Select(a => a.Id).FirstAsync(Ct));
        using var eigenaar = await Inloggen.AlsAsync(App, InkoperLekstroom);
        var voor = await MetDbAsync(db => db.Deelnames.Where(d => d.AanbestedingId == id).Select(d => d.RegioId).ToListAsync(Ct));

        using var antwoord = await DeelnemersAsync(eigenaar, id, "utrecht-west");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("liggen vast zodra de aanbesteding is gepubliceerd", Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(voor, await MetDbAsync(db => db.Deelnames.Where(d => d.AanbestedingId == id).Select(d => d.RegioId).ToListAsync(Ct)));
    }

    [Fact]
    public async Task De_contracten_van_een_gezamenlijke_aanbesteding_tellen_mee_bij_de_deelnemer()
    {
        // Set up as the data would be after a joint award: a Lekstroom contract whose procedure Utrecht-West takes part in,
        // and the lot's product in Utrecht-West's own catalogue under the same code.
        var (contractId, aanbestedingId, code) = await MetDbAsync(async db =>
        {
            var c = await db.Raamovereenkomsten.Include(x => x.Aanbesteding!).ThenInclude(a => a.Percelen).ThenInclude(p => p.Product)
                .Include(x => x.Aanbesteding!).ThenInclude(a => a.Percelen).ThenInclude(p => p.Segment)
                .Where(x => x.Aanbesteding!.Regio!.Code == "lekstroom" && x.BeeindigdPer == null
                    && x.Aanbesteding.Percelen.Any(p => p.Nummer == x.PerceelNummer
                        && (p.ProductId != null || db.Producten.Any(q => q.SegmentId != null && q.SegmentId == p.SegmentId))))
                .OrderByDescending(x => x.Einde).FirstAsync(Ct);
            var perceel = c.Aanbesteding!.Percelen.Single(p => p.Nummer == c.PerceelNummer);
            var product = perceel.Product ?? await db.Producten.FirstAsync(p => p.SegmentId == perceel.SegmentId, Ct);
            var uw = await db.Regios.SingleAsync(r => r.Code == "utrecht-west", Ct);
            if (!await db.Producten.AnyAsync(p => p.RegioId == uw.Id && p.Code == product.Code, Ct))
            {
                db.Producten.Add(new Zorginkoop.Catalogus.Product
                {
                    RegioId = uw.Id,
                    Code = product.Code,
                    Naam = product.Naam,
                    Domein = product.Domein,
                    CategorieCode = product.CategorieCode,
                    Monitorgroep = product.Monitorgroep,
                    EenheidCode = product.EenheidCode,
                });
            }

            db.Deelnames.Add(new Deelname { AanbestedingId = c.AanbestedingId, RegioId = uw.Id });
            await db.SaveChangesAsync(Ct);
            return (c.Id, c.AanbestedingId, product.Code);
        });
        using var deelnemer = await Inloggen.AlsAsync(App, InkoperUtrechtWest);

        var rijen = await MetDbAsync(db => Gecontracteerd.ZoekAsync(db, DateOnly.FromDateTime(App.Tijd.GetUtcNow().Date), "utrecht-west", Ct));
        var (register, html) = await GetAsync("/contracten?regio=utrecht-west", deelnemer);
        var (details, contract) = await GetAsync($"/contracten/{contractId}", deelnemer);
        var (ocds, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"/api/v1/ocds/aanbestedingen/{aanbestedingId}/record");

        Assert.Contains(rijen, r => r.ContractId == contractId && r.RegioCode == "utrecht-west" && r.ProductCode == code);
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Contains($"/contracten/{contractId}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("Gemeenten van Utrecht-West</dt>", contract, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ocds.StatusCode);
        Assert.Contains(json.GetProperty("records")[0].GetProperty("compiledRelease").GetProperty("parties").EnumerateArray(),
            p => p.GetProperty("id").GetString() == "regio-utrecht-west" && p.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "buyer"));
    }
}

public sealed class GezamenlijkeAanbestedingTestsSqlite(SqliteApp app) : GezamenlijkeAanbestedingTests<SqliteApp>(app);

public sealed class GezamenlijkeAanbestedingTestsPostgres(PostgresApp app) : GezamenlijkeAanbestedingTests<PostgresApp>(app);
