using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Pages.Zorgdata;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Api;

/// <param name="Resultaat">bezig, gelukt, geweigerd (nothing stored), al-geimporteerd or afgebroken (nothing stored).</param>
/// <param name="Meldingen">The first problems, each with its line and reason (never a BSN).</param>
/// <param name="Gemeenten">The municipalities (CBS codes) the file's lines were of.</param>
/// <param name="Status">The web page that follows this run, relative to the site; absent for runs of the CLI.</param>
public sealed record ImportrunModel(
    int Id, string Bestandsnaam, string Sha256, string Formaat, string Gebruiker, DateTimeOffset Gestart, DateTimeOffset? Beeindigd, double? DuurSeconden,
    string Resultaat, int Regels, int Toegevoegd, int AlAanwezig, IReadOnlyList<string> Meldingen, IReadOnlyList<string> Gemeenten, string? Status);

public sealed record ImportrunsLijst(IReadOnlyList<ImportrunModel> Importruns, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

/// <param name="Fase">wacht (in the queue), bezig or klaar.</param>
/// <param name="Melding">What the status page says, in Dutch.</param>
/// <param name="Procent">How much of the file is read, while that is known.</param>
/// <param name="Importrun">The run's record, once the import has started (its result and counts when klaar).</param>
/// <param name="Fout">Why the import stopped without storing anything, when it did.</param>
public sealed record ImportopdrachtModel(Guid Opdracht, string Bestandsnaam, string Fase, string Melding, int? Procent, ImportrunModel? Importrun, string? Fout);

/// <summary>
/// /api/v1/zorgdata/importruns: the care data imports with their status and counts, for those who import (inkoper,
/// analist, beheerder), with the list's visibility of /zorgdata: their own runs and those of their regions' municipalities.
/// </summary>
public static class ZorgdataApi
{
    public static void MapZorgdataApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/zorgdata/importruns").WithTags("Zorgdata").RequireAuthorization(Policies.ZorgdataImporteren)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groep.MapGet("", ImportrunsAsync).MetVersie(zorgdata: true).WithSummary("Importruns van zorggegevens, nieuwste eerst; filter `resultaat`");
        groep.MapGet("/{id:int}", ImportrunAsync).MetVersie(zorgdata: true).WithSummary("Eén importrun: bestand, wie, wanneer, aantallen en meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);
        groep.MapPost("", ImporterenAsync)
            .WithSummary("Een bestand met zorggegevens importeren (CSV, iJw/iWmo-bericht of ZIP met berichten): 202 met het adres van de opdracht")
            .WithDescription("Stuur het bestand als de body van het verzoek (niet als formulier), met `Content-Type` text/csv, application/xml, application/zip of " +
                "application/octet-stream en de naam in `bestandsnaam` (of in Content-Disposition). Een ZIP met berichten (en CSV-bestanden) is één import: " +
                "toewijzingen, starts en stops, declaraties en declaratie-antwoorden gaan in die volgorde in, alle of geen. " +
                "Het bestand wordt versleuteld opgeslagen terwijl het binnenkomt " +
                "en daarna geïmporteerd door dezelfde importer als `zorginkoop zorgdata import`: alles of niets, BSN's gepseudonimiseerd, alleen regels van " +
                "gemeenten van uw eigen regio's. Het antwoord 202 wijst in `Location` naar /zorgdata/importopdrachten/{opdracht}, dat de voortgang en " +
                "daarna de uitkomst geeft. Ten hoogste " + Zorginkoop.Documenten.Documentbeheer.Grootte(ZorgdataUpload.MaxBytes) + ".")
            // Described, not declared with Accepts: that metadata would let routing answer 415 before authorisation's 401.
            .AddOpenApiOperationTransformer((operatie, _, _) =>
            {
                var bestand = new Microsoft.OpenApi.OpenApiMediaType { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, Format = "binary" } };
                // One binary media type: with several (text/csv as well) NSwag generates a client that does not compile
                // (GegenereerdeClientTests found it); the description names the other accepted types.
                operatie.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = $"Het bestand zelf (CSV, iJw/iWmo-bericht of ZIP met berichten); als Content-Type ook {string.Join(", ", Soorten.Where(x => x != "application/octet-stream"))}.",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType> { ["application/octet-stream"] = bestand },
                };
                return Task.CompletedTask;
            })
            .Produces<ImportopdrachtModel>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            // The file is counted while it streams (MaxBytes); Kestrel's default of 30 MB would stop it first.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ZorgdataUpload.MaxBytes + 1));

        var opdrachten = api.MapGroup("/zorgdata/importopdrachten").WithTags("Zorgdata").RequireAuthorization(Policies.ZorgdataImporteren)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        opdrachten.MapGet("/{opdracht:guid}", OpdrachtAsync)
            .WithSummary("De voortgang van een import die u startte, en daarna de importrun met de uitkomst")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static readonly string[] Soorten = ["text/csv", "application/xml", "text/xml", "application/zip", "application/octet-stream", "text/plain"];

    public static async Task<Results<Accepted<ImportopdrachtModel>, ValidationProblem, ProblemHttpResult>> ImporterenAsync(string? bestandsnaam,
        Achtergrond.ImportQueue wachtrij, Microsoft.Extensions.Options.IOptions<Data.OpslagOptions> opslag, [AsParameters] ApiDiensten d)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(d.Http.Request.ContentType, out var soort)
            || !Soorten.Contains(soort.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem($"Stuur het bestand als body met Content-Type {string.Join(", ", Soorten)}; een formulier (multipart) kan alleen op de pagina /zorgdata.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Niet ondersteund bestandstype");
        }

        if (d.Http.Request.ContentLength > ZorgdataUpload.MaxBytes)
        {
            return TypedResults.Problem(ZorgdataUpload.TeGroot, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Bestand te groot");
        }

        // Only the last part of a name: "../../etc/x.csv" is recorded as x.csv.
        var naam = Path.GetFileName((bestandsnaam ?? BestandsnaamUitHeader(d.Http) ?? "").Replace('\\', '/'));
        if (naam.Length > 200)
        {
            return ApiProblems.Validatie(new Weigering("zorgdata.bestandsnaam", "Bestandsnaam", "Een bestandsnaam is ten hoogste 200 tekens."));
        }

        var gemeenten = await ImportBereik.GemeentenAsync(d.Db, d.Http.User, d.Ct);
        var (id, fout) = await ZorgdataUpload.PlaatsAsync(d.Http.Request.Body, naam.Length == 0 ? "upload" : naam, d.Wie, gemeenten, wachtrij, opslag.Value.DataMap, d.Ct);
        if (id is not { } opdracht)
        {
            return fout == ZorgdataUpload.TeGroot
                ? TypedResults.Problem(fout, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Bestand te groot")
                : ApiProblems.Validatie(new Weigering("zorgdata.leeg", "Bestand", fout!));
        }

        // The run's record is written when the worker starts it: the answer tells the phase; the status address the rest.
        return TypedResults.Accepted($"{ApiRegistration.Basis}/zorgdata/importopdrachten/{opdracht:D}", OpdrachtModel(wachtrij.Status(opdracht)!, null));
    }

    public static async Task<Results<Ok<ImportopdrachtModel>, ProblemHttpResult>> OpdrachtAsync(Guid opdracht, Achtergrond.ImportQueue wachtrij, [AsParameters] ApiDiensten d)
    {
        // Only the one who started an import follows it, as on its status page.
        var run = await Achtergrond.ImportQueue.EigenRunAsync(d.Db.Zorgdata, opdracht, d.Wie, d.Ct);
        var status = wachtrij.EigenStatus(opdracht, d.Wie) ?? (run is null ? null : Achtergrond.ImportJobStatus.VanRun(run));
        if (status is null)
        {
            return TypedResults.Problem($"Er is geen importopdracht {opdracht} die u startte.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
        }

        if (status.Fase != "klaar")
        {
            // A client that polls may ask again in two seconds (RFC 9110 §10.2.3).
            d.Http.Response.Headers.RetryAfter = "2";
        }

        return TypedResults.Ok(OpdrachtModel(status, run));
    }

    private static ImportopdrachtModel OpdrachtModel(Achtergrond.ImportJobStatus status, Importrun? run) =>
        new(status.Opdracht.Id, status.Opdracht.Bestandsnaam, status.Fase, status.Melding, status.Procent, run is null ? null : Model(run), status.Fout);

    private static string? BestandsnaamUitHeader(HttpContext http) =>
        Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(http.Request.Headers.ContentDisposition.ToString(), out var cd)
            ? Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(cd.FileNameStar).Value ?? Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(cd.FileName).Value
            : null;

    public static async Task<Ok<ImportrunsLijst>> ImportrunsAsync(string? resultaat, int? pagina, int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        var q = (await ImportBereik.ZichtbaarAsync(d.Db, d.Http.User, d.Ct)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(resultaat))
        {
            q = q.Where(r => r.Resultaat == resultaat);
        }

        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
        var lijst = await q.OrderByDescending(r => r.Id).Skip((p - 1) * grootte).Take(grootte).ToListAsync(d.Ct);
        return TypedResults.Ok(new ImportrunsLijst([.. lijst.Select(Model)], totaal, p, grootte));
    }

    public static async Task<Results<Ok<ImportrunModel>, ProblemHttpResult>> ImportrunAsync(int id, [AsParameters] ApiDiensten d)
    {
        var run = await (await ImportBereik.ZichtbaarAsync(d.Db, d.Http.User, d.Ct)).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, d.Ct);
        return run is null
            ? TypedResults.Problem($"Er is geen importrun {id} die u mag zien.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden")
            : TypedResults.Ok(Model(run));
    }

    private static ImportrunModel Model(Importrun r) => new(r.Id, r.Bestandsnaam, r.Sha256, r.Formaat, r.Gebruiker, r.Gestart.ToUniversalTime(),
        r.Beeindigd?.ToUniversalTime(), r.Duur?.TotalSeconds, r.Resultaat, r.Regels, r.Toegevoegd, r.AlAanwezig,
        r.Meldingen?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [],
        r.Gemeenten?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [],
        r.Opdracht is { } o ? "/zorgdata/import/" + o.ToString("D", CultureInfo.InvariantCulture) : null);
}
