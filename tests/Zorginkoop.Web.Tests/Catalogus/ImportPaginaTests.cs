using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Catalogus;

/// <summary>The CSV import page end to end: upload as an officer, see the result, see the catalogue change (or not).</summary>
public abstract class ImportPaginaTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Kop = "code;naam;domein;categorie;monitorgroep;eenheid;segment;geldig_van;geldig_tot;tarief_cent;tarief_vanaf;landelijke_code";

    private async Task<string> UploadAsync(HttpClient client, string inhoud)
    {
        var (_, formulier) = await GetAsync("/catalogus/lekstroom/import", client);
        using var bestand = new ByteArrayContent(Encoding.UTF8.GetBytes(inhoud));
        bestand.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Inloggen.AntiforgeryToken(formulier)), "__RequestVerificationToken" },
            { bestand, "Bestand", "catalogus.csv" },
        };

        using var antwoord = await client.PostAsync("/catalogus/lekstroom/import", body, Ct);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        // Decoded and with runs of white space (line breaks in the markup) as one space.
        return Regex.Replace(Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), @"\s+", " ");
    }

    private async Task<string> RegioAsync(string zoek)
    {
        var (_, html) = await GetAsync($"/catalogus/lekstroom?zoek={zoek}");
        return html;
    }

    [Fact]
    public async Task Een_goed_bestand_komt_in_de_catalogus()
    {
        using var client = await Inloggen.AlsAsync(App, Rollen.Inkoper);

        var resultaat = await UploadAsync(client, $"{Kop}\n99X01;Testproduct import;jeugd;45;Begeleiding;uur;ambulant;2023-01-01;;7500;;\n");

        Assert.Contains("Het bestand is geïmporteerd", resultaat, StringComparison.Ordinal);
        Assert.Contains("1 product toegevoegd, 0 bijgewerkt; 1 tarief toegevoegd", resultaat, StringComparison.Ordinal);
        Assert.Contains(">99X01</a>", await RegioAsync("99X01"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_bestand_met_fouten_toont_regel_en_kolom_en_slaat_niets_op()
    {
        using var client = await Inloggen.AlsAsync(App, Rollen.Contractmanager);

        var resultaat = await UploadAsync(client,
            $"{Kop}\n98X01;Goed;jeugd;45;Begeleiding;uur;;2023-01-01;;7500;;\n98X02;Fout;jeugd;45;Begeleiding;jaar;;;;;;\n");

        Assert.Contains("Het bestand is niet geïmporteerd", resultaat, StringComparison.Ordinal);
        Assert.Contains("catalogus.csv bevat 1 fout. Er is niets opgeslagen.", resultaat, StringComparison.Ordinal);
        Assert.Matches(new Regex("<td[^>]*>3</td> ?<td[^>]*>eenheid</td> ?<td[^>]*>'jaar' is geen eenheid"), resultaat);
        Assert.DoesNotContain(">98X01</a>", await RegioAsync("98X"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_bestand_vraagt_de_pagina_om_een_bestand()
    {
        using var client = await Inloggen.AlsAsync(App, Rollen.Beheerder);
        var (_, formulier) = await GetAsync("/catalogus/lekstroom/import", client);

        using var antwoord = await client.PostAsync("/catalogus/lekstroom/import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Inloggen.AntiforgeryToken(formulier),
        }), Ct);
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("href=\"#Bestand\">Kies een CSV-bestand om te importeren.</a>", html, StringComparison.Ordinal);
    }
}

public sealed class ImportPaginaTestsSqlite(SqliteApp app) : ImportPaginaTests<SqliteApp>(app);

public sealed class ImportPaginaTestsPostgres(PostgresApp app) : ImportPaginaTests<PostgresApp>(app);
