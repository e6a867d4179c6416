using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>
/// The committed OpenAPI document (src/Zorginkoop.Web/Api/openapi.json) is what the app serves: a change to the API
/// without updating the file fails here (ADR /core/doc-openapi, as open-zaak checks it in CI). To accept a change, run
/// the tests with ZORGINKOOP_OPENAPI_BIJWERKEN=1 and commit the rewritten file.
/// </summary>
public sealed class OpenApiTests(SqliteApp app) : AppTests<SqliteApp>(app)
{
    private static string VastgelegdBestand()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Zorginkoop.slnx")))
        {
            map = map.Parent;
        }

        Assert.NotNull(map);
        return Path.Combine(map.FullName, "src", "Zorginkoop.Web", "Api", "openapi.json");
    }

    private static string Normaal(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    [Fact]
    public async Task Het_gepubliceerde_document_is_gelijk_aan_het_vastgelegde_bestand()
    {
        var (antwoord, json) = await GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var gepubliceerd = Normaal(json);
        var pad = VastgelegdBestand();

        if (Environment.GetEnvironmentVariable("ZORGINKOOP_OPENAPI_BIJWERKEN") == "1")
        {
            await File.WriteAllTextAsync(pad, gepubliceerd, Ct);
        }

        Assert.True(Normaal(await File.ReadAllTextAsync(pad, Ct)) == gepubliceerd,
            $"De API wijkt af van {pad}. Is de wijziging bedoeld? Draai de tests met ZORGINKOOP_OPENAPI_BIJWERKEN=1 en leg het bestand vast.");
    }

    [Fact]
    public async Task Het_document_voldoet_aan_de_kern_van_de_API_Design_Rules()
    {
        using var client = App.NieuweClient();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/openapi.json");
        verzoek.Headers.Add("Origin", "https://elders.example");
        using var antwoord = await client.SendAsync(verzoek, Ct);
        var doc = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync(Ct))!;

        Assert.Equal("*", antwoord.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("1.0.0", antwoord.Headers.GetValues("API-Version").Single());
        Assert.StartsWith("3.0", doc["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        // An absolute https server (the linter's servers-use-https) with the installation's domain as a variable.
        Assert.Equal("https://{domein}/api/v1", doc["servers"]![0]!["url"]!.GetValue<string>());
        Assert.NotNull(doc["servers"]![0]!["variables"]!["domein"]!["default"]);
        Assert.NotNull(doc["info"]!["contact"]!["email"]);
        var paden = doc["paths"]!.AsObject();
        Assert.Contains("/aanbestedingen/{id}/_publiceren", paden.Select(p => p.Key));
        // Only letters after the underscore (the linter's paths-kebab-case); the earlier hyphenated paths work but are not described.
        Assert.Contains("/aanbestedingen/{id}/beoordeling/_starten", paden.Select(p => p.Key));
        Assert.DoesNotContain(paden, p => System.Text.RegularExpressions.Regex.IsMatch(p.Key, "/_[a-z]+-"));
        Assert.Contains("/openapi.json", paden.Select(p => p.Key));
        Assert.All(paden, p => Assert.False(p.Key.EndsWith('/'), $"{p.Key}: geen slash aan het eind (/core/no-trailing-slash)"));
        // Every success response documents the API-Version header (/core/version-header).
        foreach (var (pad, item) in paden)
        {
            foreach (var (methode, operatie) in item!.AsObject())
            {
                foreach (var (code, response) in operatie!["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
                {
                    Assert.True(response!["headers"]?["API-Version"] is not null, $"{methode} {pad} {code} mist de header API-Version");
                }
            }
        }
    }
}
