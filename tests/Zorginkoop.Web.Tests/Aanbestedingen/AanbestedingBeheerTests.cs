using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Aanbestedingen;

/// <summary>Officers run the lifecycle from the procedure page; everyone else is refused on the server.</summary>
public abstract class AanbestedingBeheerTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private async Task<string> HeropeningAsync(HttpClient client)
    {
        var (_, lijst) = await GetAsync("/aanbestedingen", client);
        return Regex.Match(lijst, "href=\"(/aanbestedingen/[0-9]+)\">Heropening").Groups[1].Value;
    }

    private async Task<HttpResponseMessage> StapAsync(HttpClient client, string pad, string stap, string? reden)
    {
        var pagina = await client.GetStringAsync(pad, Ct);
        var velden = new Dictionary<string, string> { ["__RequestVerificationToken"] = Inloggen.AntiforgeryToken(pagina), ["Stap"] = stap };
        if (reden is not null)
        {
            velden["Reden"] = reden;
        }

        return await client.PostAsync(pad, new FormUrlEncodedContent(velden), Ct);
    }

    [Fact]
    public async Task Een_inkoper_schorst_met_reden_en_hervat_en_ziet_de_stappen_en_de_geschiedenis()
    {
        var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var pad = await HeropeningAsync(inkoper);

        var zonderReden = await StapAsync(inkoper, pad, "Schorsen", null);
        var html = await zonderReden.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("Schorsen kan alleen met een reden", Tekst(html), StringComparison.Ordinal);

        var geschorst = await StapAsync(inkoper, pad, "Schorsen", "Vragen over de tarieven worden eerst beantwoord.");
        Assert.Equal(HttpStatusCode.Redirect, geschorst.StatusCode);
        var (_, na) = await GetAsync(pad, inkoper);
        Assert.Contains("Deze aanbesteding is <strong>geschorst</strong>.", Tekst(na), StringComparison.Ordinal);
        Assert.Contains("Vragen over de tarieven worden eerst beantwoord.", Tekst(na), StringComparison.Ordinal);
        Assert.Contains("inkoper@demo.zorginkoop.nl", na, StringComparison.Ordinal); // in the change history

        Assert.Equal(HttpStatusCode.Redirect, (await StapAsync(inkoper, pad, "Hervatten", null)).StatusCode);
        Assert.Contains("Deze aanbesteding is <strong>gepubliceerd</strong>.", Tekst((await GetAsync(pad, inkoper)).Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_analist_mag_geen_stap_zetten()
    {
        var analist = await Inloggen.AlsAsync(App, "analist");
        var pad = await HeropeningAsync(analist);

        var (_, pagina) = await GetAsync(pad, analist);
        var antwoord = await StapAsync(analist, pad, "Intrekken", "geen recht");

        Assert.DoesNotContain("name=\"Stap\"", pagina, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains("geen-toegang", antwoord.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("<strong>gepubliceerd</strong>", Tekst((await GetAsync(pad)).Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_anonieme_post_verandert_niets()
    {
        var client = App.NieuweClient();
        var pad = await HeropeningAsync(client);

        var antwoord = await client.PostAsync(pad, new FormUrlEncodedContent(new Dictionary<string, string> { ["Stap"] = "Intrekken", ["Reden"] = "x" }), Ct);

        Assert.True(antwoord.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, antwoord.StatusCode.ToString());
        Assert.Contains("<strong>gepubliceerd</strong>", Tekst((await GetAsync(pad)).Html), StringComparison.Ordinal);
    }
}

public sealed class AanbestedingBeheerTestsSqlite(SqliteApp app) : AanbestedingBeheerTests<SqliteApp>(app);

public sealed class AanbestedingBeheerTestsPostgres(PostgresApp app) : AanbestedingBeheerTests<PostgresApp>(app);
