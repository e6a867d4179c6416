using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Monitor;

/// <summary>The monitor on the web, on the demo care data (the 2018 council table of Woerden).</summary>
public abstract class MonitorTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Woerden2018 = "?periode=2018&gemeente=0632";

    private static readonly string[] JeugdGroepen = ["Behandeling", "Begeleiding", "Dagbesteding", "Dyslexie", "Innovatie", "Essentiële functies"];

    /// <summary>The cells of the table row headed by <paramref name="kop"/>, as text.</summary>
    private static List<string> Rij(string html, string kop)
    {
        var rij = Regex.Match(Tekst(html), $"<th scope=\"row\"[^>]*>{Regex.Escape(kop)}</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(rij.Success, $"Geen rij '{kop}' in de tabel.");
        return Regex.Matches(rij.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
    }

    [Fact]
    public async Task De_openbare_monitor_toont_de_raadstabel_en_onderdrukt_kleine_groepen()
    {
        var (antwoord, html) = await GetAsync("/monitor" + Woerden2018);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        // Public figures are rounded: counts to fives, costs to thousands of euros, cost per client to hundreds.
        Assert.Equal(["110", "90", "€ 1.189.000", "€ 13.400"], Rij(html, "Verblijf"));
        Assert.Equal(["1.780", "1.085", "€ 5.752.000", "€ 5.300"], Rij(html, "Totaal Jeugdwet"));
        Assert.Equal(["1.155", "565", "€ 2.980.000", "€ 5.300"], Rij(html, "Totaal Wmo 2015"));
        // Persoonlijke verzorging has 1 client: on a public page not shown; and since the youth care total is shown,
        // one more youth care group is hidden, or Persoonlijke verzorging would be the total minus the others.
        Assert.Equal(["< 5", "< 5", "niet getoond", "niet getoond"], Rij(html, "Persoonlijke verzorging"));
        Assert.Contains(["afgeschermd", "afgeschermd", "afgeschermd", "afgeschermd"],
            JeugdGroepen.Select(g => Rij(html, g)).ToList());
        Assert.Contains("afgerond op vijftallen en bedragen op duizenden euro's", Tekst(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analist")]
    [InlineData("inkoper")]
    public async Task Inkopers_en_analisten_zien_ook_kleine_groepen_precies(string rol)
    {
        var client = await Inloggen.AlsAsync(App, rol);
        var (_, html) = await GetAsync("/monitor" + Woerden2018, client);

        Assert.Equal(["3", "1", "€ 3.019", "€ 3.019"], Rij(html, "Persoonlijke verzorging"));
        Assert.Equal(["112", "89", "€ 1.188.723", "€ 13.356"], Rij(html, "Verblijf"));
    }

    [Theory]
    [InlineData("contractmanager")]
    [InlineData("beoordelaar")]
    [InlineData("beheerder")]
    public async Task Andere_medewerkers_zien_de_openbare_cijfers(string rol)
    {
        var client = await Inloggen.AlsAsync(App, rol);
        var (_, html) = await GetAsync("/monitor" + Woerden2018, client);

        Assert.Equal(["< 5", "< 5", "niet getoond", "niet getoond"], Rij(html, "Persoonlijke verzorging"));
        Assert.Equal(["110", "90", "€ 1.189.000", "€ 13.400"], Rij(html, "Verblijf"));
    }

    [Fact]
    public async Task Een_ongeldige_periode_geeft_een_melding_in_het_formulier()
    {
        var (antwoord, html) = await GetAsync("/monitor?periode=2018Q5");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("'2018Q5' is geen geldige periode", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_gemeente_telt_Montfoort_niet_mee_in_Woerden()
    {
        var analist = await Inloggen.AlsAsync(App, "analist");
        var (_, exact) = await GetAsync("/monitor?periode=2018&regio=utrecht-west&indeling=gemeente", analist);
        var (_, html) = await GetAsync("/monitor?periode=2018&indeling=gemeente");

        Assert.Equal(["2.934", "1.652", "€ 8.732.135"], Rij(exact, "0632 Woerden"));
        Assert.Equal(["< 5", "< 5", "niet getoond"], Rij(html, "0335 Montfoort"));
        // Publicly Woerden is hidden too: with the total shown, Woerden would give Montfoort's few clients away.
        Assert.Equal(["afgeschermd", "afgeschermd", "afgeschermd"], Rij(html, "0632 Woerden"));
    }

    [Fact]
    public async Task De_csv_download_is_voor_het_publiek_onderdrukt_en_voor_een_analist_exact()
    {
        var (openbaar, publiek) = await GetAsync("/monitor/export.csv" + Woerden2018);
        var analist = await Inloggen.AlsAsync(App, "analist");
        var (_, exact) = await GetAsync("/monitor/export.csv" + Woerden2018, analist);

        Assert.Equal("text/csv", openbaar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("jeugd;Persoonlijke verzorging;< 5;< 5;\n", publiek, StringComparison.Ordinal);
        Assert.Contains("jeugd;Verblijf;110;90;118900000\n", publiek, StringComparison.Ordinal);
        Assert.Contains(";afgeschermd;afgeschermd;\n", publiek, StringComparison.Ordinal);
        Assert.Contains("jeugd;Persoonlijke verzorging;3;1;301900\n", exact, StringComparison.Ordinal);
        Assert.Contains("totaal;Totaal;2934;1652;873213500\n", exact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_excel_download_bevat_de_tabel_en_de_maanden()
    {
        var client = await Inloggen.AlsAsync(App, "analist");
        var antwoord = await client.GetAsync("/monitor/export.xlsx" + Woerden2018, Ct);
        using var stream = new MemoryStream(await antwoord.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", antwoord.Content.Headers.ContentType?.MediaType);
        var rijen = stream.Query(useHeaderRow: true, sheetName: "Monitor").Cast<IDictionary<string, object?>>().ToList();
        var verblijf = rijen.Single(r => (string?)r["Monitorgroep"] == "Verblijf");
        Assert.Equal(1_188_723m, Convert.ToDecimal(verblijf["Kosten (euro)"], System.Globalization.CultureInfo.InvariantCulture));
        stream.Position = 0;
        Assert.Equal(12, stream.Query(useHeaderRow: true, sheetName: "Per maand").Count());
    }

    [Fact]
    public async Task Zonder_periode_opent_de_monitor_op_het_laatste_jaar_met_gegevens()
    {
        // Other tests may import other years into this app; the demo's 2018 is the floor.
        var laatste = await MetDbAsync(db => Zorginkoop.Monitoring.Zorgmonitor.LaatsteJaarAsync(db, Ct));
        var utrechtWest = await MetDbAsync(async db => await Zorginkoop.Monitoring.Zorgmonitor.LaatsteJaarAsync(db,
            await db.Regios.Where(r => r.Code == "utrecht-west").SelectMany(r => r.Gemeenten).Select(g => g.Code).ToListAsync(Ct), Ct));
        var budgetjaar = await MetDbAsync(db => db.Set<Zorginkoop.Monitoring.Budget>()
            .Where(b => db.Regios.Any(r => r.Id == b.RegioId && r.Code == "utrecht-west")).MaxAsync(b => (int?)b.Jaar, Ct));
        var analist = await Inloggen.AlsAsync(App, "analist");

        var (_, monitor) = await GetAsync("/monitor");
        var (_, dekking) = await GetAsync("/monitor/dekking?regio=utrecht-west", analist);
        var (_, budget) = await GetAsync("/monitor/budget?regio=utrecht-west", analist);

        Assert.True(laatste >= 2018, $"Laatste jaar met zorggegevens: {laatste}");
        Assert.Contains($"1 januari {laatste} tot en met 31 december {laatste}", Tekst(monitor), StringComparison.Ordinal);
        // Coverage and budget open on the region's own most recent year (a budget counts for the budget page).
        Assert.Contains($"1 januari {utrechtWest} tot en met 31 december {utrechtWest}", Tekst(dekking), StringComparison.Ordinal);
        Assert.Contains($"Budget en realisatie {Math.Max(utrechtWest!.Value, budgetjaar ?? 0)}", Tekst(budget), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_publiek_ziet_alle_regios_en_kiest_er_een()
    {
        var (_, alle) = await GetAsync("/monitor?periode=2018&indeling=gemeente");
        var (_, utrechtWest) = await GetAsync("/monitor?periode=2018&regio=utrecht-west&indeling=gemeente");
        var (_, lekstroom) = await GetAsync("/monitor?periode=2018&regio=lekstroom");

        Assert.Contains("<option value=\"alle\" selected=\"selected\">Alle regio&#x27;s</option>", alle, StringComparison.Ordinal);
        Assert.Contains("alle regio's, 1 januari 2018", Tekst(alle), StringComparison.Ordinal);
        Assert.Contains("Utrecht-West, 1 januari 2018", Tekst(utrechtWest), StringComparison.Ordinal);
        // Woerden's care data is Utrecht-West's: Lekstroom has none of it, and offers only its own municipalities.
        Assert.Contains("Er zijn geen zorggegevens voor Regio Lekstroom, 1 januari 2018", Tekst(lekstroom), StringComparison.Ordinal);
        Assert.Contains("<option value=\"0321\">", lekstroom, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"0632\"", lekstroom, StringComparison.Ordinal);
        Assert.Equal(Rij(alle, "0335 Montfoort"), Rij(utrechtWest, "0335 Montfoort"));
    }

    [Fact]
    public async Task Een_medewerker_opent_op_haar_eigen_regio_en_een_link_naar_een_gemeente_blijft_werken()
    {
        using var analist = await Inloggen.AlsAsync(App, "analist.utrecht-west");

        var (_, eigen) = await GetAsync("/monitor", analist);
        var (_, woerden) = await GetAsync("/monitor" + Woerden2018, analist);
        var (_, houten) = await GetAsync("/monitor?periode=2018&gemeente=0321", analist);

        Assert.Contains("<option value=\"utrecht-west\" selected=\"selected\">", eigen, StringComparison.Ordinal);
        Assert.Contains("Utrecht-West, 1 januari", Tekst(eigen), StringComparison.Ordinal);
        Assert.Equal(["3", "1", "€ 3.019", "€ 3.019"], Rij(woerden, "Persoonlijke verzorging"));
        // A municipality of another region: all regions, and the public's figures.
        Assert.Contains("<option value=\"alle\" selected=\"selected\">", houten, StringComparison.Ordinal);
        Assert.Contains("openbare cijfers beschermd", houten, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_regio_of_een_gemeente_buiten_de_regio_geeft_een_melding()
    {
        var (antwoord, onbekend) = await GetAsync("/monitor?regio=atlantis");
        var (_, buiten) = await GetAsync("/monitor?regio=lekstroom&gemeente=0632");
        var (download, _) = await GetAsync("/monitor/export.csv?regio=atlantis");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Regio 'atlantis' bestaat niet", Tekst(onbekend), StringComparison.Ordinal);
        Assert.Contains("id=\"regio-fout\"", onbekend, StringComparison.Ordinal);
        Assert.Contains("Gemeente '0632' hoort niet bij Regio Lekstroom", Tekst(buiten), StringComparison.Ordinal);
        Assert.Contains("id=\"gemeente-fout\"", buiten, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, download.StatusCode);
        Assert.Equal("application/problem+json", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dekking_en_budget_zijn_alleen_voor_medewerkers()
    {
        var (dekking, _) = await GetAsync("/monitor/dekking");
        var (budget, _) = await GetAsync("/monitor/budget");
        var analist = await Inloggen.AlsAsync(App, "analist");
        var (dekkingAnalist, html) = await GetAsync("/monitor/dekking?regio=utrecht-west&periode=2018", analist);

        Assert.Equal(HttpStatusCode.Redirect, dekking.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, budget.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dekkingAnalist.StatusCode);
        Assert.Contains("Dekking per product en gemeente", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_inkoper_zet_een_budget_en_ziet_het_tekort_een_analist_mag_dat_niet()
    {
        var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var formulier = await inkoper.GetStringAsync("/monitor/budget?regio=utrecht-west&jaar=2018", Ct);
        var antwoord = await inkoper.PostAsync("/monitor/budget?regio=utrecht-west&jaar=2018", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Inloggen.AntiforgeryToken(formulier),
            ["Regio"] = "utrecht-west",
            ["Jaar"] = "2018",
            ["Bedragen[jeugd|Verblijf]"] = "1.000.000",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var (_, html) = await GetAsync("/monitor/budget?regio=utrecht-west&jaar=2018", inkoper);
        // 2018 is closed, so the projection is the realisation: € 1.188.723 against a budget of € 1.000.000.
        Assert.Equal("tekort € 188.723", Rij(html, "Jeugdwet: Verblijf")[^1]);

        var analist = await Inloggen.AlsAsync(App, "analist");
        var formulierAnalist = await analist.GetStringAsync("/monitor/budget?regio=utrecht-west&jaar=2018", Ct);
        var geweigerd = await analist.PostAsync("/monitor/budget", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Inloggen.AntiforgeryToken(formulierAnalist),
            ["Regio"] = "utrecht-west",
            ["Jaar"] = "2018",
            ["Bedragen[jeugd|Verblijf]"] = "1",
        }), Ct);
        // Forbidden: the cookie scheme sends the user to the access-denied page, and nothing changed.
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        var naar = geweigerd.Headers.Location!;
        Assert.Equal("/geen-toegang", naar.IsAbsoluteUri ? naar.AbsolutePath : naar.OriginalString.Split('?')[0]);
        Assert.Equal("tekort € 188.723", Rij((await GetAsync("/monitor/budget?regio=utrecht-west&jaar=2018", inkoper)).Html, "Jeugdwet: Verblijf")[^1]);
    }
}

public sealed class MonitorTestsSqlite(SqliteApp app) : MonitorTests<SqliteApp>(app);

public sealed class MonitorTestsPostgres(PostgresApp app) : MonitorTests<PostgresApp>(app);
