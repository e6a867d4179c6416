using System.Net;
using System.Text.Json;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests;

public abstract class AlgemeneTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task De_startpagina_is_Nederlands_en_telt_de_demodata()
    {
        var (antwoord, html) = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Inkoop van jeugdhulp en Wmo-ondersteuning - Zorginkoop</title>", html, StringComparison.Ordinal);
        Assert.Contains("2 regio's, 20 producten.", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("36 zorgaanbieders.", Tekst(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_meldt_dat_de_database_gezond_is()
    {
        var (antwoord, json) = await GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("Healthy", doc.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", doc.RootElement.GetProperty("controles").GetProperty("database").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/catalogus/lekstroom")]
    [InlineData("/inloggen")]
    [InlineData("/health")]
    [InlineData("/catalogus/lekstroom/export.csv")]
    [InlineData("/catalogus/bestaat-niet")]
    public async Task Elk_antwoord_heeft_de_beveiligingsheaders(string pad)
    {
        var (antwoord, _) = await GetAsync(pad);

        var csp = Assert.Single(antwoord.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(antwoord.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Een_onbekend_adres_geeft_een_Nederlandse_404_pagina()
    {
        var (antwoord, html) = await GetAsync("/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekend_adres_geeft_ingelogd_een_Nederlandse_404_pagina()
    {
        using var client = await Inloggen.AlsAsync(App, Zorginkoop.Accounts.Rollen.Analist);

        var (antwoord, html) = await GetAsync("/bestaat-niet", client);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_toegankelijkheidsverklaring_is_openbaar()
    {
        var (antwoord, _) = await GetAsync("/toegankelijkheid");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task De_stylesheets_van_NL_Design_System_worden_geserveerd()
    {
        // wwwroot/lib is filled by the build (npm ci + copy); a page without them is unstyled and fails contrast checks.
        foreach (var css in new[] { "/lib/utrecht/component-library.css", "/lib/voorbeeld/theme.css", "/css/zorginkoop.css" })
        {
            var (antwoord, inhoud) = await GetAsync(css);
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{css}: {(int)antwoord.StatusCode}");
            Assert.True(inhoud.Length > 100, $"{css} is (bijna) leeg");
        }
    }
}

public sealed class AlgemeneTestsSqlite(SqliteApp app) : AlgemeneTests<SqliteApp>(app)
{
    [Fact]
    public void De_app_gebruikt_het_tijdelijke_databasebestand()
    {
        // Guards against tests writing to a developer's own database in ~/.local/share/Zorginkoop.
        Assert.True(File.Exists(App.DatabaseBestand), App.DatabaseBestand);
    }
}

public sealed class AlgemeneTestsPostgres(PostgresApp app) : AlgemeneTests<PostgresApp>(app);
