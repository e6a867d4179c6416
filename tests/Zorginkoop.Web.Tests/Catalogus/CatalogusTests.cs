using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Catalogus;

public abstract class CatalogusTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    /// <summary>The product codes linked from a region page, in page order.</summary>
    private static List<string> Codes(string html) =>
        Regex.Matches(html, "href=\"/catalogus/[a-z-]+/producten/[0-9]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Het_overzicht_toont_beide_demoregios()
    {
        var (antwoord, html) = await GetAsync("/catalogus");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<a class=\"utrecht-link utrecht-link--html-a\" href=\"/catalogus/lekstroom\">Regio Lekstroom</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/catalogus/utrecht-west\">Utrecht-West</a>", html, StringComparison.Ordinal);
        Assert.Contains("Houten, IJsselstein, Lopik, Nieuwegein, Vijfheerenlanden", Tekst(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_regiopagina_toont_gemeenten_segmenten_en_producten()
    {
        var (antwoord, html) = await GetAsync("/catalogus/lekstroom");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(["02B01", "02B02", "02B03", "43B11", "44B05", "50B32"], Codes(html));
        Assert.Contains("Nieuwegein (0356)", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("Jeugdhulp in Onderwijstijd", Tekst(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filteren_op_domein_toont_alleen_dat_domein()
    {
        var (_, html) = await GetAsync("/catalogus/lekstroom?domein=wmo");

        Assert.Equal(["02B01", "02B02", "02B03"], Codes(html));
    }

    [Theory]
    [InlineData("logeren", new[] { "43B11" })]
    [InlineData("LOGEREN", new[] { "43B11" })]
    [InlineData("50b", new[] { "50B32" })]
    [InlineData("zwaar", new[] { "02B03" })]
    public async Task Zoeken_vindt_op_code_en_naam_zonder_hoofdletters(string zoek, string[] codes)
    {
        var (_, html) = await GetAsync($"/catalogus/lekstroom?zoek={zoek}");

        Assert.Equal(codes, Codes(html));
    }

    [Fact]
    public async Task Filteren_op_segment_en_geldigheid()
    {
        var (_, segment) = await GetAsync("/catalogus/lekstroom?segment=onderwijstijd");
        var (_, geldig) = await GetAsync("/catalogus/lekstroom?geldigOp=2023-01-01");

        Assert.Equal(["50B32"], Codes(segment));
        Assert.Equal(["02B01", "02B02", "02B03"], Codes(geldig)); // the Jeugd contracts start on 2023-08-01
    }

    [Fact]
    public async Task Zonder_resultaten_zegt_de_pagina_dat()
    {
        var (antwoord, html) = await GetAsync("/catalogus/lekstroom?zoek=bestaatniet");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Empty(Codes(html));
        Assert.Contains("Geen producten gevonden met deze filters.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_tarief_van_vandaag_volgt_de_klok_van_de_app()
    {
        // The fixture's clock starts on 31 July 2023; 43B11 and its tariff start on 1 August 2023.
        var (_, voor) = await GetAsync("/catalogus/lekstroom?zoek=43B11");
        App.Tijd.Advance(TimeSpan.FromDays(1));
        var (_, na) = await GetAsync("/catalogus/lekstroom?zoek=43B11");

        Assert.Contains(">geen</td>", voor, StringComparison.Ordinal);
        Assert.DoesNotContain("€ 245,00", Tekst(voor), StringComparison.Ordinal);
        Assert.Contains("€ 245,00", Tekst(na), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_regio_geeft_404()
    {
        var (antwoord, html) = await GetAsync("/catalogus/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_productpagina_toont_het_product()
    {
        var (_, regio) = await GetAsync("/catalogus/lekstroom?zoek=43B11");
        var link = Regex.Match(regio, "href=\"(/catalogus/lekstroom/producten/[0-9]+)\">43B11<").Groups[1].Value;

        var (antwoord, html) = await GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Logeren", html, StringComparison.Ordinal);
        Assert.Contains("€ 245,00", Tekst(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_product_van_een_andere_regio_geeft_404()
    {
        var (_, regio) = await GetAsync("/catalogus/lekstroom?zoek=43B11");
        var id = Regex.Match(regio, "href=\"/catalogus/lekstroom/producten/([0-9]+)\">43B11<").Groups[1].Value;

        var (antwoord, _) = await GetAsync($"/catalogus/utrecht-west/producten/{id}");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task De_export_is_een_csv_in_het_importformaat()
    {
        var (antwoord, csv) = await GetAsync("/catalogus/lekstroom/export.csv");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("catalogus-lekstroom.csv", antwoord.Content.Headers.ContentDisposition?.FileName);
        var regels = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code;naam;domein;categorie;monitorgroep;eenheid;segment;geldig_van;geldig_tot;tarief_cent;tarief_vanaf;landelijke_code;tarief_tot", regels[0]);
        Assert.Contains("43B11;Logeren;jeugd;43;Verblijf;14;ambulant;2023-08-01;;24500;2023-08-01;;", regels);
        Assert.Equal(7, regels.Length);
    }

    [Fact]
    public async Task De_export_van_een_onbekende_regio_geeft_404()
    {
        var (antwoord, _) = await GetAsync("/catalogus/bestaat-niet/export.csv");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }
}

public sealed class CatalogusTestsSqlite(SqliteApp app) : CatalogusTests<SqliteApp>(app);

public sealed class CatalogusTestsPostgres(PostgresApp app) : CatalogusTests<PostgresApp>(app);
