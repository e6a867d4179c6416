using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Zorginkoop.Formatting;
using Zorginkoop.Ocds;


namespace Zorginkoop.Web.Api;

/// <summary>
/// /api/v1/ocds: every published procedure, its award and its contracts as Open Contracting Data Standard 1.1, for
/// anyone: release and record packages per procedure, and the bulk packages of all procedures.
/// </summary>
public static class OcdsApi
{
    private static readonly JsonSerializerOptions Opmaak = new() { WriteIndented = false };

    public static void MapOcdsApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/ocds").WithTags("OCDS").AllowAnonymous();

        groep.MapGet("/releases", ReleasesAsync)
            .WithSummary("Alle releases (bulkbestand): elke gepubliceerde aanbesteding, gunning en raamovereenkomst in OCDS 1.1");

        groep.MapGet("/records", RecordsAsync)
            .WithSummary("Alle records (bulkbestand): per aanbesteding de releases en de samengestelde stand");

        groep.MapGet("/aanbestedingen/{id:int}/releases", ReleasesVanAsync)
            .WithSummary("De releases van één aanbesteding")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        groep.MapGet("/aanbestedingen/{id:int}/record", RecordVanAsync)
            .WithSummary("Het record van één aanbesteding: alle releases en de samengestelde stand")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<ContentHttpResult> ReleasesAsync(IOptions<OcdsOptions> opties, [AsParameters] ApiDiensten d)
    {
        var processen = await OcdsPublicatie.ProcessenAsync(d.Db, null, d.Ct);
        var releases = processen.SelectMany(p => OcdsPublicatie.Releases(p, opties.Value.Prefix, NlFormat.DatumInAmsterdam(d.Nu)));
        return Json(OcdsPublicatie.ReleasePakket(releases, Uri(d.Http), opties.Value.Uitgever, d.Nu));
    }

    public static async Task<ContentHttpResult> RecordsAsync(IOptions<OcdsOptions> opties, [AsParameters] ApiDiensten d)
    {
        var processen = await OcdsPublicatie.ProcessenAsync(d.Db, null, d.Ct);
        return Json(OcdsPublicatie.RecordPakket(processen, opties.Value.Prefix, Uri(d.Http), opties.Value.Uitgever, d.Nu));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReleasesVanAsync(int id, IOptions<OcdsOptions> opties, [AsParameters] ApiDiensten d)
    {
        var processen = await OcdsPublicatie.ProcessenAsync(d.Db, id, d.Ct);
        return processen.Count == 0
            ? NietGevonden(id)
            : Json(OcdsPublicatie.ReleasePakket(OcdsPublicatie.Releases(processen[0], opties.Value.Prefix, NlFormat.DatumInAmsterdam(d.Nu)), Uri(d.Http), opties.Value.Uitgever, d.Nu));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> RecordVanAsync(int id, IOptions<OcdsOptions> opties, [AsParameters] ApiDiensten d)
    {
        var processen = await OcdsPublicatie.ProcessenAsync(d.Db, id, d.Ct);
        return processen.Count == 0
            ? NietGevonden(id)
            : Json(OcdsPublicatie.RecordPakket(processen, opties.Value.Prefix, Uri(d.Http), opties.Value.Uitgever, d.Nu));
    }

    private static ContentHttpResult Json(JsonObject pakket) => TypedResults.Content(pakket.ToJsonString(Opmaak), "application/json");

    private static string Uri(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}";

    private static ProblemHttpResult NietGevonden(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"Er is geen gepubliceerde aanbesteding {id}.");
}
