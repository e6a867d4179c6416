using System.Net;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Zoeken;

/// <summary>/zoeken, the box in the header and /api/v1/zoeken as their users reach them, with the visibility of the pages.</summary>
public abstract class ZoekenWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    /// <summary>A concept of Lekstroom with a word no other test uses (digits in it, so never stemmed).</summary>
    private async Task<(int Id, string Woord)> ConceptAsync()
    {
        var woord = $"w{Random.Shared.Next(10_000_000, 99_999_999)}";
        var id = await MetDbAsync(async db =>
        {
            var a = Aanbesteding.Nieuw(await db.Regios.Where(r => r.Code == "lekstroom").Select(r => r.Id).SingleAsync(Ct), $"Concept Logeeropvang {woord}", Procedurevorm.OpenHouse);
            db.Aanbestedingen.Add(a);
            await db.SaveChangesAsync(Ct);
            return a.Id;
        });
        return (id, woord);
    }

    [Fact]
    public async Task De_publieke_bezoeker_vindt_openbare_stukken_met_de_gevonden_woorden_gemarkeerd()
    {
        var (antwoord, html) = await GetAsync("/zoeken?q=gezinsvormen", App.NieuweClient());
        var (_, document) = await GetAsync("/zoeken?q=gezinsvormen&soort=document", App.NieuweClient());

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<title>Zoeken: gezinsvormen", html, StringComparison.Ordinal);
        Assert.Matches("[0-9]+ resultaten voor ‘gezinsvormen’", Tekst(html));
        Assert.Contains("<mark>Gezinsvormen</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"document\">Documenten (", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/documenten/[0-9]+/FAQ%20segment%20Gezinsvormen.pdf\">FAQ segment <mark>Gezinsvormen</mark></a>", document);
        Assert.DoesNotContain("href=\"/aanbestedingen/", document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("update", "jeugdhulp", "bericht")]
    [InlineData("nvi", "kostprijsonderzoek", "vraag")]
    [InlineData("perceel", "jeugdhulp", "percelen")]
    public async Task Een_resultaat_met_een_anker_wijst_naar_een_plek_die_op_de_pagina_bestaat(string soort, string woord, string anker)
    {
        using var publiek = App.NieuweClient();
        var (_, json) = await ApiHelpers.GetJsonAsync(publiek, $"/api/v1/zoeken?q={woord}&soort={soort}");
        var url = json.GetProperty("resultaten")[0].GetProperty("url").GetString()!;
        var (antwoord, html) = await GetAsync(url.Split('#')[0], publiek);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.StartsWith(anker, url.Split('#')[1], StringComparison.Ordinal);
        Assert.Contains($"id=\"{url.Split('#')[1]}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_concept_vindt_alleen_een_medewerker_van_de_eigen_regio()
    {
        var (id, woord) = await ConceptAsync();

        var (_, publiek) = await GetAsync($"/zoeken?q={woord}", App.NieuweClient());
        var (_, elders) = await GetAsync($"/zoeken?q={woord}", await Inloggen.AlsAsync(App, "inkoper.utrecht-west"));
        var (_, eigen) = await GetAsync($"/zoeken?q=logeer+{woord}", await Inloggen.AlsAsync(App, "inkoper.lekstroom"));

        Assert.Contains($"Niets gevonden voor ‘{woord}’.", Tekst(publiek), StringComparison.Ordinal);
        Assert.Contains($"Niets gevonden voor ‘{woord}’.", Tekst(elders), StringComparison.Ordinal);
        Assert.Contains($"href=\"/aanbestedingen/{id}\">Concept <mark>Logeeropvang</mark> <mark>{woord}</mark></a>", eigen, StringComparison.Ordinal);
        Assert.Contains("1 resultaat voor", Tekst(eigen), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_API_geeft_dezelfde_resultaten_met_markeringen_en_weigert_een_te_korte_vraag_of_onbekende_soort()
    {
        var (id, woord) = await ConceptAsync();
        using var publiek = App.NieuweClient();
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");

        var (_, anoniem) = await ApiHelpers.GetJsonAsync(publiek, $"/api/v1/zoeken?q={woord}");
        var (ok, json) = await ApiHelpers.GetJsonAsync(inkoper, $"/api/v1/zoeken?q=logeer%20{woord}&regio=lekstroom");
        var (kort, kortJson) = await ApiHelpers.GetJsonAsync(publiek, "/api/v1/zoeken?q=%3F%20a");
        var (soort, soortJson) = await ApiHelpers.GetJsonAsync(publiek, "/api/v1/zoeken?q=jeugdhulp&soort=inschrijving");
        var (_, pagina2) = await ApiHelpers.GetJsonAsync(publiek, "/api/v1/zoeken?q=jeugdhulp&paginaGrootte=2&pagina=2");

        Assert.Equal(0, anoniem.GetProperty("totaal").GetInt32());
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var r = Assert.Single(json.GetProperty("resultaten").EnumerateArray());
        Assert.Equal("aanbesteding", r.GetProperty("soort").GetString());
        Assert.Equal($"/aanbestedingen/{id}", r.GetProperty("url").GetString());
        Assert.Equal(["lekstroom"], r.GetProperty("regios").EnumerateArray().Select(x => x.GetString()));
        var titel = r.GetProperty("titel").GetString()!;
        Assert.Equal(["Logeeropvang", woord], r.GetProperty("titelMarkeringen").EnumerateArray()
            .Select(m => titel.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("lengte").GetInt32())));
        Assert.Equal(1, json.GetProperty("perSoort").GetProperty("aanbesteding").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, kort.StatusCode);
        Assert.Equal("zoeken.te-kort", kortJson.GetProperty("weigeringen")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, soort.StatusCode);
        Assert.Equal("zoeken.soort-onbekend", soortJson.GetProperty("weigeringen")[0].GetProperty("code").GetString());
        Assert.Equal(2, pagina2.GetProperty("pagina").GetInt32());
        Assert.Equal(2, pagina2.GetProperty("resultaten").GetArrayLength());
        Assert.True(pagina2.GetProperty("totaal").GetInt32() > 4);
    }

    [Fact]
    public async Task Het_zoekvak_staat_in_de_kop_en_script_in_de_vraag_wordt_alleen_tekst()
    {
        var (_, home) = await GetAsync("/", App.NieuweClient());
        var (antwoord, html) = await GetAsync("/zoeken?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", App.NieuweClient());
        var (_, leeg) = await GetAsync("/zoeken", App.NieuweClient());

        Assert.Contains("<form class=\"zi-zoekvak\" method=\"get\" action=\"/zoeken\" role=\"search\"", home, StringComparison.Ordinal);
        Assert.Contains("name=\"q\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("Zoek in aanbestedingen en hun percelen", leeg, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"zi-zoekvak\"", leeg, StringComparison.Ordinal);
    }
}

public sealed class ZoekenWebTestsSqlite(SqliteApp app) : ZoekenWebTests<SqliteApp>(app);

public sealed class ZoekenWebTestsPostgres(PostgresApp app) : ZoekenWebTests<PostgresApp>(app);
