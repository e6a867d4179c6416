using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Zorginkoop.Web.Api;

/// <summary>
/// Makes the generated document meet the ADR linter (v2.1.0): a server URL with the major version, paths relative to
/// it, contact details, and the /openapi.json resource itself with its CORS header.
/// </summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Zorginkoop API",
            Version = ApiRegistration.Versie,
            Description = "Inkooptrajecten en aanbestedingen van jeugdhulp en Wmo-ondersteuning. Lezen kan zonder inloggen; " +
                "wijzigen vraagt een medewerker van het inkoopbureau (inkoper of beheerder), met een bearer-token van " +
                "POST /account/_inloggen. Fouten zijn application/problem+json (RFC 9457).",
            Contact = new OpenApiContact { Name = "Zorginkoop", Email = "api@zorginkoop.nl", Url = new Uri("https://zorginkoop.nl/api") },
        };
        // An absolute https address (ADR /core/transport/tls; the linter's servers-use-https), with the installation's domain as a variable.
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "https://{domein}" + ApiRegistration.Basis,
                Description = "Deze installatie",
                Variables = new Dictionary<string, OpenApiServerVariable>
                {
                    ["domein"] = new() { Default = "zorginkoop.example", Description = "Het domein (en eventueel de poort) van de installatie" },
                },
            },
        ];
        var paden = new OpenApiPaths();
        foreach (var (pad, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paden[pad.StartsWith(ApiRegistration.Basis, StringComparison.Ordinal) ? pad[ApiRegistration.Basis.Length..] : pad] = item;
        }

        paden["/openapi.json"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    Summary = "Dit OpenAPI-document",
                    Description = "Het OpenAPI-document van deze API, zonder inloggen en met CORS * (ADR /core/publish-openapi).",
                    OperationId = "openapi",
                    Tags = new HashSet<OpenApiTagReference> { new("Algemeen", document) },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "Het OpenAPI-document (3.0)",
                            Headers = new Dictionary<string, IOpenApiHeader>
                            {
                                ["API-Version"] = ApiOperationTransformer.VersieHeader(),
                                ["access-control-allow-origin"] = new OpenApiHeader { Description = "Altijd *", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                            },
                            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
                        },
                    },
                },
            },
        };
        document.Paths = paden;
        // Every tag an operation uses is described once at the top (spectral: operation-tag-defined).
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Algemeen", Description = "Over deze API." },
            new() { Name = "Account", Description = "Inloggen voor API-clients met een bearer-token." },
            new() { Name = "Inkooptrajecten", Description = "Trajecten met fasen, updates, bijeenkomsten en documenten." },
            new() { Name = "Aanbestedingen", Description = "Procedures met hun levenscyclus, percelen, rectificaties en documenten." },
            new() { Name = "Catalogus", Description = "Regio's, gemeenten, producten met eenheden en tarieven, en het register van zorgaanbieders." },
            new() { Name = "Monitor", Description = "Zorggebruik en kosten uit de iJw/iWmo-berichten: exact voor de eigen regio's van inkopers en analisten, afgeschermd en afgerond voor ieder ander." },
            new() { Name = "Zorgdata", Description = "De importruns van zorggegevens (iJw/iWmo-berichten en CSV): status, aantallen en meldingen, voor wie importeert." },
            new() { Name = "Contracten", Description = "Raamovereenkomsten, en wie voor welk product in welke gemeente gecontracteerd is, tegen welk tarief." },
            new() { Name = "OCDS", Description = "Aanbestedingen, gunningen en raamovereenkomsten volgens de Open Contracting Data Standard 1.1." },
            new() { Name = "Webhooks", Description = "Berichten aan andere systemen bij een gebeurtenis in een regio: een POST met een JSON-body (`id`, `soort`, `moment`, `regio` en " +
                "het onderwerp), ondertekend in de header `Zorginkoop-Handtekening: sha256=<hex>`: de HMAC-SHA256 van de ruwe body met het geheim als sleutel. " +
                "Controleer die vóór u de body leest, en herken een herhaling aan `id`. Antwoord met een 2xx binnen 10 seconden; anders volgen pogingen tot 24 uur " +
                "na de gebeurtenis. Registreren en het bezorglog zijn voor inkopers en beheerders van de regio." },
            new() { Name = "Zoeken", Description = "Zoeken in alles wat de vrager mag zien: aanbestedingen, percelen, nota's van inlichtingen, documenten, trajecten, updates, producten en zorgaanbieders." },
        };
        return Task.CompletedTask;
    }

    /// <summary>"POST api/v1/aanbestedingen/{id:int}/_beoordeling-starten" → "postAanbestedingenIdBeoordelingStarten".</summary>
    internal static string OperatieId(string methode, string pad)
    {
        var delen = pad.Replace("api/v1/", "", StringComparison.Ordinal).Split(['/', '-', '_', '{', '}', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(x => x is not ("int"));
        return methode.ToLowerInvariant() + string.Concat(delen.Select(x => char.ToUpperInvariant(x[0]) + x[1..]));
    }
}

/// <summary>Every success response documents the API-Version header; error responses are problem+json.</summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public static OpenApiHeader VersieHeader() => new()
    {
        Description = "De volledige versie van de API (ADR /core/version-header).",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = System.Text.Json.Nodes.JsonValue.Create(ApiRegistration.Versie),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // A stable operationId (method and path, in camelCase) for generated clients, and a description for readers.
        var d = context.Description;
        operation.OperationId ??= OperatieId(d.HttpMethod ?? "GET", d.RelativePath ?? "");
        operation.Description ??= operation.Summary;
        foreach (var (code, response) in operation.Responses ?? [])
        {
            if ((code.StartsWith('2') || code.StartsWith('3')) && response is OpenApiResponse r)
            {
                r.Headers ??= new Dictionary<string, IOpenApiHeader>();
                r.Headers["API-Version"] = VersieHeader();
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>"POST api/v1/aanbestedingen/{id:int}/_beoordeling-starten" → "postAanbestedingenIdBeoordelingStarten".</summary>
    internal static string OperatieId(string methode, string pad)
    {
        var delen = pad.Replace("api/v1/", "", StringComparison.Ordinal).Split(['/', '-', '_', '{', '}', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(x => x is not ("int"));
        return methode.ToLowerInvariant() + string.Concat(delen.Select(x => char.ToUpperInvariant(x[0]) + x[1..]));
    }
}
