using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>/api/v1/inkooptrajecten: the demo trajectory for everyone, drafts for employees, changes by officers.</summary>
public abstract class InkooptrajectenApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Basis = "/api/v1/inkooptrajecten";
    private const string Demo = "Inkoop Jeugd Wmo 2022";

    private async Task<JsonElement> DemoDetailAsync()
    {
        using var client = App.NieuweClient();
        var id = await ApiHelpers.IdVanAsync(client, "inkooptrajecten", Demo);
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(client, $"{Basis}/{id}");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return json;
    }

    private static async Task<int> ConceptAsync(HttpClient inkoper, string naam)
    {
        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, Basis, new { regio = "lekstroom", naam, jeugd = false, wmo = true, openbaar = false });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Anoniem_ziet_het_demotraject_in_de_lijst()
    {
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), Basis);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(["inkooptrajecten", "pagina", "paginaGrootte", "totaal"], json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var t = Assert.Single(json.GetProperty("inkooptrajecten").EnumerateArray());
        Assert.Equal(Demo, t.GetProperty("naam").GetString());
        Assert.Equal("lekstroom", t.GetProperty("regio").GetString());
        Assert.Equal(["jeugd", "wmo"], t.GetProperty("domeinen").EnumerateArray().Select(d => d.GetString()));
        Assert.True(t.GetProperty("openbaar").GetBoolean());
    }

    [Fact]
    public async Task De_detail_toont_de_vier_fasen_op_volgorde()
    {
        var t = await DemoDetailAsync();

        var fasen = t.GetProperty("fasen").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], fasen.Select(f => f.GetProperty("nummer").GetInt32()));
        Assert.Equal(["verkennen", "verdiepenEnVertalen", "kiezen", "implementeren"], fasen.Select(f => f.GetProperty("soort").GetString()));
        Assert.Equal(["Verkennen", "Verdiepen en vertalen", "Kiezen", "Implementeren"], fasen.Select(f => f.GetProperty("naam").GetString()));
        Assert.Equal(["afgerond", "afgerond", "afgerond", "actief"], fasen.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal("2020-10-01", fasen[0].GetProperty("van").GetString());
        Assert.False(fasen[3].TryGetProperty("tot", out _));
    }

    [Fact]
    public async Task De_updates_staan_nieuwste_eerst_met_opgeschoonde_html()
    {
        var t = await DemoDetailAsync();

        var updates = t.GetProperty("updates").EnumerateArray().ToList();
        Assert.Equal(13, updates.Count);
        Assert.Equal("Update december 2022", updates[0].GetProperty("titel").GetString());
        Assert.Equal("Verkennende gesprekken (december 2020)", updates[^1].GetProperty("titel").GetString());
        var datums = updates.Select(u => u.GetProperty("datum").GetString()!).ToList();
        Assert.Equal(datums.OrderDescending(StringComparer.Ordinal), datums);
        var juli = updates.Single(u => u.GetProperty("datum").GetString() == "2021-07-01");
        Assert.StartsWith("Op de schriftelijke consultatie van april 2021 hebben **48 organisaties**", juli.GetProperty("tekst").GetString(), StringComparison.Ordinal);
        Assert.Contains("<strong>48 organisaties</strong>", juli.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<p>", juli.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_detail_toont_de_bijeenkomsten_met_de_drie_vragenuren()
    {
        var t = await DemoDetailAsync();

        var bijeenkomsten = t.GetProperty("bijeenkomsten").EnumerateArray().ToList();
        Assert.Equal(12, bijeenkomsten.Count);
        var begins = bijeenkomsten.Select(b => b.GetProperty("begin").GetDateTimeOffset()).ToList();
        Assert.Equal(begins.Order(), begins);
        var vragenuren = bijeenkomsten.Where(b => b.GetProperty("soort").GetString() == "vragenuur").ToList();
        Assert.Equal(["gezinsvormen", "onderwijstijd", "ambulant"], vragenuren.Select(b => b.GetProperty("segment").GetString()));
        // 29 October 2021, 9:00 in the Netherlands (summer time) is 7:00 UTC.
        Assert.Equal(new DateTimeOffset(2021, 10, 29, 7, 0, 0, TimeSpan.Zero), vragenuren[0].GetProperty("begin").GetDateTimeOffset());
    }

    [Fact]
    public async Task De_documenten_hebben_een_sha256_die_klopt_met_de_download()
    {
        var t = await DemoDetailAsync();

        var documenten = t.GetProperty("documenten").EnumerateArray().ToList();
        Assert.Equal(5, documenten.Count);
        Assert.All(documenten, d => Assert.Matches("^[0-9a-f]{64}$", d.GetProperty("sha256").GetString()));
        var faq = documenten.Single(d => d.GetProperty("bestandsnaam").GetString() == "FAQ segment Gezinsvormen.pdf");
        var url = faq.GetProperty("url").GetString()!;
        Assert.Equal($"/documenten/{faq.GetProperty("id").GetInt32()}/FAQ%20segment%20Gezinsvormen.pdf", url);
        Assert.Equal("application/pdf", faq.GetProperty("contentType").GetString());
        using var client = App.NieuweClient();
        var inhoud = await client.GetByteArrayAsync(url, Ct);
        Assert.Equal(faq.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(inhoud)));
        Assert.Equal(faq.GetProperty("grootte").GetInt64(), inhoud.LongLength);
    }

    [Fact]
    public async Task De_detail_noemt_de_aanbestedingen_uit_het_traject()
    {
        var t = await DemoDetailAsync();

        var namen = t.GetProperty("aanbestedingen").EnumerateArray().Select(a => a.GetProperty("naam").GetString()).ToList();
        Assert.Equal(7, namen.Count);
        Assert.Contains("Jeugdhulp Ambulant", namen);
    }

    [Fact]
    public async Task Een_niet_openbaar_traject_is_404_voor_anoniem_en_zichtbaar_voor_de_inkoper()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var (aangemaakt, nieuw) = await ApiHelpers.PostJsonAsync(inkoper, Basis, new { regio = "lekstroom", naam = "Inkoop Wmo 2026", jeugd = false, wmo = true, openbaar = false });
        var id = nieuw.GetProperty("id").GetInt32();

        var (anoniem, probleem) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), $"{Basis}/{id}");
        var (metToken, detail) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}/{id}");
        var (_, lijst) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), Basis);

        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        Assert.Equal($"{Basis}/{id}", aangemaakt.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(anoniem));
        Assert.Equal($"Er is geen (openbaar) inkooptraject met nummer {id}.", probleem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, metToken.StatusCode);
        Assert.False(detail.GetProperty("openbaar").GetBoolean());
        Assert.Equal(["gepland", "gepland", "gepland", "gepland"], detail.GetProperty("fasen").EnumerateArray().Select(f => f.GetProperty("status").GetString()));
        Assert.DoesNotContain(lijst.GetProperty("inkooptrajecten").EnumerateArray(), t => t.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Een_traject_zonder_domein_geeft_400()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, Basis, new { regio = "lekstroom", naam = "Geen domein", jeugd = false, wmo = false, openbaar = false });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("Kies ten minste één domein: Jeugd of Wmo.", json.GetProperty("errors").GetProperty("jeugd")[0].GetString());
    }

    [Fact]
    public async Task Een_afgeronde_fase_zonder_einddatum_geeft_400_en_verandert_niets()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Fase zonder einde");

        var (antwoord, json) = await ApiHelpers.PutJsonAsync(inkoper, $"{Basis}/{id}/fasen/1", new { status = "afgerond", van = "2023-01-02" });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Equal("Een afgeronde fase heeft een einddatum.", json.GetProperty("errors").GetProperty("tot")[0].GetString());
        var (_, detail) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}/{id}");
        Assert.Equal("gepland", detail.GetProperty("fasen")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Een_afgeronde_fase_met_einddatum_wordt_opgeslagen()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Fase met einde");

        var (antwoord, fase) = await ApiHelpers.PutJsonAsync(inkoper, $"{Basis}/{id}/fasen/1", new { status = "afgerond", van = "2023-01-02", tot = "2023-03-31", samenvatting = " Klaar. " });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("afgerond", fase.GetProperty("status").GetString());
        Assert.Equal("2023-03-31", fase.GetProperty("tot").GetString());
        Assert.Equal("Klaar.", fase.GetProperty("samenvatting").GetString());
    }

    [Fact]
    public async Task Een_update_met_script_bewaart_de_tekst_maar_de_html_bevat_geen_script()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Update met script");
        const string tekst = "Let op <script>alert(1)</script> en **vet** en [klik](javascript:alert(2))";

        var (antwoord, update) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/updates", new { datum = "2023-07-31", titel = "Update juli 2023", tekst });

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        Assert.Equal(tekst, update.GetProperty("tekst").GetString());
        var html = update.GetProperty("html").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<strong>vet</strong>", html, StringComparison.Ordinal);
        var (_, detail) = await ApiHelpers.GetJsonAsync(inkoper, $"{Basis}/{id}");
        Assert.Equal(html, Assert.Single(detail.GetProperty("updates").EnumerateArray()).GetProperty("html").GetString());
    }

    [Fact]
    public async Task Een_update_zonder_titel_geeft_400()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await ConceptAsync(inkoper, "Update zonder titel");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(inkoper, $"{Basis}/{id}/updates", new { datum = "2023-07-31", titel = "", tekst = "Tekst" });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("Vul een titel in, zoals 'Update december 2022'.", json.GetProperty("errors").GetProperty("titel")[0].GetString());
    }

    [Fact]
    public async Task Een_analist_mag_geen_traject_aanmaken()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(analist, Basis, new { regio = "lekstroom", naam = "Door analist", jeugd = true, wmo = false, openbaar = true });

        Assert.Equal(HttpStatusCode.Forbidden, antwoord.StatusCode);
        Assert.Equal("Geen toegang", json.GetProperty("title").GetString());
        var (_, lijst) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), Basis);
        Assert.DoesNotContain(lijst.GetProperty("inkooptrajecten").EnumerateArray(), t => t.GetProperty("naam").GetString() == "Door analist");
    }
}

public sealed class InkooptrajectenApiTestsSqlite(SqliteApp app) : InkooptrajectenApiTests<SqliteApp>(app);

public sealed class InkooptrajectenApiTestsPostgres(PostgresApp app) : InkooptrajectenApiTests<PostgresApp>(app);
