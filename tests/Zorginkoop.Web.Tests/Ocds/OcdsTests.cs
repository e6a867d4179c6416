using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using Zorginkoop.Data;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Ocds;

/// <summary>The OCDS 1.1 publication: valid against the official schemas, with lots, awards and framework agreements.</summary>
public abstract class OcdsTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    private const string VersionedUrl = "https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json";

    private static readonly Lazy<Task<(JsonSchema Releases, JsonSchema Records)>> Schemas = new(LaadSchemasAsync);

    /// <summary>
    /// The package schemas with their references to the release schema pointed at the local copy (no network), in a
    /// folder of their own beside an empty versioned-release schema (Zorginkoop publishes no versioned releases).
    /// </summary>
    private static async Task<(JsonSchema, JsonSchema)> LaadSchemasAsync()
    {
        var bron = Path.Combine(AppContext.BaseDirectory, "Ocds", "Schema");
        var map = Directory.CreateTempSubdirectory("zi-ocds-").FullName;
        File.Copy(Path.Combine(bron, "release-schema.json"), Path.Combine(map, "release-schema.json"));
        await File.WriteAllTextAsync(Path.Combine(map, "versioned-release-validation-schema.json"), "{}");
        async Task<JsonSchema> Laad(string naam)
        {
            var tekst = (await File.ReadAllTextAsync(Path.Combine(bron, naam))).Replace(ReleaseSchemaUrl, "release-schema.json", StringComparison.Ordinal)
                .Replace(VersionedUrl, "versioned-release-validation-schema.json", StringComparison.Ordinal);
            var pad = Path.Combine(map, naam);
            await File.WriteAllTextAsync(pad, tekst);
            return await JsonSchema.FromFileAsync(pad);
        }

        return (await Laad("release-package-schema.json"), await Laad("record-package-schema.json"));
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Alle(IEnumerable<NJsonSchema.Validation.ValidationError> fouten) =>
        fouten.SelectMany(f => f is NJsonSchema.Validation.ChildSchemaValidationError kind ? Alle(kind.Errors.SelectMany(e => e.Value)).Prepend(f) : [f]);

    private static void Geldig(JsonSchema schema, string json, string wat)
    {
        var fouten = schema.Validate(json);
        Assert.True(fouten.Count == 0, $"{wat} voldoet niet aan het OCDS-schema:\n" + string.Join("\n", Alle(fouten).Take(20).Select(f => $"{f.Path}: {f.Kind} {f.Property}")));
    }

    [Fact]
    public async Task Het_bulkbestand_met_alle_releases_voldoet_aan_het_schema()
    {
        var (releases, _) = await Schemas.Value;
        var (antwoord, json) = await GetAsync("/api/v1/ocds/releases");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Geldig(releases, json, "/api/v1/ocds/releases");
        var pakket = JsonNode.Parse(json)!;
        Assert.Contains(pakket["releases"]!.AsArray(), r => r!["tag"]![0]!.GetValue<string>() == "contract");
        // Concepts are never published.
        Assert.DoesNotContain(pakket["releases"]!.AsArray(), r => r!["tender"]!["status"]!.GetValue<string>() == "planning");
    }

    [Fact]
    public async Task De_records_voldoen_aan_het_schema()
    {
        var (_, records) = await Schemas.Value;
        var (antwoord, json) = await GetAsync("/api/v1/ocds/records");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Geldig(records, json, "/api/v1/ocds/records");
    }

    [Fact]
    public async Task Wmo_Individuele_Begeleiding_toont_33_gunningen_en_raamovereenkomsten_met_perceel_en_looptijd()
    {
        var (releasesSchema, recordsSchema) = await Schemas.Value;
        int id;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>().Aanbestedingen
                .Where(a => a.Naam == "Wmo Individuele Begeleiding regio Lekstroom").Select(a => a.Id).SingleAsync(Ct);
        }

        var (_, releasesJson) = await GetAsync($"/api/v1/ocds/aanbestedingen/{id}/releases");
        var (_, recordJson) = await GetAsync($"/api/v1/ocds/aanbestedingen/{id}/record");
        Geldig(releasesSchema, releasesJson, "releases");
        Geldig(recordsSchema, recordJson, "record");

        var record = JsonNode.Parse(recordJson)!["records"]![0]!;
        var stand = record["compiledRelease"]!;
        Assert.Equal($"ocds-zi0000-{id}", record["ocid"]!.GetValue<string>());
        Assert.Equal(["tender", "award"], record["releases"]!.AsArray().Select(r => r!["tag"]![0]!.GetValue<string>()).Distinct().Take(2));
        Assert.Equal("complete", stand["tender"]!["status"]!.GetValue<string>());
        Assert.True(stand["tender"]!["techniques"]!["hasFrameworkAgreement"]!.GetValue<bool>());
        Assert.Equal("perceel-1", stand["tender"]!["lots"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(33, stand["awards"]!.AsArray().Count);
        Assert.All(stand["awards"]!.AsArray(), a => Assert.Equal("perceel-1", a!["relatedLots"]![0]!.GetValue<string>()));
        var contract = stand["contracts"]!.AsArray().First()!;
        Assert.Equal("2022-10-01T00:00:00+02:00", contract["period"]!["startDate"]!.GetValue<string>());
        Assert.Equal("2027-09-30T23:59:59+02:00", contract["period"]!["endDate"]!.GetValue<string>());
        Assert.Contains(stand["parties"]!.AsArray(), p => p!["roles"]![0]!.GetValue<string>() == "supplier" && p["identifier"]!["scheme"]!.GetValue<string>() == "NL-KVK");
    }

    [Fact]
    public async Task De_schemacontrole_vangt_een_ongeldige_release()
    {
        // The check is only worth something if it can fail: a status outside the code list and a missing ocid are refused.
        var (releases, _) = await Schemas.Value;
        var (_, json) = await GetAsync("/api/v1/ocds/releases");
        var pakket = JsonNode.Parse(json)!;
        pakket["releases"]![0]!["tender"]!["status"] = "bijna klaar";
        pakket["releases"]![1]!.AsObject().Remove("ocid");

        var fouten = Alle(releases.Validate(pakket.ToJsonString())).Select(f => $"{f.Kind} {f.Path}").ToList();

        Assert.Contains("NotInEnumeration #/releases[0].tender.status", fouten);
        Assert.Contains("PropertyRequired #/releases[1].ocid", fouten);
    }

    private const string Aanbestedingen = "/api/v1/aanbestedingen";

    /// <summary>A new procedure of Lekstroom, published through the API by its officer.</summary>
    private static async Task<int> GepubliceerdAsync(HttpClient inkoper, string naam)
    {
        var (aanmaken, json) = await ApiHelpers.PostJsonAsync(inkoper, Aanbestedingen, Voorwaarden(naam));
        Assert.True(aanmaken.StatusCode == HttpStatusCode.Created, json.ToString());
        var id = json.GetProperty("id").GetInt32();
        var (perceel, _) = await ApiHelpers.PostJsonAsync(inkoper, $"{Aanbestedingen}/{id}/percelen", new { segment = "ambulant" });
        var (publicatie, fout) = await ApiHelpers.PostJsonAsync(inkoper, $"{Aanbestedingen}/{id}/_publiceren", new { });
        Assert.Equal(HttpStatusCode.Created, perceel.StatusCode);
        Assert.True(publicatie.StatusCode == HttpStatusCode.OK, fout.ToString());
        return id;
    }

    private static object Voorwaarden(string naam, string? omschrijving = null, string? reden = null) => new
    {
        regio = "lekstroom",
        naam,
        procedurevorm = "openbaarEuropees",
        omschrijving,
        sluitingsmoment = "2023-10-02T10:00:00Z",
        contractStart = "2024-01-01",
        reden,
    };

    private async Task<JsonArray> ReleasesAsync(int id)
    {
        var (antwoord, json) = await GetAsync($"/api/v1/ocds/aanbestedingen/{id}/releases");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return JsonNode.Parse(json)!["releases"]!.AsArray();
    }

    [Fact]
    public async Task Een_gepubliceerde_release_blijft_gelijk_en_een_rectificatie_is_een_nieuwe_release_met_amendment()
    {
        var (releasesSchema, recordsSchema) = await Schemas.Value;
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "OCDS rectificatie");
        var ocid = $"ocds-zi0000-{id}";
        var voor = Assert.Single(await ReleasesAsync(id))!;
        Assert.Equal($"{ocid}-tender", voor["id"]!.GetValue<string>());
        Assert.Null(voor["tender"]!["description"]);

        var (wijzigen, fout) = await ApiHelpers.PutJsonAsync(inkoper, $"{Aanbestedingen}/{id}",
            Voorwaarden("OCDS rectificatie", omschrijving: "Nu met omschrijving", reden: "Omschrijving vergeten."));
        Assert.True(wijzigen.StatusCode == HttpStatusCode.OK, fout.ToString());

        var na = await ReleasesAsync(id);
        Assert.Equal(2, na.Count);
        // What was published stays exactly as it was: a consumer who downloaded it then has what is still true of then.
        Assert.True(JsonNode.DeepEquals(voor, na[0]), na[0]!.ToJsonString());
        var rectificatie = na[1]!;
        Assert.Equal($"{ocid}-rectificatie-1", rectificatie["id"]!.GetValue<string>());
        Assert.Equal("tenderAmendment", rectificatie["tag"]![0]!.GetValue<string>());
        Assert.Equal("Nu met omschrijving", rectificatie["tender"]!["description"]!.GetValue<string>());
        var amendment = Assert.Single(rectificatie["tender"]!["amendments"]!.AsArray())!;
        Assert.Equal("Omschrijving vergeten.", amendment["rationale"]!.GetValue<string>());
        Assert.Equal($"{ocid}-tender", amendment["amendsReleaseID"]!.GetValue<string>());
        Assert.Equal($"{ocid}-rectificatie-1", amendment["releaseID"]!.GetValue<string>());

        var (_, recordJson) = await GetAsync($"/api/v1/ocds/aanbestedingen/{id}/record");
        Geldig(recordsSchema, recordJson, "record");
        Geldig(releasesSchema, (await GetAsync($"/api/v1/ocds/aanbestedingen/{id}/releases")).Html, "releases");
        var stand = JsonNode.Parse(recordJson)!["records"]![0]!["compiledRelease"]!;
        Assert.Equal("Nu met omschrijving", stand["tender"]!["description"]!.GetValue<string>());
        Assert.Equal(["compiled"], stand["tag"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task Intrekken_na_publicatie_is_een_release_met_tenderCancellation_en_de_reden()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var id = await GepubliceerdAsync(inkoper, "OCDS intrekken");
        var ocid = $"ocds-zi0000-{id}";

        var (intrekken, fout) = await ApiHelpers.PostJsonAsync(inkoper, $"{Aanbestedingen}/{id}/_intrekken", new { reden = "Budget is vervallen." });
        Assert.True(intrekken.StatusCode == HttpStatusCode.OK, fout.ToString());

        var releases = await ReleasesAsync(id);
        Assert.Equal("active", releases[0]!["tender"]!["status"]!.GetValue<string>());
        var wijziging = releases[^1]!;
        Assert.Equal($"{ocid}-wijziging-1", wijziging["id"]!.GetValue<string>());
        Assert.Equal(["tenderCancellation"], wijziging["tag"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("cancelled", wijziging["tender"]!["status"]!.GetValue<string>());
        var amendment = Assert.Single(wijziging["tender"]!["amendments"]!.AsArray())!;
        Assert.Equal("Budget is vervallen.", amendment["rationale"]!.GetValue<string>());
        Assert.Equal($"{ocid}-tender", amendment["amendsReleaseID"]!.GetValue<string>());
        Assert.Contains("tender/status", amendment["description"]!.GetValue<string>(), StringComparison.Ordinal);

        // Asking again adds nothing: a release is stored when something happens, not when someone looks.
        Assert.Equal(releases.Count, (await ReleasesAsync(id)).Count);
    }

    [Fact]
    public async Task Een_contractrelease_noemt_alleen_de_eigen_leverancier()
    {
        var id = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Naam == "Wmo Individuele Begeleiding regio Lekstroom").Select(a => a.Id).SingleAsync(Ct));

        var releases = await ReleasesAsync(id);

        Assert.Single(releases, r => r!["tag"]![0]!.GetValue<string>() == "award");
        var contracten = releases.Where(r => r!["tag"]![0]!.GetValue<string>() == "contract").ToList();
        Assert.Equal(33, contracten.Count);
        Assert.All(contracten, c =>
        {
            var contract = Assert.Single(c!["contracts"]!.AsArray())!;
            var award = Assert.Single(c["awards"]!.AsArray())!;
            Assert.Equal(award["id"]!.GetValue<string>(), contract["awardID"]!.GetValue<string>());
            var leverancier = Assert.Single(award["suppliers"]!.AsArray())!;
            Assert.Equal([leverancier["id"]!.GetValue<string>()],
                c["parties"]!.AsArray().Where(p => p!["roles"]![0]!.GetValue<string>() == "supplier").Select(p => p!["id"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task Een_opgeslagen_release_wijzigen_of_verwijderen_wordt_geweigerd()
    {
        var (id, json) = await MetDbAsync(async db =>
        {
            var r = await db.OcdsReleases.OrderBy(x => x.Id).FirstAsync(Ct);
            return (r.Id, r.Json);
        });

        var wijzigen = await Assert.ThrowsAsync<InvalidOperationException>(() => MetDbAsync(async db =>
        {
            var r = await db.OcdsReleases.SingleAsync(x => x.Id == id, Ct);
            r.Json = "{}";
            return await db.SaveChangesAsync(Ct);
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => MetDbAsync(async db =>
        {
            db.OcdsReleases.Remove(await db.OcdsReleases.SingleAsync(x => x.Id == id, Ct));
            return await db.SaveChangesAsync(Ct);
        }));

        Assert.Contains("nooit gewijzigd", wijzigen.Message, StringComparison.Ordinal);
        Assert.Equal(json, await MetDbAsync(db => db.OcdsReleases.Where(x => x.Id == id).Select(x => x.Json).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Het_bulkbestand_pagineert_op_datum_met_links_next()
    {
        var totaal = await MetDbAsync(db => db.OcdsReleases.CountAsync(Ct));
        var ids = new List<string>();
        var datums = new List<DateTimeOffset>();
        string? volgende = "/api/v1/ocds/releases?paginaGrootte=7";
        var paginas = 0;
        while (volgende is not null)
        {
            var (antwoord, json) = await GetAsync(volgende);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var pakket = JsonNode.Parse(json)!;
            var releases = pakket["releases"]!.AsArray();
            Assert.InRange(releases.Count, 1, 7);
            ids.AddRange(releases.Select(r => r!["id"]!.GetValue<string>()));
            datums.AddRange(releases.Select(r => DateTimeOffset.Parse(r!["date"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
            volgende = pakket["links"]?["next"]?.GetValue<string>() is { } url ? new Uri(url).PathAndQuery : null;
            paginas++;
        }

        Assert.Equal(totaal, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(datums.Order(), datums);
        Assert.Equal((totaal + 6) / 7, paginas);
    }

    [Fact]
    public async Task Het_bulkbestand_filtert_op_vanaf_en_tot()
    {
        var (_, json) = await GetAsync("/api/v1/ocds/releases?vanaf=2022-07-01&tot=2022-12-31&paginaGrootte=1000");

        var releases = JsonNode.Parse(json)!["releases"]!.AsArray();
        Assert.NotEmpty(releases);
        Assert.All(releases, r => Assert.InRange(r!["date"]!.GetValue<string>()[..10], "2022-07-01", "2022-12-31"));
        var (_, records) = await GetAsync("/api/v1/ocds/records?vanaf=2022-07-01&tot=2022-12-31");
        Assert.All(JsonNode.Parse(records)!["records"]!.AsArray(), r => Assert.Contains(r!["releases"]!.AsArray(),
            x => string.CompareOrdinal(x!["date"]!.GetValue<string>()[..10], "2022-07-01") >= 0 && string.CompareOrdinal(x["date"]!.GetValue<string>()[..10], "2022-12-31") <= 0));
    }

    [Theory]
    [InlineData("vanaf=1-7-2022")]
    [InlineData("tot=2022-13-01")]
    [InlineData("vanaf=2023-01-01&tot=2022-01-01")]
    public async Task Een_ongeldige_periode_geeft_400_met_de_regel(string query)
    {
        var (antwoord, json) = await GetAsync("/api/v1/ocds/releases?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ocds.periode", JsonNode.Parse(json)!["weigeringen"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_ongewijzigd_record_geeft_304_op_zijn_etag()
    {
        var id = await MetDbAsync(db => db.OcdsReleases.Select(r => r.AanbestedingId).FirstAsync(Ct));
        var client = App.NieuweClient();
        using var eerste = await client.GetAsync($"/api/v1/ocds/aanbestedingen/{id}/record", Ct);
        var tag = eerste.Headers.ETag!;

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ocds/aanbestedingen/{id}/record");
        verzoek.Headers.IfNoneMatch.Add(tag);
        using var tweede = await client.SendAsync(verzoek, Ct);
        using var ander = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ocds/aanbestedingen/{id}/releases");
        ander.Headers.IfNoneMatch.Add(tag);
        using var derde = await client.SendAsync(ander, Ct);

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.NotNull(eerste.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, tweede.StatusCode);
        Assert.Equal(HttpStatusCode.OK, derde.StatusCode);
    }

    [Fact]
    public async Task Een_onbekende_aanbesteding_geeft_404_als_problem_json()
    {
        var (antwoord, _) = await GetAsync("/api/v1/ocds/aanbestedingen/999999/releases");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class OcdsTestsSqlite(SqliteApp app) : OcdsTests<SqliteApp>(app);

public sealed class OcdsTestsPostgres(PostgresApp app) : OcdsTests<PostgresApp>(app);
