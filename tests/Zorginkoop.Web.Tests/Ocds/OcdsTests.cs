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
