using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.OpenApi;

namespace Zorginkoop.Web.Api;

/// <summary>
/// The REST API under /api/v1, following the Dutch API Design Rules (Logius ADR 2.1): Dutch plural resource names,
/// camelCase JSON, <c>application/problem+json</c> errors, an <c>API-Version</c> header on every response
/// (/core/version-header) and the OpenAPI 3.0 document at /api/v1/openapi.json (/core/publish-openapi).
/// </summary>
public static class ApiRegistration
{
    public const string Basis = "/api/v1";
    public const string Versie = "1.0.0";
    private const string OpenApiCors = "openapi";

    public static IServiceCollection AddZorginkoopApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            // A number is a JSON number: the web defaults also read "12550" as 12550, which made every integer in the
            // OpenAPI document "integer or string", and a generated client could not read the answers (GegenereerdeClientTests).
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // ADR /core/error-handling/problem-details: status, title and detail are always present, in Dutch.
            var (titel, uitleg) = StandaardTekst(c.ProblemDetails.Status);
            if (titel is not null && (c.ProblemDetails.Title is null || c.ProblemDetails.Title == ReasonPhrase(c.ProblemDetails.Status)))
            {
                c.ProblemDetails.Title = titel;
                c.ProblemDetails.Detail = c.ProblemDetails.Detail is null || c.ProblemDetails.Detail == ReasonPhrase(c.ProblemDetails.Status) ? uitleg : c.ProblemDetails.Detail;
            }

            c.ProblemDetails.Detail ??= c.ProblemDetails.Title;
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
        });
        // A body that cannot be read is a 400 problem, also in Development (not an exception page).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddOpenApi("v1", o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiDocumentTransformer>();
            o.AddOperationTransformer<ApiOperationTransformer>();
            o.AddSchemaTransformer((schema, _, _) =>
            {
                // Enums travel as camelCase names (JsonStringEnumConverter), but the generated schema lists the names
                // without a type, so NSwag made an integer enum of them and could not read "actief" (GegenereerdeClientTests).
                if (schema.Enum is { Count: > 0 } waarden && schema.Type is null && waarden.All(w => w?.GetValueKind() == System.Text.Json.JsonValueKind.String))
                {
                    schema.Type = Microsoft.OpenApi.JsonSchemaType.String;
                }

                return Task.CompletedTask;
            });
        });
        services.AddCors(o => o.AddPolicy(OpenApiCors, new CorsPolicyBuilder().AllowAnyOrigin().WithMethods("GET").Build()));
        return services;
    }

    public static IEndpointRouteBuilder MapZorginkoopApi(this IEndpointRouteBuilder app)
    {
        // /core/publish-openapi: anonymous, with CORS * so other tools can read it.
        app.MapOpenApi(Basis + "/openapi.json").AllowAnonymous().RequireCors(OpenApiCors).ExcludeFromDescription();
        var api = app.MapGroup(Basis);
        api.AddEndpointFilter(ApiCsrfProtection.FilterAsync);
        api.AddEndpointFilterFactory(ApiParameters.Filter);
        api.AddEndpointFilter(ApiPaging.FilterAsync);
        // Every operation can answer 400: an unknown query parameter, a page past the end, a body that is no JSON.
        api.ProducesValidationProblem();
        api.MapAccountApi();
        api.MapInkooptrajectenApi();
        api.MapAanbestedingenApi();
        api.MapOcdsApi();
        api.MapZoekenApi();
        api.MapContractenApi();
        api.MapCatalogusApi();
        api.MapCatalogusBeheerApi();
        api.MapMonitorApi();
        api.MapZorgdataApi();
        api.MapWebhooksApi();
        return app;
    }

    /// <summary>/core/version-header: the full version on every API response, errors included.</summary>
    public static IApplicationBuilder UseApiVersionHeader(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(Basis))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["API-Version"] = Versie;
                return Task.CompletedTask;
            });
        }

        return next(context);
    });

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(Basis);

    private static string? ReasonPhrase(int? status) => status is { } s ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(s) : null;

    private static (string? Titel, string? Uitleg) StandaardTekst(int? status) => status switch
    {
        400 => ("Ongeldig verzoek", "Het verzoek kon niet worden gelezen: controleer de JSON en de waarden (zie openapi.json)."),
        401 => ("Niet ingelogd", "Log in met POST /api/v1/account/_inloggen en stuur het token mee als 'Authorization: Bearer …'."),
        403 => ("Geen toegang", "Uw rol mag dit niet; wijzigen kan alleen een inkoper of beheerder."),
        404 => ("Niet gevonden", "Dit adres of deze resource bestaat niet."),
        405 => ("Methode niet toegestaan", "Deze HTTP-methode kan niet op dit adres."),
        415 => ("Verkeerd soort inhoud", "Stuur de inhoud als application/json."),
        500 => ("Interne fout", "Er ging iets mis bij het verwerken van het verzoek. Probeer het later opnieuw."),
        _ => (null, null),
    };
}
