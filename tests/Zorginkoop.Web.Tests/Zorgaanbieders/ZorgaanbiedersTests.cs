using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Zorgaanbieders;

public abstract class ZorgaanbiedersTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private static List<string> Namen(string html) =>
        Regex.Matches(html, "href=\"/zorgaanbieders/[0-9]+\">([^<]+)</a>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [Fact]
    public async Task De_lijst_is_openbaar_en_toont_25_per_pagina()
    {
        var (antwoord, eerste) = await GetAsync("/zorgaanbieders");
        var (_, tweede) = await GetAsync("/zorgaanbieders?pagina=2");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Zorgaanbieders (36)", eerste, StringComparison.Ordinal);
        Assert.Equal(25, Namen(eerste).Count);
        Assert.Equal(11, Namen(tweede).Count);
        Assert.Empty(Namen(eerste).Intersect(Namen(tweede)));
    }

    [Fact]
    public async Task De_lijst_is_op_naam_gesorteerd_zonder_hoofdlettergevoeligheid()
    {
        // Both databases must agree: ASVZ among the A's, not before them (binary order) or after them.
        var (_, html) = await GetAsync("/zorgaanbieders");

        Assert.Equal(["Actief Huiszorg B.V.", "Altijd iemand in de buurt B.V.", "ASVZ", "Baantraject B.V."], Namen(html).Take(4));
    }

    [Theory]
    [InlineData("kwintes", "Stichting Kwintes")]
    [InlineData("98000003", "ASVZ")] // AGB code
    [InlineData("99000003", "ASVZ")] // KvK number
    public async Task Zoeken_vindt_op_naam_AGB_code_en_KvK_nummer(string zoek, string naam)
    {
        var (_, html) = await GetAsync($"/zorgaanbieders?zoek={zoek}");

        Assert.Equal([naam], Namen(html));
    }

    [Fact]
    public async Task Zoeken_op_plaats_vindt_alle_aanbieders_van_die_plaats()
    {
        var (_, html) = await GetAsync("/zorgaanbieders?zoek=houten");

        Assert.Equal(11, Namen(html).Count); // demo providers rotate over Nieuwegein, Houten, IJsselstein
    }

    [Fact]
    public async Task De_detailpagina_toont_KvK_nummer_en_AGB_code()
    {
        var (_, lijst) = await GetAsync("/zorgaanbieders?zoek=asvz");
        var link = Regex.Match(lijst, "href=\"(/zorgaanbieders/[0-9]+)\">ASVZ<").Groups[1].Value;

        var (antwoord, html) = await GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("99000003", html, StringComparison.Ordinal);
        Assert.Contains("98000003", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_zorgaanbieder_geeft_404()
    {
        var (antwoord, _) = await GetAsync("/zorgaanbieders/999999");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }
}

public sealed class ZorgaanbiedersTestsSqlite(SqliteApp app) : ZorgaanbiedersTests<SqliteApp>(app);

public sealed class ZorgaanbiedersTestsPostgres(PostgresApp app) : ZorgaanbiedersTests<PostgresApp>(app);
