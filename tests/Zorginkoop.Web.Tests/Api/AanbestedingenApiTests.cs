using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Zorginkoop.Demo;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>Reading /api/v1/aanbestedingen and logging in with a bearer token; nothing here changes a procedure.</summary>
public abstract class AanbestedingenApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Heropening = "Heropening 43B11 Logeren en 50B32 Schoolvervangende (dag)behandeling groep";

    private async Task<List<string>> NamenAsync(string query)
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/aanbestedingen" + query);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return json.GetProperty("aanbestedingen").EnumerateArray().Select(a => a.GetProperty("naam").GetString()!).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Anoniem_ziet_de_twaalf_demo_aanbestedingen_met_camelcase_velden()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/aanbestedingen");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/json", ApiHelpers.MediaType(antwoord));
        Assert.Equal(["aanbestedingen", "pagina", "paginaGrootte", "totaal"], json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        // The seven of the source, the four practice procedures of the demo (DemoInschrijvingen) and the Open House of Utrecht-West (DemoContracten).
        Assert.Equal(12, json.GetProperty("totaal").GetInt32());
        Assert.Equal(1, json.GetProperty("pagina").GetInt32());
        Assert.Equal(25, json.GetProperty("paginaGrootte").GetInt32());
        var lijst = json.GetProperty("aanbestedingen").EnumerateArray().ToList();
        Assert.Equal(12, lijst.Count);
        var ambulant = lijst.Single(a => a.GetProperty("naam").GetString() == "Jeugdhulp Ambulant");
        Assert.Equal("openbaarEuropees", ambulant.GetProperty("procedurevorm").GetString());
        Assert.Equal("lopendContract", ambulant.GetProperty("status").GetString());
        Assert.Equal("lopend contract", ambulant.GetProperty("statusTekst").GetString());
        Assert.Equal("TN469421", ambulant.GetProperty("tenderNedKenmerk").GetString());
        Assert.Equal("lekstroom", ambulant.GetProperty("regio").GetString());
        Assert.Equal("sasProcedure", lijst.Single(a => a.GetProperty("naam").GetString() == "Jeugdhulp Crisis").GetProperty("procedurevorm").GetString());
        Assert.Equal("dialoogEenGegadigde", lijst.Single(a => a.GetProperty("naam").GetString() == "Gezinsvormen").GetProperty("procedurevorm").GetString());
    }

    [Fact]
    public async Task Het_filter_regio_houdt_alleen_aanbestedingen_van_die_regio()
    {
        Assert.Equal(11, (await NamenAsync("?regio=lekstroom")).Count);
        // Utrecht-West's own procedure, and the joint one of Lekstroom in which it takes part.
        Assert.Equal(new[] { DemoContracten.OpenHouseNaam, DemoInschrijvingen.OpenNaam }.Order(StringComparer.Ordinal), await NamenAsync("?regio=utrecht-west"));
    }

    [Fact]
    public async Task Het_filter_open_voor_inschrijving_toont_alleen_de_heropening_en_de_open_oefenaanbesteding()
    {
        // The clock stands at 31 July 2023: only the 2024 re-opening and the practice procedure loaded "today" are open.
        Assert.Equal([Heropening, DemoInschrijvingen.OpenNaam], await NamenAsync("?openVoorInschrijving=true"));
    }

    [Fact]
    public async Task Het_filter_domein_kijkt_naar_de_percelen()
    {
        Assert.Equal([DemoInschrijvingen.BeoordelingNaam, DemoInschrijvingen.OpenNaam, "Wmo Individuele Begeleiding regio Lekstroom"], await NamenAsync("?domein=wmo"));
        var jeugd = await NamenAsync("?domein=jeugd");
        Assert.Equal(9, jeugd.Count);
        Assert.DoesNotContain("Wmo Individuele Begeleiding regio Lekstroom", jeugd);
    }

    [Fact]
    public async Task Paginering_geeft_de_gevraagde_pagina_en_begrenst_de_grootte_op_100()
    {
        var (_, groot) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/aanbestedingen?paginaGrootte=1000");
        var (_, pagina2) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/aanbestedingen?paginaGrootte=3&pagina=3");

        Assert.Equal(100, groot.GetProperty("paginaGrootte").GetInt32());
        Assert.Equal(12, groot.GetProperty("aanbestedingen").GetArrayLength());
        Assert.Equal(3, pagina2.GetProperty("pagina").GetInt32());
        Assert.Equal(3, pagina2.GetProperty("paginaGrootte").GetInt32());
        Assert.Equal(12, pagina2.GetProperty("totaal").GetInt32());
        Assert.Equal(3, pagina2.GetProperty("aanbestedingen").GetArrayLength());
    }

    [Fact]
    public async Task De_header_API_Version_staat_op_succes_en_op_fouten()
    {
        using var client = App.NieuweClient();
        using var lijst = await client.GetAsync("/api/v1/aanbestedingen", Ct);
        using var onbekend = await client.GetAsync("/api/v1/aanbestedingen/999999", Ct);
        using var anoniemWijzigen = await client.PostAsJsonAsync("/api/v1/aanbestedingen", new { naam = "x" }, Ct);

        Assert.Equal("1.0.0", lijst.Headers.GetValues("API-Version").Single());
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Equal("1.0.0", onbekend.Headers.GetValues("API-Version").Single());
        Assert.Equal(HttpStatusCode.Unauthorized, anoniemWijzigen.StatusCode);
        Assert.Equal("1.0.0", anoniemWijzigen.Headers.GetValues("API-Version").Single());
    }

    [Fact]
    public async Task De_detail_toont_percelen_verloop_en_rectificaties()
    {
        using var client = App.NieuweClient();
        var id = await ApiHelpers.IdVanAsync(client, "aanbestedingen", "Jeugdhulp Ambulant");

        var (antwoord, a) = await ApiHelpers.GetJsonAsync(client, $"/api/v1/aanbestedingen/{id}");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var perceel = Assert.Single(a.GetProperty("percelen").EnumerateArray());
        Assert.Equal(1, perceel.GetProperty("nummer").GetInt32());
        Assert.Equal("ambulant", perceel.GetProperty("segment").GetString());
        Assert.Equal(JsonValueKind.Array, a.GetProperty("rectificaties").ValueKind);
        Assert.Equal(0, a.GetProperty("rectificaties").GetArrayLength());
        var verloop = a.GetProperty("verloop").EnumerateArray().ToList();
        Assert.Equal(
            ["publiceren", "schorsen", "contractstartUitstellen", "deadlineUitstellen", "hervatten", "inschrijvingSluiten", "beoordelingStarten", "voorlopigGunnen", "definitiefGunnen", "contractStarten"],
            verloop.Select(s => s.GetProperty("gebeurtenis").GetString()));
        var schorsing = verloop[1];
        Assert.Equal("gepubliceerd", schorsing.GetProperty("van").GetString());
        Assert.Equal("geschorst", schorsing.GetProperty("naar").GetString());
        Assert.Equal("Onafhankelijke toets op de tarieven na vragen over het kostprijsonderzoek.", schorsing.GetProperty("reden").GetString());
        Assert.Equal("2023-07-01", a.GetProperty("contractStart").GetString());
        Assert.Equal(DateTimeOffset.Parse("2023-03-06T11:00:00Z", System.Globalization.CultureInfo.InvariantCulture), a.GetProperty("sluitingsmoment").GetDateTimeOffset());
    }

    [Fact]
    public async Task Wie_een_stap_zette_ziet_alleen_een_medewerker()
    {
        var id = await ApiHelpers.IdVanAsync(App.NieuweClient(), "aanbestedingen", Heropening);
        using var analist = await ApiHelpers.AlsAsync(App, "analist");

        var (_, anoniem) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"/api/v1/aanbestedingen/{id}");
        var (_, medewerker) = await ApiHelpers.GetJsonAsync(analist, $"/api/v1/aanbestedingen/{id}");

        var publicatie = Assert.Single(anoniem.GetProperty("verloop").EnumerateArray());
        Assert.False(publicatie.TryGetProperty("wie", out _), publicatie.ToString());
        Assert.Equal("demo", Assert.Single(medewerker.GetProperty("verloop").EnumerateArray()).GetProperty("wie").GetString());
    }

    [Fact]
    public async Task Een_onbekend_nummer_geeft_404_problem_in_het_nederlands()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/aanbestedingen/999999");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Equal("Niet gevonden", json.GetProperty("title").GetString());
        Assert.Equal("Er is geen (openbare) aanbesteding met nummer 999999.", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Inloggen_met_een_verkeerd_wachtwoord_geeft_401_problem()
    {
        // Another account than the ones the tests work with: failed attempts count towards a lockout.
        using var client = App.NieuweClient();
        var (antwoord, json) = await ApiHelpers.PostJsonAsync(client, "/api/v1/account/_inloggen",
            new { email = Zorginkoop.Web.Accounts.DemoAccounts.Email("beoordelaar"), wachtwoord = "fout-wachtwoord-123" });

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal("Inloggen mislukt", json.GetProperty("title").GetString());
        Assert.Contains("onbekend", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task Vernieuwen_met_het_refresh_token_geeft_een_werkend_nieuw_access_token()
    {
        var eerste = await ApiHelpers.InloggenAsync(App, "analist");
        var id = await ApiHelpers.IdVanAsync(App.NieuweClient(), "aanbestedingen", Heropening);

        var (antwoord, nieuw) = await ApiHelpers.PostJsonAsync(App.NieuweClient(), "/api/v1/account/_vernieuwen",
            new { refreshToken = eerste.GetProperty("refreshToken").GetString() });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("Bearer", nieuw.GetProperty("tokenType").GetString());
        var token = nieuw.GetProperty("accessToken").GetString()!;
        Assert.NotEqual(eerste.GetProperty("accessToken").GetString(), token);
        // The new token identifies the employee: the detail shows who took each step.
        using var client = ApiHelpers.MetToken(App, token);
        var (_, detail) = await ApiHelpers.GetJsonAsync(client, $"/api/v1/aanbestedingen/{id}");
        Assert.Equal("demo", detail.GetProperty("verloop")[0].GetProperty("wie").GetString());
    }

    [Fact]
    public async Task Het_filter_status_gebruikt_de_camelcase_waarde_uit_het_openapi_document()
    {
        Assert.Equal([Heropening, DemoInschrijvingen.OpenNaam], await NamenAsync("?status=gepubliceerd"));
        Assert.Equal(7, (await NamenAsync("?status=lopendContract")).Count);
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/aanbestedingen?status=vliegen");
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.StartsWith("Onbekende status 'vliegen'. Kies uit: concept, gepubliceerd,", json.GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_verkeerde_methode_of_inhoud_geeft_405_of_415_en_een_onbekend_adres_404()
    {
        var client = App.NieuweClient();

        using var verwijderen = await client.DeleteAsync("/api/v1/aanbestedingen/1", Ct);
        using var xml = await client.PostAsync("/api/v1/aanbestedingen", new StringContent("<x/>", Encoding.UTF8, "application/xml"), Ct);
        using var onbekend = await client.GetAsync("/api/v1/bestaat-niet", Ct);

        Assert.Equal((HttpStatusCode.MethodNotAllowed, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.NotFound),
            (verwijderen.StatusCode, xml.StatusCode, onbekend.StatusCode));
        Assert.All([verwijderen, xml, onbekend], a => Assert.Equal("application/problem+json", ApiHelpers.MediaType(a)));
        Assert.Equal("Methode niet toegestaan", (await ApiHelpers.JsonAsync(verwijderen)).GetProperty("title").GetString());
        Assert.Equal("1.0.0", onbekend.Headers.GetValues("API-Version").Single());
    }

    [Fact]
    public async Task Een_onzin_refresh_token_geeft_401()
    {
        var (antwoord, json) = await ApiHelpers.PostJsonAsync(App.NieuweClient(), "/api/v1/account/_vernieuwen", new { refreshToken = "onzin-token" });

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal("Het vernieuwingstoken is ongeldig of verlopen; log opnieuw in.", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Een_onzin_bearer_token_geeft_401_bij_wijzigen()
    {
        using var client = ApiHelpers.MetToken(App, "onzin-token");

        using var wijzigen = await client.PostAsJsonAsync("/api/v1/aanbestedingen", new { naam = "x" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wijzigen.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(wijzigen));
    }
}

public sealed class AanbestedingenApiTestsSqlite(SqliteApp app) : AanbestedingenApiTests<SqliteApp>(app);

public sealed class AanbestedingenApiTestsPostgres(PostgresApp app) : AanbestedingenApiTests<PostgresApp>(app);

/// <summary>Changing procedures through /api/v1/aanbestedingen: officers only, every refusal a Dutch problem.</summary>
public abstract class AanbestedingenApiBeheerTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Basis = "/api/v1/aanbestedingen";
    private const string Sluiting = "2023-10-02T10:00:00Z";

    private static object Voorwaarden(string naam, string? omschrijving = null, string? reden = null) => new
    {
        regio = "lekstroom",
        naam,
        procedurevorm = "openbaarEuropees",
        omschrijving,
        sluitingsmoment = Sluiting,
        contractStart = "2024-01-01",
        reden,
    };

    private async Task<int> AantalAsync(HttpClient medewerker)
    {
        var (_, json) = await ApiHelpers.GetJsonAsync(medewerker, Basis);
        return json.GetProperty("totaal").GetInt32();
    }

    private static async Task<int> ConceptAsync(HttpClient inkoper, string naam)
    {
        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, Basis, Voorwaarden(naam));
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetInt32();
    }

    private static async Task<int> GepubliceerdAsync(HttpClient inkoper, string naam)
    {
        var id = await ConceptAsync(inkoper, naam);
        var (perceel, _) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/percelen", new { segment = "ambulant" });
        var (publicatie, json) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/_publiceren", new { });
        Assert.Equal(HttpStatusCode.Created, perceel.StatusCode);
        Assert.True(publicatie.StatusCode == HttpStatusCode.OK, json.ToString());
        return id;
    }

    [Fact]
    public async Task Een_anonieme_post_krijgt_401_problem_en_maakt_niets_aan()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var voor = await AantalAsync(inkoper);

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(App.NieuweClient(), Basis, Voorwaarden("Anoniem aangemaakt"));

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal(401, json.GetProperty("status").GetInt32());
        Assert.Equal("Niet ingelogd", json.GetProperty("title").GetString());
        Assert.Null(antwoord.Headers.Location);
        Assert.Equal(voor, await AantalAsync(inkoper));
    }

    [Fact]
    public async Task Een_analist_met_token_krijgt_403_problem_en_verandert_niets()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        var voor = await AantalAsync(inkoper);
        var heropening = await ApiHelpers.IdVanAsync(inkoper, "aanbestedingen", "Heropening 43B11 Logeren en 50B32 Schoolvervangende (dag)behandeling groep");

        var (aanmaken, json) = await ApiHelpers.PostJsonAsync(analist, Basis, Voorwaarden("Door analist"));
        var (intrekken, _) = await ApiHelpers.PostJsonAsync(analist, $"{Basis}/{heropening}/_intrekken", new { reden = "geen recht" });

        Assert.Equal(HttpStatusCode.Forbidden, aanmaken.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(aanmaken));
        Assert.Equal(403, json.GetProperty("status").GetInt32());
        Assert.Equal("Geen toegang", json.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, intrekken.StatusCode);
        Assert.Equal(voor, await AantalAsync(inkoper));
        var (_, detail) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}/{heropening}");
        Assert.Equal("gepubliceerd", detail.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Een_inkoper_maakt_een_concept_met_201_en_location()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, Basis, Voorwaarden("API-concept"));

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal($"{Basis}/{id}", antwoord.Headers.Location!.OriginalString);
        Assert.Equal("concept", json.GetProperty("status").GetString());
        Assert.Equal("openbaarEuropees", json.GetProperty("procedurevorm").GetString());
        Assert.Equal(20, json.GetProperty("instellingen").GetProperty("standstillDagen").GetInt32());
        var (terug, opgehaald) = await ApiHelpers.GetJsonAsync(inkoper, antwoord.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, terug.StatusCode);
        Assert.Equal("API-concept", opgehaald.GetProperty("naam").GetString());
    }

    [Fact]
    public async Task Ongeldige_invoer_geeft_400_met_camelcase_veldnamen_en_nederlandse_meldingen()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var voor = await AantalAsync(inkoper);

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, Basis,
            new { regio = "lekstroom", naam = " ", procedurevorm = "openbaarEuropees", tenderNedKenmerk = "XY12" });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal("De invoer voldoet niet aan de regels", json.GetProperty("title").GetString());
        var fouten = json.GetProperty("errors");
        Assert.Equal(["naam", "tenderNedKenmerk"], fouten.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Vul de naam van de aanbesteding in.", fouten.GetProperty("naam")[0].GetString());
        Assert.Equal("Een TenderNed-kenmerk is 'TN' gevolgd door cijfers, zoals TN469379.", fouten.GetProperty("tenderNedKenmerk")[0].GetString());
        // A client decides by the stable code (RFC 9457 extension member), never by the Dutch text.
        Assert.Equal(
            [("aanbesteding.naam-ontbreekt", "naam"), ("aanbesteding.tenderned-kenmerk-ongeldig", "tenderNedKenmerk")],
            json.GetProperty("weigeringen").EnumerateArray().Select(w => (w.GetProperty("code").GetString(), w.GetProperty("veld").GetString())).Order());
        Assert.Equal(voor, await AantalAsync(inkoper));
    }

    [Fact]
    public async Task Een_onbekende_regio_geeft_400_op_het_veld_regio()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, Basis, new { regio = "atlantis", naam = "x", procedurevorm = "openbaarEuropees" });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.StartsWith("Geef de code van een regio waarin u aanbestedingen beheert", json.GetProperty("errors").GetProperty("regio")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_perceel_met_segment_ambulant_wordt_toegevoegd()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Met perceel");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/percelen", new { segment = "ambulant" });

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var perceel = Assert.Single(json.GetProperty("percelen").EnumerateArray());
        Assert.Equal(1, perceel.GetProperty("nummer").GetInt32());
        Assert.Equal("Ambulant", perceel.GetProperty("naam").GetString());
        Assert.Equal("ambulant", perceel.GetProperty("segment").GetString());
    }

    [Fact]
    public async Task Publiceren_geeft_200_en_status_gepubliceerd()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Te publiceren");
        await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/percelen", new { segment = "ambulant" });

        // A step needs no body at all (the reason is optional for publishing).
        using var antwoord = await inkoper.PostAsync($"{Basis}/{id}/_publiceren", null, Ct);
        var json = await ApiHelpers.JsonAsync(antwoord);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("gepubliceerd", json.GetProperty("status").GetString());
        var stap = Assert.Single(json.GetProperty("verloop").EnumerateArray());
        Assert.Equal("publiceren", stap.GetProperty("gebeurtenis").GetString());
        Assert.Equal("inkoper@demo.zorginkoop.nl", stap.GetProperty("wie").GetString());
        var (anoniem, _) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"{Basis}/{id}");
        Assert.Equal(HttpStatusCode.OK, anoniem.StatusCode);
    }

    [Fact]
    public async Task Publiceren_zonder_perceel_geeft_409_met_de_regel()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Zonder perceel");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/_publiceren", new { });

        Assert.Equal(HttpStatusCode.Conflict, antwoord.StatusCode);
        Assert.Equal("Publiceren kan pas als de aanbesteding ten minste één perceel heeft (een segment of een product).", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Schorsen_zonder_reden_geeft_409_met_de_regel_in_het_nederlands()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Schorsen zonder reden");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/_schorsen", new { });

        Assert.Equal(HttpStatusCode.Conflict, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal("Deze stap is nu niet toegestaan", json.GetProperty("title").GetString());
        Assert.Equal("Schorsen kan alleen met een reden; die wordt gepubliceerd.", json.GetProperty("detail").GetString());
        Assert.Equal(("levenscyclus.reden-ontbreekt", "reden"), (json.GetProperty("code").GetString(), json.GetProperty("veld").GetString()));
        var (_, detail) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}/{id}");
        Assert.Equal("gepubliceerd", detail.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Schorsen_met_reden_geeft_200_en_de_reden_in_het_verloop()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Schorsen met reden");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/_schorsen", new { reden = "Vragen over de tarieven." });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("geschorst", json.GetProperty("status").GetString());
        var stap = json.GetProperty("verloop").EnumerateArray().Last();
        Assert.Equal("schorsen", stap.GetProperty("gebeurtenis").GetString());
        Assert.Equal("Vragen over de tarieven.", stap.GetProperty("reden").GetString());
    }

    [Fact]
    public async Task Wijzigen_na_publicatie_zonder_reden_geeft_400_op_reden()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Wijzigen zonder reden");

        var (antwoord, json) = await ApiHelpers.PutJsonAsync(inkoper, $"{Basis}/{id}", Voorwaarden("Wijzigen zonder reden", omschrijving: "Nieuwe tekst"));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("Een wijziging na publicatie is een rectificatie: vul de reden in, die wordt gepubliceerd.", json.GetProperty("errors").GetProperty("reden")[0].GetString());
        var (_, detail) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}/{id}");
        Assert.Equal(0, detail.GetProperty("rectificaties").GetArrayLength());
        Assert.False(detail.TryGetProperty("omschrijving", out _));
    }

    [Fact]
    public async Task Wijzigen_na_publicatie_met_reden_wordt_rectificatie_1()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Wijzigen met reden");

        var (antwoord, _) = await ApiHelpers.PutJsonAsync(inkoper, $"{Basis}/{id}",
            Voorwaarden("Wijzigen met reden", omschrijving: "Nieuwe tekst", reden: "Omschrijving aangevuld."));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var (_, detail) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"{Basis}/{id}");
        var r = Assert.Single(detail.GetProperty("rectificaties").EnumerateArray());
        Assert.Equal(1, r.GetProperty("nummer").GetInt32());
        Assert.Equal("Omschrijving aangevuld.", r.GetProperty("reden").GetString());
        var w = Assert.Single(r.GetProperty("wijzigingen").EnumerateArray());
        Assert.Equal("Omschrijving", w.GetProperty("veld").GetString());
        Assert.Equal("(leeg)", w.GetProperty("oud").GetString());
        Assert.Equal("Nieuwe tekst", w.GetProperty("nieuw").GetString());
        Assert.Equal("Nieuwe tekst", detail.GetProperty("omschrijving").GetString());
    }

    [Fact]
    public async Task Een_stap_van_twee_woorden_heeft_het_pad_met_het_zelfstandig_naamwoord_voorop_en_het_oude_pad_werkt_nog()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "Uitstellen via beide paden");

        var (nieuw, json) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/deadline/_uitstellen",
            new { nieuwSluitingsmoment = "2023-10-09T10:00:00Z", reden = "Meer tijd voor vragen." });
        var (oud, json2) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/_deadline-uitstellen",
            new { nieuwSluitingsmoment = "2023-10-16T10:00:00Z", reden = "Nog meer tijd." });
        using var analistClient = await ApiHelpers.AlsAsync(App, "analist");
        var (analist, _) = await ApiHelpers.PostJsonAsync(analistClient, $"{Basis}/{id}/deadline/_uitstellen",
            new { nieuwSluitingsmoment = "2023-10-23T10:00:00Z", reden = "Mag niet." });

        Assert.True(nieuw.StatusCode == HttpStatusCode.OK, json.ToString());
        Assert.True(oud.StatusCode == HttpStatusCode.OK, json2.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, analist.StatusCode);
        Assert.Equal(DateTimeOffset.Parse("2023-10-16T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            json2.GetProperty("sluitingsmoment").GetDateTimeOffset());
        Assert.Equal("beoordeling/_starten", Zorginkoop.Web.Api.AanbestedingenApi.OperatiePad("beoordeling-starten"));
        Assert.Equal("_publiceren", Zorginkoop.Web.Api.AanbestedingenApi.OperatiePad("publiceren"));
    }

    [Fact]
    public async Task Een_concept_is_404_voor_anoniem_en_zichtbaar_met_token()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Geheim concept");

        var (anoniem, probleem) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"{Basis}/{id}");
        var (metToken, _) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}/{id}");
        var (_, lijst) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"{Basis}?paginaGrootte=100");

        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);
        Assert.Equal(404, probleem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, metToken.StatusCode);
        Assert.DoesNotContain(lijst.GetProperty("aanbestedingen").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
        var (_, eigenLijst) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}?paginaGrootte=100");
        Assert.Contains(eigenLijst.GetProperty("aanbestedingen").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Kapotte_json_geeft_400_problem_en_geen_html()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        using var inhoud = new StringContent("{\"naam\": \"half", Encoding.UTF8, "application/json");

        using var antwoord = await inkoper.PostAsync(Basis, inhoud, Ct);
        var json = await ApiHelpers.JsonAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Equal("Ongeldig verzoek", json.GetProperty("title").GetString());
        Assert.Equal("1.0.0", antwoord.Headers.GetValues("API-Version").Single());
    }
}

public sealed class AanbestedingenApiBeheerTestsSqlite(SqliteApp app) : AanbestedingenApiBeheerTests<SqliteApp>(app);

public sealed class AanbestedingenApiBeheerTestsPostgres(PostgresApp app) : AanbestedingenApiBeheerTests<PostgresApp>(app);
