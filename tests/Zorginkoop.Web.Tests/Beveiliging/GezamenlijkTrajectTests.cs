using System.Net;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Beveiliging;

/// <summary>
/// Joint trajectories (issue 15): the owner region's officer names participating regions, at any time; their employees
/// then work on the trajectory (its draft too) with their roles at home, its lists and API name them, and its
/// documents open for them. Taking a region out closes the draft off again.
/// </summary>
public abstract class GezamenlijkTrajectTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string InkoperLekstroom = "inkoper.lekstroom";
    private const string InkoperUtrechtWest = "inkoper.utrecht-west";

    private async Task<int> ConceptAsync(string naam)
    {
        using var lekstroom = await ApiHelpers.AlsAsync(App, InkoperLekstroom);
        var (gemaakt, json) = await ApiHelpers.PostJsonAsync(lekstroom, "/api/v1/inkooptrajecten", new { regio = "lekstroom", naam, jeugd = true, wmo = false, openbaar = false });
        Assert.True(gemaakt.StatusCode == HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> DeelnemersAsync(HttpClient client, int id, params string[] regios) =>
        Forms.PostAsync(client, $"/inkooptrajecten/{id}/deelnemers", [.. regios.Select(r => new KeyValuePair<string, string>("Deelnemers", r))]);

    [Fact]
    public async Task Een_deelnemende_regio_werkt_aan_het_concept_en_een_regio_die_eruit_gaat_niet_meer()
    {
        var naam = $"Samen plannen {Guid.NewGuid():N}";
        var id = await ConceptAsync(naam);
        using var eigenaar = await Inloggen.AlsAsync(App, InkoperLekstroom);
        using var deelnemerApi = await ApiHelpers.AlsAsync(App, InkoperUtrechtWest);
        using var deelnemer = await Inloggen.AlsAsync(App, InkoperUtrechtWest);
        var (voor, _) = await GetAsync($"/inkooptrajecten/{id}", deelnemer);

        using var samen = await DeelnemersAsync(eigenaar, id, "utrecht-west");
        var (lezen, json) = await ApiHelpers.GetJsonAsync(deelnemerApi, $"/api/v1/inkooptrajecten/{id}");
        var (_, lijst) = await ApiHelpers.GetJsonAsync(deelnemerApi, "/api/v1/inkooptrajecten?regio=utrecht-west&paginaGrootte=100");
        var (bewerken, _) = await GetAsync($"/inkooptrajecten/{id}/bewerken", deelnemer);
        var (kiezen, _) = await GetAsync($"/inkooptrajecten/{id}/deelnemers", deelnemer);
        var (_, html) = await GetAsync($"/inkooptrajecten/{id}", eigenaar);
        using var alleen = await DeelnemersAsync(eigenaar, id);
        var (na, _) = await GetAsync($"/inkooptrajecten/{id}", deelnemer);

        Assert.Equal(HttpStatusCode.NotFound, voor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, samen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lezen.StatusCode);
        Assert.Equal(["utrecht-west"], json.GetProperty("deelnemers").EnumerateArray().Select(d => d.GetString()));
        // A joint trajectory is one of each of its regions in the list's region filter.
        Assert.Contains(naam, lijst.GetProperty("inkooptrajecten").EnumerateArray().Select(t => t.GetProperty("naam").GetString()));
        Assert.Equal(HttpStatusCode.OK, bewerken.StatusCode);
        // Only the owner chooses the participants.
        Assert.Equal(HttpStatusCode.NotFound, kiezen.StatusCode);
        Assert.Contains("Inkooptraject van Regio Lekstroom samen met Utrecht-West, voor Jeugdwet", Tekst(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, alleen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, na.StatusCode);
    }

    [Theory]
    [InlineData("lekstroom", "De eigen regio van het inkooptraject is geen deelnemer")]
    [InlineData("atlantis", "Er is geen regio met code 'atlantis'.")]
    public async Task Een_onjuiste_deelnemer_wordt_geweigerd_en_verandert_niets(string regio, string melding)
    {
        var id = await ConceptAsync($"Samen met wie {Guid.NewGuid():N}");
        using var eigenaar = await Inloggen.AlsAsync(App, InkoperLekstroom);

        using var antwoord = await DeelnemersAsync(eigenaar, id, regio);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(melding, Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.False(await MetDbAsync(db => db.TrajectDeelnames.AnyAsync(d => d.InkooptrajectId == id, Ct)));
    }

    [Fact]
    public async Task Een_inkoper_van_een_andere_regio_kiest_geen_deelnemers_van_een_traject_dat_niet_het_hare_is()
    {
        var id = await ConceptAsync($"Niet van jou {Guid.NewGuid():N}");
        using var ander = await Inloggen.AlsAsync(App, InkoperUtrechtWest);

        var (pagina, _) = await GetAsync($"/inkooptrajecten/{id}/deelnemers", ander);

        Assert.Equal(HttpStatusCode.NotFound, pagina.StatusCode);
        Assert.False(await MetDbAsync(db => db.TrajectDeelnames.AnyAsync(d => d.InkooptrajectId == id, Ct)));
    }
}

public sealed class GezamenlijkTrajectTestsSqlite(SqliteApp app) : GezamenlijkTrajectTests<SqliteApp>(app);

public sealed class GezamenlijkTrajectTestsPostgres(PostgresApp app) : GezamenlijkTrajectTests<PostgresApp>(app);
