using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>/api/v1/monitor on the demo care data (Woerden 2018): exact for an analist of its region, public for everyone else.</summary>
public abstract class MonitorApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Woerden2018 = "/api/v1/monitor?periode=2018&gemeente=0632";

    [Fact]
    public async Task Een_analist_krijgt_precies_de_json_van_zorginkoop_monitor()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(analist, Woerden2018);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        Assert.True(MonitorPeriode.TryParse("2018", out var periode));
        // What `zorginkoop monitor --periode 2018 --gemeente 0632 --formaat json` prints (MonitorCommand serialises the same way).
        var cli = MonitorJson.Serialize(await Zorgmonitor.BerekenAsync(db, new MonitorFilter(periode, "0632", null, null), Ct));
        using var verwacht = JsonDocument.Parse(cli);
        Assert.True(JsonElement.DeepEquals(verwacht.RootElement, json), $"API:\n{json}\nCLI:\n{cli}");
        var verzorging = json.GetProperty("groepen").EnumerateArray().Single(g => g.GetProperty("monitorgroep").GetString() == "Persoonlijke verzorging");
        Assert.Equal((3, 1, 301900L), (verzorging.GetProperty("trajecten").GetInt32(), verzorging.GetProperty("uniekeClienten").GetInt32(), verzorging.GetProperty("kostenCent").GetInt64()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("contractmanager")]
    public async Task Ieder_ander_krijgt_de_openbare_cijfers_afgerond_en_kleine_aantallen_afgeschermd(string? rol)
    {
        using var client = rol is null ? App.NieuweClient() : await ApiHelpers.AlsAsync(App, rol);
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(client, Woerden2018);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var groepen = json.GetProperty("groepen").EnumerateArray().ToList();
        var verzorging = groepen.Single(g => g.GetProperty("monitorgroep").GetString() == "Persoonlijke verzorging").GetProperty("cijfers");
        Assert.Equal("klein", verzorging.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, verzorging.GetProperty("trajecten").ValueKind);
        Assert.Equal(JsonValueKind.Null, verzorging.GetProperty("kostenCent").ValueKind);
        var verblijf = groepen.Single(g => g.GetProperty("monitorgroep").GetString() == "Verblijf").GetProperty("cijfers");
        Assert.Equal(("getoond", 110, 90, 118_900_000L),
            (verblijf.GetProperty("status").GetString(), verblijf.GetProperty("trajecten").GetInt32(), verblijf.GetProperty("uniekeClienten").GetInt32(), verblijf.GetProperty("kostenCent").GetInt64()));
        Assert.Contains(groepen, g => g.GetProperty("cijfers").GetProperty("status").GetString() == "afgeschermd");
        Assert.Equal(5, json.GetProperty("afscherming").GetProperty("drempel").GetInt32());
        // No exact figure anywhere in the answer: 112 trajectories and € 1.188.723 of Verblijf stay inside.
        Assert.DoesNotContain("118872300", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_monitor_geeft_een_etag_per_vrager_en_304_zolang_er_niets_veranderde()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        using var eerste = await analist.GetAsync(Woerden2018, Ct);
        using var publiek = await App.NieuweClient().GetAsync(Woerden2018, Ct);
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Woerden2018);
        verzoek.Headers.IfNoneMatch.Add(eerste.Headers.ETag!);
        using var tweede = await analist.SendAsync(verzoek, Ct);
        using var anderPubliek = new HttpRequestMessage(HttpMethod.Get, Woerden2018);
        anderPubliek.Headers.IfNoneMatch.Add(eerste.Headers.ETag!);
        using var derde = await App.NieuweClient().SendAsync(anderPubliek, Ct);

        Assert.Equal(HttpStatusCode.NotModified, tweede.StatusCode);
        // The exact figures and the protected ones are different answers: the analist's tag does not fit the public's.
        Assert.NotEqual(eerste.Headers.ETag, publiek.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, derde.StatusCode);
        // The care data's last import counts as a change of the monitor.
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        var import = db.Zorgdata.Importruns.Where(r => r.Beeindigd != null).AsEnumerable().Max(r => r.Beeindigd!.Value);
        Assert.True(eerste.Content.Headers.LastModified >= import.AddSeconds(-1), $"{eerste.Content.Headers.LastModified} < {import}");
    }

    [Fact]
    public async Task Een_ongeldige_periode_geeft_400_met_de_code()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/monitor?periode=2018Q5&gemeente=0632");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("monitor.periode", json.GetProperty("weigeringen")[0].GetProperty("code").GetString());
        Assert.StartsWith("'2018Q5' is geen geldige periode.", json.GetProperty("errors").GetProperty("periode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_dekking_van_een_eigen_regio_met_signalen()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(analist, "/api/v1/monitor/dekking?regio=utrecht-west&periode=2018");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("utrecht-west", json.GetProperty("regio").GetString());
        Assert.Equal("2018-01-01", json.GetProperty("periode").GetProperty("van").GetString());
        var regels = json.GetProperty("regels").EnumerateArray().ToList();
        Assert.NotEmpty(regels);
        Assert.Contains(regels, r => r.GetProperty("gemeentecode").GetString() == "0632" && r.GetProperty("clienten").GetInt32() > 0);

        var (_, signalen) = await ApiHelpers.GetJsonAsync(analist, "/api/v1/monitor/dekking?regio=utrecht-west&periode=2018&alleenSignalen=true");
        var metSignaal = signalen.GetProperty("regels").EnumerateArray().ToList();
        Assert.Equal(signalen.GetProperty("aantalSignalen").GetInt32(), metSignaal.Count);
        Assert.All(metSignaal, r => Assert.NotEqual(0, r.GetProperty("signalen").GetArrayLength()));
    }

    [Fact]
    public async Task Dekking_en_budget_van_een_andere_regio_geven_404_en_een_fout_minimum_400()
    {
        using var lekstroom = await ApiHelpers.AlsAsync(App, "analist", "lekstroom");

        foreach (var pad in new[] { "/api/v1/monitor/dekking?regio=utrecht-west&periode=2018", "/api/v1/monitor/budget?regio=utrecht-west&jaar=2018" })
        {
            var (antwoord, json) = await ApiHelpers.GetJsonAsync(lekstroom, pad);
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            Assert.Equal("Regio 'utrecht-west' is geen regio waarin u een rol hebt.", json.GetProperty("detail").GetString());
        }

        var (fout, probleem) = await ApiHelpers.GetJsonAsync(lekstroom, "/api/v1/monitor/dekking?minimum=0");
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Equal("monitor.minimum", probleem.GetProperty("weigeringen")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Het_budget_van_een_afgesloten_jaar_telt_de_kosten_van_de_monitor()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(analist, "/api/v1/monitor/budget?regio=utrecht-west&jaar=2018");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(2018, json.GetProperty("jaar").GetInt32());
        Assert.True(json.GetProperty("jaarAfgesloten").GetBoolean());
        var (_, monitor) = await ApiHelpers.GetJsonAsync(analist, "/api/v1/monitor?periode=2018&regio=utrecht-west");
        Assert.Equal(monitor.GetProperty("totaal").GetProperty("kostenCent").GetInt64(),
            json.GetProperty("regels").EnumerateArray().Sum(r => r.GetProperty("realisatieCent").GetInt64()));
    }
}

public sealed class MonitorApiTestsSqlite(SqliteApp app) : MonitorApiTests<SqliteApp>(app);

public sealed class MonitorApiTestsPostgres(PostgresApp app) : MonitorApiTests<PostgresApp>(app);
