using System.Net;
using System.Text;
using Zorginkoop.Contracten;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>
/// /api/v1/gecontracteerd (and .csv): who may deliver which product where and when, at what tariff, with conditional
/// GET; /api/v1/contracten: the register for employees of the contract's regions. The demo: 33 providers contracted
/// for Wmo individual support in Lekstroom (five municipalities) from 2022-10-01 to 2027-09-30.
/// </summary>
public abstract class ContractenApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Houten02B01 = "/api/v1/gecontracteerd?gemeente=0321&productcode=02B01&peildatum=2026-01-01&paginaGrootte=100";

    [Fact]
    public async Task Gecontracteerd_op_een_peildatum_geeft_per_aanbieder_het_tarief_in_die_gemeente()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), Houten02B01);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var regels = json.GetProperty("regels").EnumerateArray().ToList();
        Assert.Equal(33, json.GetProperty("totaal").GetInt32());
        Assert.Equal(33, regels.Count);
        Assert.Equal(33, regels.Select(r => r.GetProperty("agbCode").GetString()).Distinct().Count());
        Assert.All(regels, r =>
        {
            Assert.Equal("0321", r.GetProperty("gemeentecode").GetString());
            Assert.Equal("Houten", r.GetProperty("gemeente").GetString());
            Assert.Equal("02B01", r.GetProperty("productcode").GetString());
            Assert.Equal("2022-10-01", r.GetProperty("van").GetString());
            Assert.Equal("2027-09-30", r.GetProperty("tot").GetString());
            Assert.Equal(31000, r.GetProperty("tariefCent").GetInt64());
        });
        Assert.Contains(regels, r => r.GetProperty("zorgaanbieder").GetString() == "Actief Huiszorg B.V.");
    }

    [Theory]
    [InlineData("2022-09-30", 0)]
    [InlineData("2022-10-01", 33)]
    [InlineData("2027-09-30", 33)]
    [InlineData("2027-10-01", 0)]
    public async Task Buiten_de_looptijd_van_het_contract_is_niemand_gecontracteerd(string peildatum, int verwacht)
    {
        var (_, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), Houten02B01.Replace("2026-01-01", peildatum, StringComparison.Ordinal));

        Assert.Equal(verwacht, json.GetProperty("totaal").GetInt32());
    }

    [Theory]
    [InlineData("1-1-2026")]
    [InlineData("2026-02-30")]
    [InlineData("morgen")]
    public async Task Een_onleesbare_peildatum_geeft_400_met_de_code_van_de_regel(string peildatum)
    {
        foreach (var pad in new[] { "/api/v1/gecontracteerd", "/api/v1/gecontracteerd.csv" })
        {
            var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"{pad}?peildatum={Uri.EscapeDataString(peildatum)}");

            Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
            Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
            Assert.Equal("gecontracteerd.peildatum", json.GetProperty("weigeringen")[0].GetProperty("code").GetString());
            Assert.Equal("Geef de peildatum als yyyy-MM-dd, bijvoorbeeld 2026-01-01.", json.GetProperty("errors").GetProperty("peildatum")[0].GetString());
        }
    }

    [Fact]
    public async Task Met_de_ETag_van_het_vorige_antwoord_komt_304_zonder_inhoud()
    {
        using var client = App.NieuweClient();
        using var eerste = await client.GetAsync(Houten02B01, Ct);
        var tag = eerste.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.NotNull(eerste.Content.Headers.LastModified);

        using var zelfde = new HttpRequestMessage(HttpMethod.Get, Houten02B01);
        zelfde.Headers.IfNoneMatch.Add(tag);
        using var tweede = await client.SendAsync(zelfde, Ct);
        Assert.Equal(HttpStatusCode.NotModified, tweede.StatusCode);
        Assert.Empty(await tweede.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(tag, tweede.Headers.ETag);

        // Other content, another tag: an old tag gets the whole answer.
        using var ander = new HttpRequestMessage(HttpMethod.Get, Houten02B01.Replace("0321", "0356", StringComparison.Ordinal));
        ander.Headers.IfNoneMatch.Add(tag);
        using var derde = await client.SendAsync(ander, Ct);
        Assert.Equal(HttpStatusCode.OK, derde.StatusCode);
        Assert.NotEqual(tag, derde.Headers.ETag);

        // Without a tag, a date not before the last change also means: not modified.
        using var sinds = new HttpRequestMessage(HttpMethod.Get, Houten02B01);
        sinds.Headers.IfModifiedSince = eerste.Content.Headers.LastModified;
        using var vierde = await client.SendAsync(sinds, Ct);
        Assert.Equal(HttpStatusCode.NotModified, vierde.StatusCode);
    }

    [Fact]
    public async Task Het_csv_bestand_heeft_dezelfde_regels_als_de_json_en_antwoordt_304_op_de_etag()
    {
        using var client = App.NieuweClient();
        var (_, json) = await ApiHelpers.GetJsonAsync(client, "/api/v1/gecontracteerd?regio=lekstroom&peildatum=2026-01-01");
        using var antwoord = await client.GetAsync("/api/v1/gecontracteerd.csv?regio=lekstroom&peildatum=2026-01-01", Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", ApiHelpers.MediaType(antwoord));
        Assert.Equal("gecontracteerd-lekstroom-2026-01-01.csv", antwoord.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await antwoord.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', GecontracteerdCsv.Kolommen), regels[0]);
        Assert.Equal(json.GetProperty("totaal").GetInt32(), regels.Length - 1);
        Assert.Equal(5 * 103, regels.Length - 1);
        Assert.Contains("0321;Houten;lekstroom;02B01;Individuele begeleiding licht (maandtarief);82;;", regels[1], StringComparison.Ordinal);
        Assert.EndsWith(";2022-10-01;2027-09-30;31000", regels[1], StringComparison.Ordinal);

        using var opnieuw = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gecontracteerd.csv?regio=lekstroom&peildatum=2026-01-01");
        opnieuw.Headers.IfNoneMatch.Add(antwoord.Headers.ETag!);
        using var tweede = await client.SendAsync(opnieuw, Ct);
        Assert.Equal(HttpStatusCode.NotModified, tweede.StatusCode);
    }

    [Fact]
    public async Task Met_accept_text_csv_geeft_gecontracteerd_hetzelfde_bestand_als_het_csv_adres()
    {
        using var client = App.NieuweClient();
        using var bestand = await client.GetAsync("/api/v1/gecontracteerd.csv?regio=lekstroom&peildatum=2026-01-01", Ct);
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gecontracteerd?regio=lekstroom&peildatum=2026-01-01&pagina=2");
        verzoek.Headers.Accept.ParseAdd("text/csv");
        using var onderhandeld = await client.SendAsync(verzoek, Ct);
        using var json = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gecontracteerd?regio=lekstroom&peildatum=2026-01-01");
        json.Headers.Accept.ParseAdd("application/json");
        json.Headers.Accept.ParseAdd("text/csv; q=0.5");
        using var voorkeurJson = await client.SendAsync(json, Ct);

        Assert.Equal(HttpStatusCode.OK, onderhandeld.StatusCode);
        Assert.Equal("text/csv", ApiHelpers.MediaType(onderhandeld));
        // The whole file, not a page of it.
        Assert.Equal(await bestand.Content.ReadAsByteArrayAsync(Ct), await onderhandeld.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/json", ApiHelpers.MediaType(voorkeurJson));
    }

    [Theory]
    [InlineData("gemeente=063", "gecontracteerd.gemeente", "gemeente")]
    [InlineData("gemeente=9999", "gecontracteerd.gemeente", "gemeente")]
    [InlineData("productcode=45-A64", "gecontracteerd.productcode", "productcode")]
    [InlineData("agb=9800007", "gecontracteerd.agb", "agb")]
    [InlineData("regio=nergens", "api.regio-onbekend", "regio")]
    public async Task Een_filter_dat_niets_kan_vinden_wordt_geweigerd_ook_voor_het_bestand(string filter, string code, string veld)
    {
        foreach (var pad in new[] { "/api/v1/gecontracteerd?", "/api/v1/gecontracteerd.csv?" })
        {
            var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), pad + filter);

            Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
            var weigering = Assert.Single(json.GetProperty("weigeringen").EnumerateArray());
            Assert.Equal((code, veld), (weigering.GetProperty("code").GetString(), weigering.GetProperty("veld").GetString()));
        }
    }

    [Fact]
    public async Task Het_contractregister_vraagt_een_token()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/contracten");

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
        Assert.Equal("Niet ingelogd", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Een_medewerker_ziet_de_contracten_van_haar_eigen_regio_en_niet_die_van_een_andere()
    {
        using var lekstroom = await ApiHelpers.AlsAsync(App, "analist", "lekstroom");
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(lekstroom, "/api/v1/contracten?paginaGrootte=100");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var contracten = json.GetProperty("contracten").EnumerateArray().ToList();
        Assert.NotEmpty(contracten);
        Assert.All(contracten, c => Assert.Equal("lekstroom", c.GetProperty("regio").GetString()));
        var eerste = contracten.First(c => c.GetProperty("aanbestedingNaam").GetString() == "Wmo Individuele Begeleiding regio Lekstroom");
        Assert.Equal("2022-10-01", eerste.GetProperty("start").GetString());
        Assert.Equal(8, eerste.GetProperty("zorgaanbieder").GetProperty("agbCode").GetString()!.Length);

        using var alle = await ApiHelpers.AlsAsync(App, "contractmanager");
        var (_, overal) = await ApiHelpers.GetJsonAsync(alle, "/api/v1/contracten?regio=utrecht-west&paginaGrootte=100");
        var ander = overal.GetProperty("contracten")[0].GetProperty("id").GetInt32();
        var (nietGevonden, probleem) = await ApiHelpers.GetJsonAsync(lekstroom, $"/api/v1/contracten/{ander}");
        Assert.Equal(HttpStatusCode.NotFound, nietGevonden.StatusCode);
        Assert.Equal("Niet gevonden", probleem.GetProperty("title").GetString());
        var (gevonden, contract) = await ApiHelpers.GetJsonAsync(alle, $"/api/v1/contracten/{ander}");
        Assert.Equal(HttpStatusCode.OK, gevonden.StatusCode);
        Assert.Equal("utrecht-west", contract.GetProperty("regio").GetString());
    }
}

public sealed class ContractenApiTestsSqlite(SqliteApp app) : ContractenApiTests<SqliteApp>(app);

public sealed class ContractenApiTestsPostgres(PostgresApp app) : ContractenApiTests<PostgresApp>(app);
