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

public sealed record ImportrunsLijst(IReadOnlyList<ImportrunModel> Importruns, int Totaal, int Pagina, int PaginaGrootte);

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
    }

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
