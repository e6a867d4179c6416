using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inkooptrajecten;

/// <summary>The public trajectory pages, the officer's forms and the Atom feeds.</summary>
public abstract class TrajectPaginaTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Demo = "Inkoop Jeugd Wmo 2022";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string[] Fasen = ["Fase 1 – Verkennen", "Fase 2 – Verdiepen en vertalen", "Fase 3 – Kiezen", "Fase 4 – Implementeren"];

    /// <summary>The page as text with table cells as plain &lt;td&gt; and whitespace collapsed, to match rows.</summary>
    private static string Rijen(string html) => Regex.Replace(Regex.Replace(Tekst(html), "<td class=\"[^\"]*\">", "<td>"), "\\s+", " ");

    private async Task<int> DemoIdAsync() => await ApiHelpers.IdVanAsync(App.NieuweClient(), "inkooptrajecten", Demo);

    /// <summary>A draft trajectory made through the form; its id from the redirect.</summary>
    private static async Task<int> ConceptAsync(HttpClient inkoper, string naam)
    {
        using var antwoord = await Forms.PostAsync(inkoper, "/inkooptrajecten/nieuw",
            Forms.Velden(("Input.Naam", naam), ("Input.Regio", "lekstroom"), ("Input.Jeugd", "true")));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return int.Parse(Regex.Match(antwoord.Headers.Location!.OriginalString, "^/inkooptrajecten/([0-9]+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<XDocument> FeedAsync(HttpClient client, string pad)
    {
        using var antwoord = await client.GetAsync(pad, Ct);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/atom+xml", antwoord.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await antwoord.Content.ReadAsStringAsync(Ct));
    }

    private static List<string> Titels(XDocument feed) =>
        feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

    [Fact]
    public async Task Het_overzicht_is_openbaar_en_toont_het_demotraject_met_de_huidige_fase()
    {
        var id = await DemoIdAsync();

        var (antwoord, html) = await GetAsync("/inkooptrajecten");
        var tekst = Rijen(html);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains($"href=\"/inkooptrajecten/{id}\">{Demo}</a>", tekst, StringComparison.Ordinal);
        Assert.Contains($"{Demo}</a></td> <td>Regio Lekstroom</td> <td>Jeugdwet en Wmo 2015</td> <td>4. Implementeren</td>", tekst, StringComparison.Ordinal);
        Assert.Contains("href=\"/inkooptrajecten/feed.atom\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Inkooptraject toevoegen", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_detailpagina_toont_de_vier_fasen_op_volgorde_met_status()
    {
        var (antwoord, html) = await GetAsync($"/inkooptrajecten/{await DemoIdAsync()}");
        var tekst = Tekst(html);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var posities = Fasen.Select(f => tekst.IndexOf(f, StringComparison.Ordinal)).ToList();
        Assert.All(posities, p => Assert.True(p >= 0));
        Assert.Equal(posities.Order(), posities);
        Assert.Contains("Fase 4 – Implementeren <span class=\"zi-fase__status\">(actief)</span>", tekst, StringComparison.Ordinal);
        Assert.Contains("1 oktober 2020 tot en met 31 januari 2021", tekst, StringComparison.Ordinal);
        Assert.Contains("1 november 2021 tot en met nu", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_update_van_december_2022_staat_boven_die_van_juli_2021()
    {
        var (_, html) = await GetAsync($"/inkooptrajecten/{await DemoIdAsync()}");
        var tekst = Tekst(html);

        var december = tekst.IndexOf(">Update december 2022</h3>", StringComparison.Ordinal);
        var juli = tekst.IndexOf(">Update project Inkoop Jeugdhulp - Wmo 4 (juli 2021)</h3>", StringComparison.Ordinal);
        Assert.True(december > 0, "update december 2022 ontbreekt");
        Assert.True(juli > december, $"juli 2021 ({juli}) hoort na december 2022 ({december})");
        Assert.Contains("<time datetime=\"2022-12-01\">1 december 2022</time>", tekst, StringComparison.Ordinal);
        Assert.Contains("<strong>48 organisaties</strong>", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_detailpagina_toont_de_drie_vragenuren()
    {
        var (_, html) = await GetAsync($"/inkooptrajecten/{await DemoIdAsync()}");
        var tekst = Rijen(html);

        Assert.Contains("<td>29 oktober 2021, 09:00 uur tot 10:00 uur</td> <td>Vragenuur</td> <td>Vragenuur segment Gezinsvormen</td>", tekst, StringComparison.Ordinal);
        Assert.Contains("<td>29 oktober 2021, 10:30 uur tot 11:30 uur</td> <td>Vragenuur</td> <td>Vragenuur segment Onderwijstijd</td>", tekst, StringComparison.Ordinal);
        Assert.Contains("<td>29 oktober 2021, 12:00 uur tot 13:00 uur</td> <td>Vragenuur</td> <td>Vragenuur segment Ambulant en Crisis</td>", tekst, StringComparison.Ordinal);
        // On 31 July 2023 every meeting of the trajectory lies in the past.
        Assert.Contains("Geen komende bijeenkomsten.", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_documenten_hebben_een_downloadlink_die_werkt()
    {
        var (_, html) = await GetAsync($"/inkooptrajecten/{await DemoIdAsync()}");

        var link = Regex.Match(html, "href=\"(/documenten/[0-9]+/FAQ%20segment%20Gezinsvormen\\.pdf)\" download>FAQ segment Gezinsvormen</a>");
        Assert.True(link.Success, "Geen downloadlink naar de FAQ segment Gezinsvormen.");
        Assert.Equal(5, Regex.Count(html, "href=\"/documenten/[0-9]+/[^\"]+\" download>"));
        using var client = App.NieuweClient();
        using var download = await client.GetAsync(link.Groups[1].Value, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task De_detailpagina_noemt_de_aanbestedingen_van_het_traject()
    {
        var (_, html) = await GetAsync($"/inkooptrajecten/{await DemoIdAsync()}");
        var tekst = Tekst(html);

        Assert.Matches("href=\"/aanbestedingen/[0-9]+\">Jeugdhulp Ambulant</a> \\(lopend contract, TN469421\\)", tekst);
        Assert.Matches("href=\"/aanbestedingen/[0-9]+\">Heropening 43B11 Logeren en 50B32 Schoolvervangende \\(dag\\)behandeling groep</a> \\(gepubliceerd\\)", tekst);
        Assert.Equal(7, Regex.Count(tekst, "<li><a class=\"utrecht-link utrecht-link--html-a\" href=\"/aanbestedingen/[0-9]+\">"));
    }

    [Fact]
    public async Task Een_nieuw_traject_is_een_concept_dat_anoniem_404_geeft()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");

        var id = await ConceptAsync(inkoper, "Inkoop Jeugd 2027");

        var (anoniem, _) = await GetAsync($"/inkooptrajecten/{id}");
        var (medewerker, html) = await GetAsync($"/inkooptrajecten/{id}", inkoper);
        var (_, lijst) = await GetAsync("/inkooptrajecten");
        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);
        Assert.Equal(HttpStatusCode.OK, medewerker.StatusCode);
        Assert.Contains("Dit inkooptraject is een concept: alleen medewerkers zien het.", Tekst(html), StringComparison.Ordinal);
        Assert.DoesNotContain("Inkoop Jeugd 2027", lijst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_met_script_en_javascript_link_komt_onschadelijk_op_de_openbare_pagina()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Traject met aanval");

        using var update = await Forms.PostAsync(inkoper, $"/inkooptrajecten/{id}/updates/nieuw", Forms.Velden(
            ("Input.Datum", "2023-07-31"), ("Input.Titel", "Update met aanval"),
            ("Input.Tekst", "Hallo <script>alert(1)</script>\n\n[x](javascript:alert(1)) en [goed](https://zorginkoop.nl)")));
        using var openbaar = await Forms.PostAsync(inkoper, $"/inkooptrajecten/{id}/bewerken", Forms.Velden(
            ("Input.Naam", "Traject met aanval"), ("Input.Jeugd", "true"), ("Input.Openbaar", "true")));
        var (antwoord, html) = await GetAsync($"/inkooptrajecten/{id}");

        Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        Assert.StartsWith($"/inkooptrajecten/{id}#bericht-", update.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, openbaar.StatusCode);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(">Update met aanval</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hallo &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://zorginkoop.nl\" rel=\"nofollow noopener noreferrer\">goed</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_traject_zonder_naam_geeft_een_nederlandse_melding_en_wordt_niet_opgeslagen()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");

        using var antwoord = await Forms.PostAsync(inkoper, "/inkooptrajecten/nieuw",
            Forms.Velden(("Input.Naam", "  "), ("Input.Regio", "lekstroom"), ("Input.Omschrijving", "Zonder naam opgeslagen?")));
        var html = Tekst(await antwoord.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Vul de naam van het inkooptraject in.", html, StringComparison.Ordinal);
        Assert.Contains("Kies ten minste één domein: Jeugd of Wmo.", html, StringComparison.Ordinal);
        using var api = await ApiHelpers.AlsAsync(App, "inkoper");
        var (_, alle) = await ApiHelpers.GetJsonAsync(api, "/api/v1/inkooptrajecten?paginaGrootte=100");
        Assert.DoesNotContain(alle.GetProperty("inkooptrajecten").EnumerateArray(), t => t.GetProperty("naam").GetString()!.Trim().Length == 0);
    }

    [Fact]
    public async Task Een_update_zonder_titel_geeft_een_nederlandse_melding()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await DemoIdAsync();

        using var antwoord = await Forms.PostAsync(inkoper, $"/inkooptrajecten/{id}/updates/nieuw",
            Forms.Velden(("Input.Datum", "2023-07-31"), ("Input.Titel", ""), ("Input.Tekst", "")));
        var html = Tekst(await antwoord.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Vul een titel in, zoals 'Update december 2022'.", html, StringComparison.Ordinal);
        Assert.Contains("Vul de tekst van de update in.", html, StringComparison.Ordinal);
        var (_, pagina) = await GetAsync($"/inkooptrajecten/{id}");
        Assert.Equal(13, Regex.Count(pagina, "<article class=\"zi-bericht\""));
    }

    [Fact]
    public async Task De_feed_van_alle_trajecten_is_atom_met_de_updates()
    {
        var feed = await FeedAsync(App.NieuweClient(), "/inkooptrajecten/feed.atom");

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("Updates van alle inkooptrajecten", feed.Root.Element(Atom + "title")!.Value);
        var titels = Titels(feed);
        Assert.Contains("Update december 2022", titels);
        Assert.Contains("Verkennende gesprekken (december 2020)", titels);
    }

    [Fact]
    public async Task De_feed_van_alle_trajecten_toont_geen_updates_van_een_concept()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Concept met update");
        using var update = await Forms.PostAsync(inkoper, $"/inkooptrajecten/{id}/updates/nieuw",
            Forms.Velden(("Input.Datum", "2023-07-31"), ("Input.Titel", "Nog geheime update"), ("Input.Tekst", "Niet voor aanbieders.")));

        var feed = await FeedAsync(App.NieuweClient(), "/inkooptrajecten/feed.atom");

        Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        Assert.DoesNotContain("Nog geheime update", Titels(feed));
    }

    [Fact]
    public async Task De_feed_van_een_traject_heeft_de_updates_nieuwste_eerst()
    {
        var id = await DemoIdAsync();

        var feed = await FeedAsync(App.NieuweClient(), $"/inkooptrajecten/{id}/feed.atom");

        var titels = Titels(feed);
        Assert.Equal(13, titels.Count);
        Assert.Equal("Update december 2022", titels[0]);
        Assert.Equal("Verkennende gesprekken (december 2020)", titels[^1]);
        var eerste = feed.Root!.Element(Atom + "entry")!;
        Assert.EndsWith($"/inkooptrajecten/{id}", eerste.Element(Atom + "link")!.Attribute("href")!.Value.Split('#')[0], StringComparison.Ordinal);
        Assert.Contains("<strong>Segment Ambulant", eerste.Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_feed_van_een_concepttraject_is_404()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Concept met feed");

        var (anoniem, _) = await GetAsync($"/inkooptrajecten/{id}/feed.atom");
        var (medewerker, _) = await GetAsync($"/inkooptrajecten/{id}/feed.atom", inkoper);

        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, medewerker.StatusCode);
    }
}

public sealed class TrajectPaginaTestsSqlite(SqliteApp app) : TrajectPaginaTests<SqliteApp>(app);

public sealed class TrajectPaginaTestsPostgres(PostgresApp app) : TrajectPaginaTests<PostgresApp>(app);
