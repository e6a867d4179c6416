using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Zorginkoop.Documenten;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Documenten;

/// <summary>Uploading documents through the real forms, and downloading them as the public and as an officer.</summary>
public abstract class DocumentUploadTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Demo = "Inkoop Jeugd Wmo 2022";

    private string OpslagMap => App.Services.GetRequiredService<DocumentStore>().Map;

    private static byte[] Pdf(string tekst)
    {
        var builder = new PdfDocumentBuilder();
        var pagina = builder.AddPage(PageSize.A4);
        pagina.AddText(tekst, 12, new PdfPoint(56, 770), builder.AddStandard14Font(Standard14Font.Helvetica));
        return builder.Build();
    }

    private async Task<int> DemoIdAsync() => await ApiHelpers.IdVanAsync(App.NieuweClient(), "inkooptrajecten", Demo);

    /// <summary>The documents of a trajectory or procedure as the API shows them to <paramref name="client"/>.</summary>
    private static async Task<List<JsonElement>> DocumentenAsync(HttpClient client, string pad)
    {
        var (_, json) = await ApiHelpers.GetJsonAsync(client, pad);
        return json.GetProperty("documenten").EnumerateArray().ToList();
    }

    private string[] OpgeslagenBestanden() => Directory.Exists(OpslagMap) ? Directory.GetFiles(OpslagMap) : [];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string pad, byte[] inhoud, string bestandsnaam, string? titel = null, string? reden = null)
    {
        var velden = new List<(string, string)>();
        if (titel is not null)
        {
            velden.Add(("Titel", titel));
        }

        if (reden is not null)
        {
            velden.Add(("Reden", reden));
        }

        return await Forms.PostBestandAsync(client, pad, "Toevoegen", inhoud, bestandsnaam, Forms.Velden([.. velden]));
    }

    private static async Task<int> AanbestedingAsync(HttpClient inkoperApi, string naam, bool publiceren)
    {
        var (_, json) = await ApiHelpers.PostJsonAsync(inkoperApi, "/api/v1/aanbestedingen",
            new { regio = "lekstroom", naam, procedurevorm = "openbaarEuropees", sluitingsmoment = "2023-10-02T10:00:00Z" });
        var id = json.GetProperty("id").GetInt32();
        if (publiceren)
        {
            await ApiHelpers.PostJsonAsync(inkoperApi, $"/api/v1/aanbestedingen/{id}/percelen", new { segment = "ambulant" });
            var (antwoord, _) = await ApiHelpers.PostJsonAsync(inkoperApi, $"/api/v1/aanbestedingen/{id}/_publiceren", new { });
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        }

        return id;
    }

    [Fact]
    public async Task Een_pdf_wordt_geupload_en_komt_met_de_juiste_headers_en_bytes_terug()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await DemoIdAsync();
        var pdf = Pdf("Verslag bijeenkomst juli 2023");

        using var upload = await UploadAsync(inkoper, $"/inkooptrajecten/{id}/documenten", pdf, "Verslag juli 2023.pdf", titel: "Verslag bijeenkomst juli 2023");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal($"/inkooptrajecten/{id}/documenten", upload.Headers.Location!.OriginalString);
        var document = (await DocumentenAsync(App.NieuweClient(), $"/api/v1/inkooptrajecten/{id}"))
            .Single(d => d.GetProperty("titel").GetString() == "Verslag bijeenkomst juli 2023");
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal(sha, document.GetProperty("sha256").GetString());
        using var client = App.NieuweClient();
        using var download = await client.GetAsync(document.GetProperty("url").GetString(), Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var dispositie = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", dispositie.DispositionType);
        Assert.Equal("Verslag juli 2023.pdf", dispositie.FileNameStar ?? dispositie.FileName!.Trim('"'));
        Assert.Equal($"\"{sha}\"", download.Headers.ETag!.Tag);
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(pdf))}:", download.Headers.GetValues("Repr-Digest").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Html_met_de_naam_faq_pdf_wordt_geweigerd_en_niet_toegevoegd()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await DemoIdAsync();
        var voor = (await DocumentenAsync(inkoper, $"/api/v1/inkooptrajecten/{id}")).Count;
        var bestandenVoor = OpgeslagenBestanden().Length;

        using var upload = await UploadAsync(inkoper, $"/inkooptrajecten/{id}/documenten",
            Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "faq.pdf", titel: "FAQ");
        var html = Tekst(await upload.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("'faq.pdf' is geen PDF: de inhoud is van een ander soort bestand.", html, StringComparison.Ordinal);
        Assert.Equal(voor, (await DocumentenAsync(inkoper, $"/api/v1/inkooptrajecten/{id}")).Count);
        Assert.Equal(bestandenVoor, OpgeslagenBestanden().Length);
    }

    [Fact]
    public async Task Een_bestand_van_20_MB_plus_een_byte_wordt_geweigerd()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await DemoIdAsync();
        var voor = (await DocumentenAsync(inkoper, $"/api/v1/inkooptrajecten/{id}")).Count;
        var groot = new byte[(20 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(groot);

        using var upload = await UploadAsync(inkoper, $"/inkooptrajecten/{id}/documenten", groot, "groot.pdf");
        var html = Tekst(await upload.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("'groot.pdf' is groter dan 20 MB en is niet opgeslagen.", html, StringComparison.Ordinal);
        Assert.Equal(voor, (await DocumentenAsync(inkoper, $"/api/v1/inkooptrajecten/{id}")).Count);
        Assert.DoesNotContain(OpgeslagenBestanden(), f => f.EndsWith(".upload", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_formulier_groter_dan_elke_toegestane_upload_krijgt_de_pagina_bestand_te_groot()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await DemoIdAsync();
        var veelTeGroot = new byte[30 * 1024 * 1024];

        using var upload = await UploadAsync(inkoper, $"/inkooptrajecten/{id}/documenten", veelTeGroot, "film.pdf");
        var html = Tekst(await upload.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Bestand te groot</h1>", html, StringComparison.Ordinal);
        Assert.Contains("een document ten hoogste 20 MB", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_pad_in_de_bestandsnaam_wordt_afgeknipt_en_er_komt_niets_buiten_de_datamap()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await DemoIdAsync();
        var dataMap = Path.GetDirectoryName(OpslagMap)!;

        using var upload = await UploadAsync(inkoper, $"/inkooptrajecten/{id}/documenten", Pdf("Geen wachtwoorden"), "../../etc/passwd.pdf", titel: "Padtest");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var document = (await DocumentenAsync(inkoper, $"/api/v1/inkooptrajecten/{id}")).Single(d => d.GetProperty("titel").GetString() == "Padtest");
        Assert.Equal("passwd.pdf", document.GetProperty("bestandsnaam").GetString());
        Assert.Equal($"/documenten/{document.GetProperty("id").GetInt32()}/passwd.pdf", document.GetProperty("url").GetString());
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(OpslagMap, "../../etc/passwd.pdf"))));
        Assert.False(File.Exists(Path.Combine(dataMap, "etc", "passwd.pdf")));
        Assert.Empty(Directory.GetFiles(dataMap, "passwd.pdf", SearchOption.AllDirectories));
        Assert.All(OpgeslagenBestanden(), f => Assert.True(Guid.TryParseExact(Path.GetFileName(f), "D", out _), f));
    }

    [Fact]
    public async Task Een_ingetrokken_document_is_404_voor_anoniem_en_blijft_te_downloaden_voor_de_inkoper()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var id = await DemoIdAsync();
        using var upload = await UploadAsync(inkoper, $"/inkooptrajecten/{id}/documenten", Pdf("Verouderd"), "verouderd.pdf", titel: "Verouderde FAQ");
        var document = (await DocumentenAsync(inkoper, $"/api/v1/inkooptrajecten/{id}")).Single(d => d.GetProperty("titel").GetString() == "Verouderde FAQ");
        var url = document.GetProperty("url").GetString();

        using var intrekken = await Forms.PostAsync(inkoper, $"/inkooptrajecten/{id}/documenten",
            Forms.Velden(("DocumentId", document.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)), ("IntrekkingsReden", "Vervangen door een nieuwe versie.")),
            "Intrekken");

        Assert.Equal(HttpStatusCode.Redirect, intrekken.StatusCode);
        var (anoniem, _) = await GetAsync(url!);
        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);
        using var medewerker = await inkoper.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, medewerker.StatusCode);
        Assert.Equal("no-store, private", string.Join(", ", medewerker.Headers.CacheControl!.ToString().Split(", ").Order(StringComparer.Ordinal)));
        Assert.DoesNotContain(await DocumentenAsync(App.NieuweClient(), $"/api/v1/inkooptrajecten/{id}"), d => d.GetProperty("titel").GetString() == "Verouderde FAQ");
        var (_, beheer) = await GetAsync($"/inkooptrajecten/{id}/documenten", inkoper);
        Assert.Contains(": Vervangen door een nieuwe versie.</span>", Tekst(beheer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_document_van_een_concept_aanbesteding_is_404_voor_anoniem()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        using var api = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await AanbestedingAsync(api, "Concept met leidraad", publiceren: false);

        using var upload = await UploadAsync(inkoper, $"/aanbestedingen/{id}/documenten", Pdf("Leidraad"), "leidraad.pdf", titel: "Leidraad");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var document = Assert.Single(await DocumentenAsync(api, $"/api/v1/aanbestedingen/{id}"));
        var (anoniem, _) = await GetAsync(document.GetProperty("url").GetString()!);
        var (medewerker, _) = await GetAsync(document.GetProperty("url").GetString()!, inkoper);
        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);
        Assert.Equal(HttpStatusCode.OK, medewerker.StatusCode);
    }

    [Fact]
    public async Task Bij_een_gepubliceerde_aanbesteding_wordt_een_upload_zonder_reden_geweigerd()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        using var api = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await AanbestedingAsync(api, "Gepubliceerd zonder reden", publiceren: true);

        using var upload = await UploadAsync(inkoper, $"/aanbestedingen/{id}/documenten", Pdf("Nota van inlichtingen"), "nvi-1.pdf", titel: "Nota van inlichtingen 1");
        var html = Tekst(await upload.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("De aanbesteding is gepubliceerd: een document toevoegen of intrekken is een rectificatie. Vul de reden in, die wordt gepubliceerd.", html, StringComparison.Ordinal);
        var (_, detail) = await ApiHelpers.GetJsonAsync(api, $"/api/v1/aanbestedingen/{id}");
        Assert.Equal(0, detail.GetProperty("documenten").GetArrayLength());
        Assert.Equal(0, detail.GetProperty("rectificaties").GetArrayLength());
    }

    [Fact]
    public async Task Bij_een_gepubliceerde_aanbesteding_wordt_een_upload_met_reden_een_rectificatie()
    {
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        using var api = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await AanbestedingAsync(api, "Gepubliceerd met reden", publiceren: true);

        using var upload = await UploadAsync(inkoper, $"/aanbestedingen/{id}/documenten", Pdf("Nota van inlichtingen"), "nvi-1.pdf",
            titel: "Nota van inlichtingen 1", reden: "Antwoorden op de vragen van aanbieders.");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var (_, html) = await GetAsync($"/aanbestedingen/{id}");
        var tekst = Regex.Replace(Regex.Replace(Tekst(html), "<td class=\"[^\"]*\">", "<td>"), "\\s+", " ");
        var rectificaties = tekst[tekst.IndexOf("id=\"rectificaties\"", StringComparison.Ordinal)..];
        Assert.Contains(">Rectificatie 1, ", rectificaties, StringComparison.Ordinal);
        Assert.Contains("Antwoorden op de vragen van aanbieders.", rectificaties, StringComparison.Ordinal);
        Assert.Contains("<td>Document toegevoegd</td><td></td><td>Nota van inlichtingen 1 (nvi-1.pdf)</td>", rectificaties, StringComparison.Ordinal);
        Assert.Matches("href=\"/documenten/[0-9]+/nvi-1\\.pdf\" download>Nota van inlichtingen 1</a>", tekst);
    }
}

public sealed class DocumentUploadTestsSqlite(SqliteApp app) : DocumentUploadTests<SqliteApp>(app);

public sealed class DocumentUploadTestsPostgres(PostgresApp app) : DocumentUploadTests<PostgresApp>(app);
