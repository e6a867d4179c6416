using System.Net;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>A read with a query parameter the operation does not know is refused, never answered as if unfiltered.</summary>
public abstract class ApiParametersTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_onbekende_filter_geeft_400_met_de_parameter_en_wat_de_bewerking_wel_kent()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/gecontracteerd?gemeentecode=0632&peildatum=2026-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        var weigering = Assert.Single(json.GetProperty("weigeringen").EnumerateArray());
        Assert.Equal("api.parameter-onbekend", weigering.GetProperty("code").GetString());
        Assert.Equal("gemeentecode", weigering.GetProperty("veld").GetString());
        var tekst = weigering.GetProperty("tekst").GetString()!;
        Assert.StartsWith("Onbekende parameter 'gemeentecode'.", tekst, StringComparison.Ordinal);
        Assert.Contains("gemeente,", tekst, StringComparison.Ordinal);
        Assert.Contains("peildatum", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("db", tekst, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Een_pagina_voorbij_het_einde_geeft_400_met_het_aantal_paginas()
    {
        // 342 municipalities: four pages of 100; the fifth does not exist.
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/gemeenten?pagina=5&paginaGrootte=100");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var weigering = Assert.Single(json.GetProperty("weigeringen").EnumerateArray());
        Assert.Equal("api.pagina-voorbij-einde", weigering.GetProperty("code").GetString());
        Assert.Equal("pagina", weigering.GetProperty("veld").GetString());
        Assert.Equal("Pagina 5 bestaat niet: de lijst heeft 342 items op 4 pagina's van 100.", weigering.GetProperty("tekst").GetString());
    }

    [Theory]
    [InlineData("/api/v1/monitor?periode=2018&gemeente=0632", HttpStatusCode.OK)]
    [InlineData("/api/v1/monitor?periode=2018&Gemeente=0632", HttpStatusCode.OK)]
    [InlineData("/api/v1/monitor?periode=2018&jaar=2018", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/ocds/releases?vanaf=2022-01-01&paginaGrootte=5", HttpStatusCode.OK)]
    [InlineData("/api/v1/ocds/releases?sinds=2022-01-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/regios", HttpStatusCode.OK)]
    [InlineData("/api/v1/regios?pagina=2", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/gemeenten?pagina=4&paginaGrootte=100", HttpStatusCode.OK)]
    [InlineData("/api/v1/producten?code=BESTAATNIET", HttpStatusCode.OK)]
    [InlineData("/api/v1/ocds/releases?pagina=9999", HttpStatusCode.BadRequest)]
    public async Task Bekende_parameters_ook_van_een_queryobject_en_anders_400(string pad, HttpStatusCode verwacht)
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), pad);

        Assert.True(antwoord.StatusCode == verwacht, $"{pad}: {(int)antwoord.StatusCode} {json}");
    }
}

public sealed class ApiParametersTestsSqlite(SqliteApp app) : ApiParametersTests<SqliteApp>(app);

public sealed class ApiParametersTestsPostgres(PostgresApp app) : ApiParametersTests<PostgresApp>(app);
