using System.Net;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Accounts;

/// <summary>Pages that change the catalogue or the provider register: login required, and a role with catalogue rights.</summary>
public static class Beheerpaginas
{
    public static TheoryData<string> Alle =>
    [
        "/catalogus/lekstroom/producten/nieuw",
        "/catalogus/lekstroom/segmenten/nieuw",
        "/catalogus/lekstroom/import",
        "/zorgaanbieders/nieuw",
    ];
}

public abstract class AutorisatieTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Theory]
    [MemberData(nameof(Beheerpaginas.Alle), MemberType = typeof(Beheerpaginas))]
    public async Task Anoniem_wordt_naar_inloggen_gestuurd_met_terugadres(string pad)
    {
        var (antwoord, _) = await GetAsync(pad);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var locatie = antwoord.Headers.Location!.OriginalString;
        Assert.StartsWith("http://localhost/inloggen?ReturnUrl=", locatie, StringComparison.Ordinal);
        Assert.EndsWith(Uri.EscapeDataString(pad), locatie, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Beheerpaginas.Alle), MemberType = typeof(Beheerpaginas))]
    public async Task Een_analist_krijgt_geen_toegang(string pad)
    {
        using var client = await Inloggen.AlsAsync(App, Rollen.Analist);

        var (antwoord, _) = await GetAsync(pad, client);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("http://localhost/geen-toegang", antwoord.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var (geenToegang, html) = await GetAsync(antwoord.Headers.Location.PathAndQuery, client);
        Assert.Equal(HttpStatusCode.Forbidden, geenToegang.StatusCode);
        Assert.Contains("Uw account heeft geen rechten voor deze pagina.", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Beheerpaginas.Alle), MemberType = typeof(Beheerpaginas))]
    public async Task Een_inkoper_mag_de_beheerpaginas_openen(string pad)
    {
        using var client = await Inloggen.AlsAsync(App, Rollen.Inkoper);

        var (antwoord, html) = await GetAsync(pad, client);

        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {(int)antwoord.StatusCode}");
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Rollen.Inkoper, true)]
    [InlineData(Rollen.Contractmanager, true)]
    [InlineData(Rollen.Beheerder, true)]
    [InlineData(Rollen.Analist, false)]
    [InlineData(Rollen.Beoordelaar, false)]
    public async Task Alleen_rollen_met_catalogusbeheer_zien_de_beheerknoppen(string rol, bool ziet)
    {
        using var client = await Inloggen.AlsAsync(App, rol);

        var (antwoord, html) = await GetAsync("/catalogus/lekstroom", client);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(ziet, html.Contains("href=\"/catalogus/lekstroom/producten/nieuw\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_beheerpagina_weigert_een_post_van_een_analist()
    {
        // The policy guards the POST as well, not only the form.
        using var inkoper = await Inloggen.AlsAsync(App, Rollen.Inkoper);
        var (_, formulier) = await GetAsync("/catalogus/lekstroom/segmenten/nieuw", inkoper);
        using var analist = await Inloggen.AlsAsync(App, Rollen.Analist);
        var (_, eigenFormulier) = await GetAsync("/inloggen", analist); // a valid token for the analist's session

        using var antwoord = await analist.PostAsync("/catalogus/lekstroom/segmenten/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Inloggen.AntiforgeryToken(eigenFormulier),
            ["Input.Code"] = "analist",
            ["Input.Naam"] = "Door analist",
        }), Ct);

        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<form method=\"post\"", formulier, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/geen-toegang", antwoord.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}

public sealed class AutorisatieTestsSqlite(SqliteApp app) : AutorisatieTests<SqliteApp>(app);

public sealed class AutorisatieTestsPostgres(PostgresApp app) : AutorisatieTests<PostgresApp>(app);
