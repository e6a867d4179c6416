using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Aanbestedingen;

/// <summary>The officer pages of procedures and trajectories (placeholders filled with demo ids), with the handler a POST uses.</summary>
public static class OfficierPaginas
{
    public static TheoryData<string, string?> Alle => new()
    {
        { "/aanbestedingen/nieuw", null },
        { "/aanbestedingen/{aanbesteding}/bewerken", null },
        { "/aanbestedingen/{aanbesteding}/percelen", "Toevoegen" },
        { "/aanbestedingen/{aanbesteding}/documenten", "Intrekken" },
        { "/aanbestedingen/{aanbesteding}/uitstellen", "Deadline" },
        { "/aanbestedingen/{ambulant}/heropenen", null },
        { "/inkooptrajecten/nieuw", null },
        { "/inkooptrajecten/{traject}/bewerken", null },
        { "/inkooptrajecten/{traject}/fasen/4/bewerken", null },
        { "/inkooptrajecten/{traject}/updates/nieuw", null },
        { "/inkooptrajecten/{traject}/updates/{bericht}/bewerken", null },
        { "/inkooptrajecten/{traject}/bijeenkomsten/nieuw", null },
        { "/inkooptrajecten/{traject}/bijeenkomsten/{bijeenkomst}/bewerken", null },
        { "/inkooptrajecten/{traject}/documenten", "Intrekken" },
    };
}

/// <summary>The officer's work on a procedure through the real forms: create, lots, publish, rectify, postpone, re-open.</summary>
public abstract class AanbestedingBeheerFlowTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Heropening = "Heropening 43B11 Logeren en 50B32 Schoolvervangende (dag)behandeling groep";
    private const string ZomertijdGat = "29 maart 2026, 02:30 uur bestaat niet in Nederland: de klok gaat dan een uur vooruit.";

    /// <summary>The page as text with table cells as plain &lt;td&gt; and whitespace collapsed.</summary>
    private static string Rijen(string html) => Regex.Replace(Regex.Replace(Tekst(html), "<td class=\"[^\"]*\">", "<td>"), "\\s+", " ");

    private static int Id(string pad, string patroon) =>
        int.Parse(Regex.Match(pad, patroon).Groups[1].Value, CultureInfo.InvariantCulture);

    private static IEnumerable<KeyValuePair<string, string>> Voorwaarden(string naam, string sluiting, params (string, string)[] extra) =>
        Forms.Velden([("Input.Naam", naam), ("Input.Regio", "lekstroom"), ("Input.Vorm", "OpenbaarEuropees"), ("Input.Sluitingsmoment", sluiting), .. extra]);

    /// <summary>A concept through /aanbestedingen/nieuw; its id from the redirect to the lots page.</summary>
    private static async Task<int> NieuwAsync(HttpClient inkoper, string naam)
    {
        using var antwoord = await Forms.PostAsync(inkoper, "/aanbestedingen/nieuw", Voorwaarden(naam, "2023-10-02T12:00"));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return Id(antwoord.Headers.Location!.OriginalString, "^/aanbestedingen/([0-9]+)/percelen$");
    }

    private async Task<HttpResponseMessage> PerceelAsync(HttpClient inkoper, int id)
    {
        var (_, pagina) = await GetAsync($"/aanbestedingen/{id}/percelen", inkoper);
        var segment = Regex.Match(pagina, "<option value=\"([0-9]+)\">Ambulant</option>").Groups[1].Value;
        return await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/percelen", Forms.Velden(("SegmentId", segment)), "Toevoegen");
    }

    private async Task<int> GepubliceerdAsync(HttpClient inkoper, string naam)
    {
        var id = await NieuwAsync(inkoper, naam);
        using var perceel = await PerceelAsync(inkoper, id);
        using var publiceren = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}", Forms.Velden(("Stap", "Publiceren")));
        Assert.Equal(HttpStatusCode.Redirect, publiceren.StatusCode);
        return id;
    }

    private async Task<int> AantalAsync()
    {
        using var api = await ApiHelpers.AlsAsync(App, "inkoper");
        var (_, json) = await ApiHelpers.GetJsonAsync(api, "/api/v1/aanbestedingen");
        return json.GetProperty("totaal").GetInt32();
    }

    [Fact]
    public async Task Aanmaken_perceel_en_publiceren_via_de_formulieren_toont_de_deadline_in_het_nederlands()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");

        using var nieuw = await Forms.PostAsync(inkoper, "/aanbestedingen/nieuw", Voorwaarden("Jeugdhulp Ambulant 2024", "2023-10-02T12:00"));
        var id = Id(nieuw.Headers.Location!.OriginalString, "^/aanbestedingen/([0-9]+)/percelen$");
        using var perceel = await PerceelAsync(inkoper, id);
        var (_, percelen) = await GetAsync($"/aanbestedingen/{id}/percelen", inkoper);
        var (_, concept) = await GetAsync($"/aanbestedingen/{id}", inkoper);
        using var publiceren = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}", Forms.Velden(("Stap", "Publiceren")));
        var (openbaar, html) = await GetAsync($"/aanbestedingen/{id}");

        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, perceel.StatusCode);
        Assert.Contains("<td>1</td> <td>Ambulant</td> <td>segment Ambulant</td>", Rijen(percelen), StringComparison.Ordinal);
        Assert.Contains("name=\"Stap\" value=\"Publiceren\"", concept, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, publiceren.StatusCode);
        Assert.Equal($"/aanbestedingen/{id}", publiceren.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, openbaar.StatusCode);
        Assert.Contains("Deze aanbesteding is <strong>gepubliceerd</strong>. Inschrijven kan tot 2 oktober 2023, 12:00 uur.", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("<td>publiceren</td> <td>gepubliceerd</td>", Rijen(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_concept_zonder_perceel_kan_niet_worden_gepubliceerd()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await NieuwAsync(inkoper, "Zonder perceel");

        using var publiceren = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}", Forms.Velden(("Stap", "Publiceren")));
        var html = Tekst(await publiceren.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, publiceren.StatusCode);
        Assert.Contains("Publiceren kan pas als de aanbesteding ten minste één perceel heeft (een segment of een product).", html, StringComparison.Ordinal);
        var (anoniem, _) = await GetAsync($"/aanbestedingen/{id}");
        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);
    }

    [Fact]
    public async Task Bewerken_na_publicatie_zonder_reden_geeft_de_nederlandse_melding()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Rectificatie zonder reden");

        using var antwoord = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/bewerken",
            Voorwaarden("Rectificatie zonder reden", "2023-10-02T12:00", ("Input.Omschrijving", "Aangevuld")));
        var html = Tekst(await antwoord.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Een wijziging na publicatie is een rectificatie: vul de reden in, die wordt gepubliceerd.", html, StringComparison.Ordinal);
        var (_, openbaar) = await GetAsync($"/aanbestedingen/{id}");
        Assert.Contains("De voorwaarden zijn na publicatie niet gewijzigd.", Tekst(openbaar), StringComparison.Ordinal);
        Assert.DoesNotContain("Aangevuld", openbaar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bewerken_na_publicatie_met_reden_publiceert_rectificatie_1()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Rectificatie met reden");

        using var antwoord = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/bewerken",
            Voorwaarden("Rectificatie met reden", "2023-10-02T12:00", ("Input.Omschrijving", "Aangevuld met de gunningscriteria."), ("Input.Reden", "Gunningscriteria toegevoegd.")));
        var (_, html) = await GetAsync($"/aanbestedingen/{id}");
        var tekst = Rijen(html);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal($"/aanbestedingen/{id}", antwoord.Headers.Location!.OriginalString);
        Assert.Contains(">Rectificatie 1, 31 juli 2023, 12:00 uur</h3>", tekst, StringComparison.Ordinal);
        Assert.Contains("Gunningscriteria toegevoegd.", tekst, StringComparison.Ordinal);
        Assert.Contains("<td>Omschrijving</td><td>(leeg)</td><td>Aangevuld met de gunningscriteria.</td>", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(">Rectificatie 2,", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uitstellen_verschuift_de_uiterste_inschrijfdatum_met_reden()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Uitstel");

        using var antwoord = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/uitstellen",
            Forms.Velden(("NieuweDeadline", "2023-10-16T12:00"), ("Reden", "Meer tijd voor de kostprijsvragen.")), "Deadline");
        var (_, html) = await GetAsync($"/aanbestedingen/{id}");
        var tekst = Rijen(html);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains("Inschrijven kan tot 16 oktober 2023, 12:00 uur.", tekst, StringComparison.Ordinal);
        Assert.Contains("<td>uiterste inschrijfdatum uitstellen</td> <td>gepubliceerd</td> <td>Meer tijd voor de kostprijsvragen.</td>", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("2 oktober 2023, 12:00 uur", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_nieuwe_aanbesteding_met_een_deadline_in_het_zomertijdgat_wordt_geweigerd()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var voor = await AantalAsync();

        using var antwoord = await Forms.PostAsync(inkoper, "/aanbestedingen/nieuw", Voorwaarden("Zomertijd", "2026-03-29T02:30"));
        var html = Tekst(await antwoord.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(ZomertijdGat, html, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync());
    }

    [Fact]
    public async Task Uitstellen_naar_een_tijd_in_het_zomertijdgat_wordt_geweigerd()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Uitstel in het gat");

        using var antwoord = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/uitstellen",
            Forms.Velden(("NieuweDeadline", "2026-03-29T02:30"), ("Reden", "Zomertijd")), "Deadline");
        var html = Tekst(await antwoord.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(ZomertijdGat, html, StringComparison.Ordinal);
        var (_, openbaar) = await GetAsync($"/aanbestedingen/{id}");
        Assert.Contains("Inschrijven kan tot 2 oktober 2023, 12:00 uur.", Tekst(openbaar), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heropenen_van_jeugdhulp_ambulant_maakt_een_concept_dat_in_beide_richtingen_gekoppeld_is()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var ambulant = await ApiHelpers.IdVanAsync(App.NieuweClient(), "aanbestedingen", "Jeugdhulp Ambulant");
        var (_, formulier) = await GetAsync($"/aanbestedingen/{ambulant}/heropenen", inkoper);
        var product = Regex.Match(formulier, "name=\"ProductIds\" value=\"([0-9]+)\"[^>]*/>43B11 Logeren</label>").Groups[1].Value;

        using var antwoord = await Forms.PostAsync(inkoper, $"/aanbestedingen/{ambulant}/heropenen",
            Forms.Velden(("ProductIds", product), ("Naam", "Heropening 43B11 Logeren 2023"), ("Reden", "Onvoldoende dekking voor logeren.")));

        Assert.NotEmpty(product);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var nieuw = Id(antwoord.Headers.Location!.OriginalString, "^/aanbestedingen/([0-9]+)/bewerken$");
        var (_, vervolg) = await GetAsync($"/aanbestedingen/{nieuw}", inkoper);
        var (_, bron) = await GetAsync($"/aanbestedingen/{ambulant}", inkoper);
        var (_, bronAnoniem) = await GetAsync($"/aanbestedingen/{ambulant}");
        Assert.Contains("Deze aanbesteding is <strong>concept</strong>.", Tekst(vervolg), StringComparison.Ordinal);
        Assert.Matches($"Heropening van</dt><dd[^>]*><a [^>]*href=\"/aanbestedingen/{ambulant}\">Jeugdhulp Ambulant</a>", Tekst(vervolg));
        Assert.Contains("<td>1</td><td>43B11 Logeren</td><td>product 43B11 Logeren</td>", Rijen(vervolg), StringComparison.Ordinal);
        Assert.Matches($"Heropend in</dt><dd[^>]*><a [^>]*href=\"/aanbestedingen/{nieuw}\">Heropening 43B11 Logeren 2023</a> \\(concept\\)", Tekst(bron));
        Assert.DoesNotContain($"href=\"/aanbestedingen/{nieuw}\"", bronAnoniem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heropenen_kan_niet_bij_een_gepubliceerde_aanbesteding()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await ApiHelpers.IdVanAsync(App.NieuweClient(), "aanbestedingen", Heropening);

        var (antwoord, html) = await GetAsync($"/aanbestedingen/{id}/heropenen", inkoper);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Deze aanbesteding is gepubliceerd; heropenen kan pas na de definitieve gunning.", Tekst(html), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"ProductIds\"", html, StringComparison.Ordinal);
    }

    /// <summary>The demo ids for the placeholders of <see cref="OfficierPaginas"/>.</summary>
    private async Task<string> PadAsync(string sjabloon)
    {
        using var client = App.NieuweClient();
        var traject = await ApiHelpers.IdVanAsync(client, "inkooptrajecten", "Inkoop Jeugd Wmo 2022");
        var (_, t) = await ApiHelpers.GetJsonAsync(client, $"/api/v1/inkooptrajecten/{traject}");
        return sjabloon
            .Replace("{aanbesteding}", (await ApiHelpers.IdVanAsync(client, "aanbestedingen", Heropening)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{ambulant}", (await ApiHelpers.IdVanAsync(client, "aanbestedingen", "Jeugdhulp Ambulant")).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{traject}", traject.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{bericht}", t.GetProperty("updates")[0].GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{bijeenkomst}", t.GetProperty("bijeenkomsten")[0].GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>What the public API shows of the demo data an analist might try to change.</summary>
    private async Task<string> StandAsync()
    {
        using var api = await ApiHelpers.AlsAsync(App, "inkoper");
        var delen = new List<string>();
        foreach (var pad in new[] { "/api/v1/aanbestedingen?paginaGrootte=100", "/api/v1/inkooptrajecten?paginaGrootte=100" })
        {
            var (_, lijst) = await ApiHelpers.GetJsonAsync(api, pad);
            delen.Add(lijst.ToString());
            foreach (var item in lijst.EnumerateObject().First().Value.EnumerateArray())
            {
                delen.Add((await ApiHelpers.GetJsonAsync(api, $"{pad.Split('?')[0]}/{item.GetProperty("id").GetInt32()}")).Json.ToString());
            }
        }

        return string.Join("\n", delen);
    }

    [Theory]
    [MemberData(nameof(OfficierPaginas.Alle), MemberType = typeof(OfficierPaginas))]
    public async Task Een_analist_krijgt_geen_toegang_tot_een_beheerpagina(string sjabloon, string? handler)
    {
        _ = handler;
        using var analist = await Inloggen.AlsAsync(App, "analist");
        var pad = await PadAsync(sjabloon);

        var (antwoord, _) = await GetAsync(pad, analist);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("http://localhost/geen-toegang", antwoord.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OfficierPaginas.Alle), MemberType = typeof(OfficierPaginas))]
    public async Task Een_analist_kan_niets_posten_op_een_beheerpagina(string sjabloon, string? handler)
    {
        using var analist = await Inloggen.AlsAsync(App, "analist");
        var pad = await PadAsync(sjabloon);
        var (_, eigenFormulier) = await GetAsync("/inloggen", analist); // a valid token for the analist's own session
        var voor = await StandAsync();

        using var antwoord = await analist.PostAsync(handler is null ? pad : $"{pad}?handler={handler}", new FormUrlEncodedContent(Forms.Velden(
            ("__RequestVerificationToken", Inloggen.AntiforgeryToken(eigenFormulier)),
            ("Input.Naam", "Door analist"), ("Input.Regio", "lekstroom"), ("Input.Vorm", "OpenbaarEuropees"), ("Input.Jeugd", "true"),
            ("Input.Openbaar", "true"), ("Input.Sluitingsmoment", "2024-12-02T12:00"), ("Input.Reden", "geen recht"),
            ("Input.Datum", "2023-07-31"), ("Input.Titel", "Door analist"), ("Input.Tekst", "Door analist"), ("Input.Begin", "2023-09-01T10:00"),
            ("Input.Status", "Afgerond"), ("Input.Van", "2021-11-01"), ("Input.Tot", "2023-07-31"),
            ("Stap", "Intrekken"), ("Reden", "geen recht"), ("NieuweDeadline", "2024-12-02T12:00"), ("Naam", "Door analist"), ("ProductIds", "1"),
            ("SegmentId", "1"), ("DocumentId", "1"), ("IntrekkingsReden", "geen recht"))), Ct);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("http://localhost/geen-toegang", antwoord.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(voor, await StandAsync());
    }
}

public sealed class AanbestedingBeheerFlowTestsSqlite(SqliteApp app) : AanbestedingBeheerFlowTests<SqliteApp>(app);

public sealed class AanbestedingBeheerFlowTestsPostgres(PostgresApp app) : AanbestedingBeheerFlowTests<PostgresApp>(app);
