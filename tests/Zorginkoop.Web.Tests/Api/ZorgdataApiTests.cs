using System.Net;
using Zorginkoop.Demo;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>/api/v1/zorgdata/importruns: the demo's import of the 2018 council table (Woerden 0632 and the rest of Utrecht-West).</summary>
public abstract class ZorgdataApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_analist_ziet_de_importrun_van_haar_gemeenten_met_aantallen()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(analist, "/api/v1/zorgdata/importruns?resultaat=gelukt");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var run = json.GetProperty("importruns").EnumerateArray().Single(r => r.GetProperty("bestandsnaam").GetString() == DemoZorgdata.Bestandsnaam);
        Assert.Equal("gelukt", run.GetProperty("resultaat").GetString());
        Assert.Equal(5889, run.GetProperty("regels").GetInt32());
        Assert.Equal(5889, run.GetProperty("toegevoegd").GetInt32());
        Assert.Contains("0632", run.GetProperty("gemeenten").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(64, run.GetProperty("sha256").GetString()!.Length);

        var (een, detail) = await ApiHelpers.GetJsonAsync(analist, $"/api/v1/zorgdata/importruns/{run.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.OK, een.StatusCode);
        Assert.Equal(run.GetProperty("sha256").GetString(), detail.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Een_analist_van_een_andere_regio_ziet_de_run_niet_en_krijgt_404()
    {
        using var alle = await ApiHelpers.AlsAsync(App, "analist");
        var (_, lijst) = await ApiHelpers.GetJsonAsync(alle, "/api/v1/zorgdata/importruns");
        var id = lijst.GetProperty("importruns").EnumerateArray().First(r => r.GetProperty("bestandsnaam").GetString() == DemoZorgdata.Bestandsnaam).GetProperty("id").GetInt32();

        using var lekstroom = await ApiHelpers.AlsAsync(App, "analist", "lekstroom");
        var (_, eigen) = await ApiHelpers.GetJsonAsync(lekstroom, "/api/v1/zorgdata/importruns");
        Assert.DoesNotContain(eigen.GetProperty("importruns").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        var (antwoord, _) = await ApiHelpers.GetJsonAsync(lekstroom, $"/api/v1/zorgdata/importruns/{id}");
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task Wie_niet_importeert_krijgt_401_of_403()
    {
        var (anoniem, _) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/zorgdata/importruns");
        Assert.Equal(HttpStatusCode.Unauthorized, anoniem.StatusCode);

        using var contractmanager = await ApiHelpers.AlsAsync(App, "contractmanager");
        var (antwoord, _) = await ApiHelpers.GetJsonAsync(contractmanager, "/api/v1/zorgdata/importruns");
        Assert.Equal(HttpStatusCode.Forbidden, antwoord.StatusCode);
    }
}

public sealed class ZorgdataApiTestsSqlite(SqliteApp app) : ZorgdataApiTests<SqliteApp>(app);

public sealed class ZorgdataApiTestsPostgres(PostgresApp app) : ZorgdataApiTests<PostgresApp>(app);
