using System.Net;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Accounts;

/// <summary>A login service (identity provider, eHerkenning broker) that is down: a Dutch 503 page with a way back, and /health says so.</summary>
public sealed class InlogdienstOnbereikbaarTests(SqliteAppMetOnbereikbareInlogdienst app) : AppTests<SqliteAppMetOnbereikbareInlogdienst>(app)
{
    [Fact]
    public async Task Inloggen_bij_een_onbereikbare_inlogdienst_geeft_een_Nederlandse_pagina_met_503_en_de_weg_terug()
    {
        var (antwoord, html) = await GetAsync("/inloggen/extern/medewerkers?returnUrl=/catalogus");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
        Assert.Equal("120", antwoord.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Inlogdienst niet bereikbaar", html, StringComparison.Ordinal);
        Assert.Contains("De inlogdienst van uw organisatie is op dit moment niet bereikbaar", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("<a class=\"utrecht-link utrecht-link--html-a\" href=\"/inloggen\">Terug naar inloggen</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_gezondheid_meldt_een_onbereikbare_inlogdienst_als_verminderd_en_de_database_als_gezond()
    {
        using var antwoord = await App.NieuweClient().GetAsync("/health", Ct);
        var json = await ApiHelpers.JsonAsync(antwoord);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        Assert.Equal("Degraded", json.GetProperty("controles").GetProperty("inloggen-medewerkers").GetProperty("status").GetString());
        Assert.Equal("De inlogdienst is niet bereikbaar.", json.GetProperty("controles").GetProperty("inloggen-medewerkers").GetProperty("omschrijving").GetString());
        Assert.Equal("Healthy", json.GetProperty("controles").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Een_mislukte_terugkeer_van_de_inlogdienst_geeft_dezelfde_pagina()
    {
        var (antwoord, html) = await GetAsync("/inloggen/extern/medewerkers/onbereikbaar");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
        Assert.Contains("Terug naar inloggen", html, StringComparison.Ordinal);
        var (onbekend, _) = await GetAsync("/inloggen/extern/eherkenning/onbereikbaar");
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
    }
}
