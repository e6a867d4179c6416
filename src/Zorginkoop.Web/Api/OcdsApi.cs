using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Formatting;
using Zorginkoop.Ocds;

namespace Zorginkoop.Web.Api;

/// <summary>
/// /api/v1/ocds: every published procedure, its award and its contracts as Open Contracting Data Standard 1.1, for
/// anyone: the releases as they were stored when their events happened (<see cref="OcdsVastlegging"/>), per procedure
/// and in bulk, paged by date, and the records with the release compiled from them.
/// </summary>
public static class OcdsApi
{
    /// <summary>Bulk pages are larger than other lists: a release is one object, and a harvester wants few requests.</summary>
    private const int MaxPerPagina = 1000;

    public static void MapOcdsApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/ocds").WithTags("OCDS").AllowAnonymous();

        groep.MapGet("/releases", ReleasesAsync)
            .WithSummary("Alle releases (bulkbestand) in volgorde van datum, per pagina")
            .WithDescription("Elke release zoals die bij haar gebeurtenis is vastgelegd (publicatie, rectificatie, gunning, raamovereenkomst, latere wijziging). " +
                "Filter met `vanaf` en `tot` (yyyy-MM-dd, Nederlandse tijd, beide inclusief); `links.next` in het pakket wijst naar de volgende pagina. " +
                $"`paginaGrootte` ten hoogste {MaxPerPagina}.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified).ProducesValidationProblem();

        groep.MapGet("/records", RecordsAsync)
            .WithSummary("Alle records (bulkbestand): per aanbesteding de releases en de samengestelde stand, per pagina")
            .WithDescription("Met `vanaf` en `tot` alleen de aanbestedingen met een release in die periode (om bij te werken wat sinds een datum veranderde).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified).ProducesValidationProblem();

        groep.MapGet("/aanbestedingen/{id:int}/releases", ReleasesVanAsync)
            .WithSummary("De releases van één aanbesteding")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        groep.MapGet("/aanbestedingen/{id:int}/record", RecordVanAsync)
            .WithSummary("Het record van één aanbesteding: alle releases en de samengestelde stand")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<IResult> ReleasesAsync(string? vanaf, string? tot, int? pagina, int? paginaGrootte, IOptions<OcdsOptions> opties,
        [AsParameters] ApiDiensten d)
    {
        if (Periode(vanaf, tot) is not { } periode)
        {
            return ApiProblems.Validatie(PeriodeOngeldig);
        }

        var (p, grootte) = Pagina(pagina, paginaGrootte);
        var rijen = await InPeriode(d, periode).OrderBy(r => r.Datum).ThenBy(r => r.Id).Skip((p - 1) * grootte).Take(grootte + 1).ToListAsync(d.Ct);
        if (p > 1 && rijen.Count == 0)
        {
            return ApiProblems.Validatie(VoorbijEinde(p));
        }

        var pakket = OcdsPublicatie.ReleasePakket(rijen.Take(grootte).Select(Json), Uri(d.Http), opties.Value.Uitgever, d.Nu);
        Links(pakket, d.Http, p, grootte, rijen.Count > grootte);
        return Antwoord(d.Http, pakket, rijen.Take(grootte));
    }

    public static async Task<IResult> RecordsAsync(string? vanaf, string? tot, int? pagina, int? paginaGrootte, IOptions<OcdsOptions> opties, [AsParameters] ApiDiensten d)
    {
        if (Periode(vanaf, tot) is not { } periode)
        {
            return ApiProblems.Validatie(PeriodeOngeldig);
        }

        var (p, grootte) = Pagina(pagina, paginaGrootte);
        var ids = await InPeriode(d, periode).Select(r => r.AanbestedingId).Distinct().OrderBy(id => id).Skip((p - 1) * grootte).Take(grootte + 1).ToListAsync(d.Ct);
        if (p > 1 && ids.Count == 0)
        {
            return ApiProblems.Validatie(VoorbijEinde(p));
        }

        var rijen = await VanAsync(d, ids.Take(grootte).ToList());
        var pakket = OcdsPublicatie.RecordPakket(Records(rijen), Uri(d.Http), opties.Value.Uitgever, d.Nu);
        Links(pakket, d.Http, p, grootte, ids.Count > grootte);
        return Antwoord(d.Http, pakket, rijen);
    }

    public static async Task<IResult> ReleasesVanAsync(int id, IOptions<OcdsOptions> opties, [AsParameters] ApiDiensten d)
    {
        var rijen = await VanAsync(d, [id]);
        return rijen.Count == 0
            ? NietGevonden(id)
            : Antwoord(d.Http, OcdsPublicatie.ReleasePakket(rijen.Select(Json), Uri(d.Http), opties.Value.Uitgever, d.Nu), rijen);
    }

    public static async Task<IResult> RecordVanAsync(int id, IOptions<OcdsOptions> opties, [AsParameters] ApiDiensten d)
    {
        var rijen = await VanAsync(d, [id]);
        return rijen.Count == 0
            ? NietGevonden(id)
            : Antwoord(d.Http, OcdsPublicatie.RecordPakket(Records(rijen), Uri(d.Http), opties.Value.Uitgever, d.Nu), rijen);
    }

    private static Weigering VoorbijEinde(int pagina) =>
        new("api.pagina-voorbij-einde", "Pagina", $"Pagina {pagina} bestaat niet: de vorige pagina was de laatste (zonder links.next).");

    private static readonly Weigering PeriodeOngeldig = new("ocds.periode", "Vanaf", "Geef vanaf en tot als yyyy-MM-dd, met vanaf niet na tot, bijvoorbeeld vanaf=2024-01-01.");

    /// <summary>The period as moments (from the start of <c>vanaf</c> to the end of <c>tot</c>, Dutch time), or null when it is not a valid one.</summary>
    private static (DateTimeOffset? Van, DateTimeOffset? Tot)? Periode(string? vanaf, string? tot)
    {
        if (!ApiDatum.Lees(vanaf, out var van) || !ApiDatum.Lees(tot, out var totDag) || (van is { } a && totDag is { } b && a > b))
        {
            return null;
        }

        return (Middernacht(van), Middernacht(totDag?.AddDays(1)));
    }

    private static DateTimeOffset? Middernacht(DateOnly? dag) => dag is { } x ? NlFormat.AlsAmsterdamseTijd(x.ToDateTime(TimeOnly.MinValue)) : null;

    private static IQueryable<OcdsRelease> InPeriode(ApiDiensten d, (DateTimeOffset? Van, DateTimeOffset? Tot) periode)
    {
        var q = d.Db.OcdsReleases.AsNoTracking();
        if (periode.Van is { } van)
        {
            q = q.Where(r => r.Datum >= van);
        }

        if (periode.Tot is { } tot)
        {
            q = q.Where(r => r.Datum < tot);
        }

        return q;
    }

    private static (int, int) Pagina(int? pagina, int? grootte) =>
        (pagina is > 0 ? pagina.Value : 1, grootte is > 0 ? Math.Min(grootte.Value, MaxPerPagina) : ApiPaging.Max);

    private static async Task<List<OcdsRelease>> VanAsync(ApiDiensten d, List<int> ids) =>
        (await d.Db.OcdsReleases.AsNoTracking().Where(r => ids.Contains(r.AanbestedingId)).ToListAsync(d.Ct))
            .OrderBy(r => r.AanbestedingId).ThenBy(r => r.Datum).ThenBy(r => r.Id).ToList();

    private static IEnumerable<(string, IReadOnlyList<JsonObject>)> Records(List<OcdsRelease> rijen) =>
        rijen.GroupBy(r => r.AanbestedingId).Select(g => (g.First().Ocid, (IReadOnlyList<JsonObject>)[.. g.Select(Json)]));

    private static JsonObject Json(OcdsRelease r) => JsonNode.Parse(r.Json)!.AsObject();

    /// <summary>OCDS paging: <c>links.next</c> and <c>links.prev</c> in the package, with the same filters.</summary>
    private static void Links(JsonObject pakket, HttpContext http, int pagina, int grootte, bool meer)
    {
        var links = new JsonObject();
        if (meer)
        {
            links["next"] = MetPagina(http, pagina + 1, grootte);
        }

        if (pagina > 1)
        {
            links["prev"] = MetPagina(http, pagina - 1, grootte);
        }

        if (links.Count > 0)
        {
            pakket["links"] = links;
        }
    }

    private static string MetPagina(HttpContext http, int pagina, int grootte)
    {
        var query = http.Request.Query.Where(q => q.Key is not ("pagina" or "paginaGrootte"))
            .Select(q => $"{q.Key}={System.Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"pagina={pagina.ToString(CultureInfo.InvariantCulture)}").Append($"paginaGrootte={grootte.ToString(CultureInfo.InvariantCulture)}");
        return $"{Uri(http)}?{string.Join('&', query)}";
    }

    /// <summary>
    /// The package, with conditional GET (RFC 9110 §13): stored releases never change, so the ids of those in the answer,
    /// the request's own address and its paging links tag it; the package's publishedDate (the moment of asking) takes no part.
    /// </summary>
    private static IResult Antwoord(HttpContext http, JsonObject pakket, IEnumerable<OcdsRelease> rijen)
    {
        var lijst = rijen.ToList();
        var tag = ApiVoorwaardelijk.Tag(Encoding.UTF8.GetBytes($"{http.Request.Path}{http.Request.QueryString}|{string.Join(',', lijst.Select(r => r.Id))}|{pakket["links"]?.ToJsonString()}"));
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = tag;
        if (lijst.Count > 0)
        {
            var laatste = lijst.Max(r => r.Datum);
            headers.LastModified = new DateTimeOffset(laatste.UtcTicks - (laatste.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        }

        // Only the tag: a release's date is its event's, not when it was stored, so it cannot answer If-Modified-Since.
        return ApiVoorwaardelijk.NietGewijzigd(http, tag, null)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Content(pakket.ToJsonString(), "application/json");
    }

    private static string Uri(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}";

    private static ProblemHttpResult NietGevonden(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"Er is geen gepubliceerde aanbesteding {id}.");
}
