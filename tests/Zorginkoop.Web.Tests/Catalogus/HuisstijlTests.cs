using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Catalogus;

/// <summary>
/// A region's own look on its pages: its colour as a stylesheet of NL Design System tokens and its logo in a band
/// with its name; set on /catalogus/{regio}/huisstijl by its own officers only.
/// </summary>
public abstract class HuisstijlTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private static readonly string InkoperLekstroom = DemoAccounts.Email("inkoper", "lekstroom")[..^"@demo.zorginkoop.nl".Length];
    private static readonly string InkoperUtrechtWest = DemoAccounts.Email("inkoper", "utrecht-west")[..^"@demo.zorginkoop.nl".Length];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private async Task<HttpResponseMessage> OpslaanAsync(HttpClient client, string kleur, byte[]? logo)
    {
        var (_, formulier) = await GetAsync("/catalogus/lekstroom/huisstijl", client);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Inloggen.AntiforgeryToken(formulier)), "__RequestVerificationToken" },
            { new StringContent(kleur), "Input.Kleur" },
        };
        if (logo is not null)
        {
            var bestand = new ByteArrayContent(logo);
            bestand.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            body.Add(bestand, "Input.Logo", "logo.png");
        }

        return await client.PostAsync("/catalogus/lekstroom/huisstijl", body, Ct);
    }

    private Task<string?> KleurAsync() => MetDbAsync(db => db.Regios.Where(r => r.Code == "lekstroom").Select(r => r.Kleur).SingleAsync(Ct));

    [Fact]
    public async Task De_paginas_van_een_regio_dragen_haar_kleur_en_naam_andere_paginas_niet()
    {
        var kleur = await KleurAsync();
        var procedure = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Regio!.Code == "lekstroom" && a.Status != Zorginkoop.Aanbestedingen.AanbestedingStatus.Concept)
            .Select(a => a.Id).FirstAsync(Ct));

        var (_, eigen) = await GetAsync($"/aanbestedingen/{procedure}");
        var (_, catalogus) = await GetAsync("/catalogus/lekstroom");
        var (_, lijst) = await GetAsync("/aanbestedingen");
        var (thema, css) = await GetAsync("/catalogus/lekstroom/thema.css");
        var (onbekend, _) = await GetAsync("/catalogus/atlantis/thema.css");

        Assert.NotNull(kleur);
        foreach (var html in new[] { eigen, catalogus })
        {
            Assert.Contains("class=\"voorbeeld-theme utrecht-root zi-regio-thema\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/catalogus/lekstroom/thema.css?v={kleur[1..]}\"", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"utrecht-paragraph zi-regio__naam\">Regio Lekstroom</p>", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("zi-regio__naam", lijst, StringComparison.Ordinal);
        Assert.DoesNotContain("thema.css", lijst, StringComparison.Ordinal);
        Assert.Equal("text/css", thema.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"--basis-color-action-1-inverse-bg-default: {kleur};", css, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
    }

    [Fact]
    public async Task Een_pagina_die_404_geeft_verraadt_de_regio_niet()
    {
        using var lekstroom = await ApiHelpers.AlsAsync(App, InkoperLekstroom);
        var (gemaakt, json) = await ApiHelpers.PostJsonAsync(lekstroom, "/api/v1/aanbestedingen",
            new { regio = "lekstroom", naam = $"Concept {Guid.NewGuid():N}", procedurevorm = "openbaarEuropees", sluitingsmoment = "2023-10-02T10:00:00Z" });
        Assert.True(gemaakt.StatusCode == HttpStatusCode.Created, json.ToString());

        var (antwoord, html) = await GetAsync($"/aanbestedingen/{json.GetProperty("id").GetInt32()}");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.DoesNotContain("Regio Lekstroom", html, StringComparison.Ordinal);
        Assert.DoesNotContain("thema.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_inkoper_zet_het_logo_van_haar_regio_een_ander_krijgt_404()
    {
        using var eigen = await Inloggen.AlsAsync(App, InkoperLekstroom);
        using var ander = await Inloggen.AlsAsync(App, InkoperUtrechtWest);
        var kleur = await KleurAsync();

        using var opgeslagen = await OpslaanAsync(eigen, kleur!, Png);
        var (logo, _) = await GetAsync("/catalogus/lekstroom/logo");
        var bytes = await logo.Content.ReadAsByteArrayAsync(Ct);
        var (_, catalogus) = await GetAsync("/catalogus/lekstroom");
        var (elders, _) = await GetAsync("/catalogus/lekstroom/huisstijl", ander);

        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.StatusCode);
        Assert.Equal("/catalogus/lekstroom", opgeslagen.Headers.Location?.OriginalString);
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, bytes);
        Assert.Contains("<img class=\"zi-regio__logo\" src=\"/catalogus/lekstroom/logo?v=", catalogus, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, elders.StatusCode);
    }

    [Fact]
    public async Task Een_kleur_met_te_weinig_contrast_geeft_een_melding_en_verandert_niets()
    {
        using var eigen = await Inloggen.AlsAsync(App, InkoperLekstroom);
        var voor = await KleurAsync();

        using var antwoord = await OpslaanAsync(eigen, "#ffcc00", null);
        var html = Tekst(await antwoord.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Het contrast van #ffcc00 met wit of lichtblauw is 1,3:1", html, StringComparison.Ordinal);
        Assert.Equal(voor, await KleurAsync());
    }
}

public sealed class HuisstijlTestsSqlite(SqliteApp app) : HuisstijlTests<SqliteApp>(app);

public sealed class HuisstijlTestsPostgres(PostgresApp app) : HuisstijlTests<PostgresApp>(app);
