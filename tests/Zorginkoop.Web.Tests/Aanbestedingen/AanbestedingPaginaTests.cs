using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Aanbestedingen;

public abstract class AanbestedingPaginaTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Het_overzicht_is_openbaar_en_toont_de_procedures_van_de_bron()
    {
        var (antwoord, html) = await GetAsync("/aanbestedingen");
        var tekst = Tekst(html);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Jeugdhulp in Onderwijstijd</a> (TN469379)", tekst, StringComparison.Ordinal);
        Assert.Contains("Jeugdhulp Ambulant</a> (TN469421)", tekst, StringComparison.Ordinal);
        Assert.Contains("23 mei 2022, 12:00 uur", tekst, StringComparison.Ordinal);
        Assert.Contains("Dialoog met één gegadigde", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nu_open_voor_inschrijving_toont_alleen_gepubliceerde_procedures()
    {
        // The test clock stands at 31 July 2023: only the 2024 re-opening and the practice procedure of the demo are open then.
        var (_, html) = await GetAsync("/aanbestedingen?openVoorInschrijving=true");

        var namen = Regex.Matches(Tekst(html), "href=\"/aanbestedingen/[0-9]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Heropening 43B11 Logeren en 50B32 Schoolvervangende (dag)behandeling groep", Zorginkoop.Demo.DemoInschrijvingen.OpenNaam], namen);
    }

    [Fact]
    public async Task De_detailpagina_toont_status_in_woorden_en_het_verloop_met_de_schorsing()
    {
        var (_, lijst) = await GetAsync("/aanbestedingen");
        var link = Regex.Match(lijst, "href=\"(/aanbestedingen/[0-9]+)\">Jeugdhulp Ambulant<").Groups[1].Value;

        var (antwoord, html) = await GetAsync(link);
        var tekst = Regex.Replace(Tekst(html), "\\s+", " ");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Deze aanbesteding is <strong>lopend contract</strong>.", tekst, StringComparison.Ordinal);
        Assert.Contains(">schorsen</td>", tekst, StringComparison.Ordinal);
        Assert.Contains("Onafhankelijke toets op de tarieven", tekst, StringComparison.Ordinal);
        Assert.Contains(">1 juli 2023</dd>", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_aanbesteding_geeft_404()
    {
        var (antwoord, _) = await GetAsync("/aanbestedingen/999999");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }
}

public sealed class AanbestedingPaginaTestsSqlite(SqliteApp app) : AanbestedingPaginaTests<SqliteApp>(app);

public sealed class AanbestedingPaginaTestsPostgres(PostgresApp app) : AanbestedingPaginaTests<PostgresApp>(app);
