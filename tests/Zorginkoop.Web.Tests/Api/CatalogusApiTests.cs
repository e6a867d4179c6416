using System.Net;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>/api/v1/regios, /gemeenten, /producten and /zorgaanbieders: the public catalogue and provider register.</summary>
public abstract class CatalogusApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_regio_noemt_haar_gemeenten_en_een_gemeente_haar_regio()
    {
        using var client = App.NieuweClient();
        var (antwoord, regios) = await ApiHelpers.GetJsonAsync(client, "/api/v1/regios");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var lekstroom = regios.GetProperty("regios").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "lekstroom");
        Assert.Equal(["0321", "0331", "0353", "0356", "1961"], lekstroom.GetProperty("gemeenten").EnumerateArray().Select(g => g.GetProperty("code").GetString()));

        var (_, gemeenten) = await ApiHelpers.GetJsonAsync(client, "/api/v1/gemeenten?regio=lekstroom");
        Assert.Equal(5, gemeenten.GetProperty("totaal").GetInt32());
        var houten = gemeenten.GetProperty("gemeenten")[0];
        Assert.Equal(("0321", "Houten", "Utrecht"), (houten.GetProperty("code").GetString(), houten.GetProperty("naam").GetString(), houten.GetProperty("provincie").GetString()));
        Assert.Equal(["lekstroom"], houten.GetProperty("regios").EnumerateArray().Select(r => r.GetString()));

        var (_, alle) = await ApiHelpers.GetJsonAsync(client, "/api/v1/gemeenten?paginaGrootte=100");
        Assert.Equal(342, alle.GetProperty("totaal").GetInt32());
        Assert.Equal(100, alle.GetProperty("gemeenten").GetArrayLength());

        var (nietGevonden, _) = await ApiHelpers.GetJsonAsync(client, "/api/v1/regios/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, nietGevonden.StatusCode);
    }

    [Fact]
    public async Task Een_product_op_een_peildatum_heeft_eenheid_segment_en_het_tarief_van_die_dag()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/producten?regio=lekstroom&code=02B01&peildatum=2026-01-01");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var p = Assert.Single(json.GetProperty("producten").EnumerateArray());
        Assert.Equal("Individuele begeleiding licht (maandtarief)", p.GetProperty("naam").GetString());
        Assert.Equal("wmo", p.GetProperty("domein").GetString());
        Assert.Equal("82", p.GetProperty("eenheid").GetProperty("code").GetString());
        Assert.Equal("2022-10-01", p.GetProperty("geldigVan").GetString());
        var tarief = Assert.Single(p.GetProperty("tarieven").EnumerateArray());
        Assert.Equal(31000, tarief.GetProperty("bedragCent").GetInt64());

        var (_, voorDeStart) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/producten?regio=lekstroom&code=02B01&peildatum=2022-09-30");
        Assert.Equal(0, voorDeStart.GetProperty("totaal").GetInt32());
    }

    [Fact]
    public async Task De_versies_van_een_productcode_en_404_voor_een_onbekende()
    {
        using var client = App.NieuweClient();
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(client, "/api/v1/producten/lekstroom/43B11");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.All(json.GetProperty("producten").EnumerateArray(), p => Assert.Equal("Logeren", p.GetProperty("naam").GetString()));

        var (nietGevonden, probleem) = await ApiHelpers.GetJsonAsync(client, "/api/v1/producten/lekstroom/99X99");
        Assert.Equal(HttpStatusCode.NotFound, nietGevonden.StatusCode);
        Assert.Equal("Regio 'lekstroom' heeft geen product met code '99X99'.", probleem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("peildatum=31-12-2026", "producten.peildatum")]
    [InlineData("domein=zorg", "producten.domein-onbekend")]
    public async Task Verkeerde_filters_geven_400_met_de_code(string filter, string code)
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"/api/v1/producten?{filter}");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal(code, json.GetProperty("weigeringen")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Zorgaanbieders_zoeken_en_een_openen()
    {
        using var client = App.NieuweClient();
        var (_, json) = await ApiHelpers.GetJsonAsync(client, "/api/v1/zorgaanbieders?zoek=timon");
        var timon = Assert.Single(json.GetProperty("zorgaanbieders").EnumerateArray());
        Assert.Equal("Stichting Timon", timon.GetProperty("naam").GetString());

        var (antwoord, een) = await ApiHelpers.GetJsonAsync(client, $"/api/v1/zorgaanbieders/{timon.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(timon.GetProperty("agbCode").GetString(), een.GetProperty("agbCode").GetString());
        var (nietGevonden, _) = await ApiHelpers.GetJsonAsync(client, "/api/v1/zorgaanbieders/999999");
        Assert.Equal(HttpStatusCode.NotFound, nietGevonden.StatusCode);
    }

    [Fact]
    public async Task De_catalogus_antwoordt_304_op_de_etag()
    {
        using var client = App.NieuweClient();
        using var eerste = await client.GetAsync("/api/v1/producten?regio=lekstroom", Ct);
        Assert.NotNull(eerste.Headers.ETag);

        using var opnieuw = new HttpRequestMessage(HttpMethod.Get, "/api/v1/producten?regio=lekstroom");
        opnieuw.Headers.IfNoneMatch.Add(eerste.Headers.ETag);
        using var tweede = await client.SendAsync(opnieuw, Ct);

        Assert.Equal(HttpStatusCode.NotModified, tweede.StatusCode);
    }
}

public sealed class CatalogusApiTestsSqlite(SqliteApp app) : CatalogusApiTests<SqliteApp>(app);

public sealed class CatalogusApiTestsPostgres(PostgresApp app) : CatalogusApiTests<PostgresApp>(app);
