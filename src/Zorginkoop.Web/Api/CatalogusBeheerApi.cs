using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Web.Api;

/// <param name="Domein">jeugd or wmo.</param>
/// <param name="Categorie">The national 2-digit product category (LDT_ProductCategorie) of the domain.</param>
/// <param name="Eenheid">The unit's code (WJ756), such as 04 (uur).</param>
/// <param name="Segment">The code of one of the region's segments, or absent.</param>
/// <param name="GeldigVan">The first day of this version; with the code it names the version (see /producten/{regio}/{code}).</param>
public sealed record ProductInvoerModel(
    string? Naam, string? Domein, string? Categorie, string? Monitorgroep, string? Eenheid, string? Segment, DateOnly? GeldigVan, DateOnly? GeldigTot,
    string? LandelijkeCode);

/// <param name="BedragCent">Per unit, in eurocents (as iJw/iWmo carry money).</param>
/// <param name="GeldigTot">The last day, or absent for open-ended.</param>
public sealed record TariefInvoerModel(long? BedragCent, DateOnly? GeldigTot);

/// <summary>
/// Catalogue changes for those who manage a region's catalogue (inkoper, contractmanager, beheerder of that region),
/// through the same use cases and rules as the pages: a product version (PUT /producten/{regio}/{code}) and its
/// tariff periods (PUT …/tarieven/{ingang}). Another region's catalogue answers 404 (decision record 0009).
/// </summary>
public static class CatalogusBeheerApi
{
    public static void MapCatalogusBeheerApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/producten/{regio}/{code}").WithTags("Catalogus").RequireAuthorization(Policies.CatalogusBeheren)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        groep.MapPut("", ProductAsync)
            .WithSummary("Een productversie aanmaken of wijzigen")
            .WithDescription("Een productcode kan meer versies hebben, elk met een eigen geldigheidsperiode die niet overlapt. De versie is die met " +
                "dezelfde `geldigVan` als in de body; bestaat die niet, dan komt er een nieuwe versie (201). Om de begindatum van een versie zelf te " +
                "wijzigen, noem de bestaande begindatum in `versieVan` (yyyy-MM-dd). Dezelfde regels als op de catalogus-pagina's.")
            .Produces<ProductModel>(StatusCodes.Status201Created);
        groep.MapPut("/tarieven/{ingang}", TariefAsync)
            .WithSummary("Het tarief vanaf een dag vastleggen (een tariefperiode aanmaken of wijzigen)")
            .WithDescription("`ingang` (yyyy-MM-dd) is de eerste dag van het tarief en kiest de productversie die op die dag geldt. Bestaat er al een " +
                "tarief dat op die dag ingaat, dan wordt dat gewijzigd, anders komt er een bij (201). Tarieven van één versie overlappen niet en vallen " +
                "binnen de geldigheid van de versie. Het antwoord is de productversie met al haar tarieven.")
            .Produces<ProductModel>(StatusCodes.Status201Created);
    }

    public static async Task<Results<Ok<ProductModel>, Created<ProductModel>, ValidationProblem, ProblemHttpResult>> ProductAsync(string regio, string code,
        string? versieVan, ProductInvoerModel invoer, [AsParameters] ApiDiensten d)
    {
        if (await RegioAsync(regio, d) is not { } regioId)
        {
            return NietGevonden($"Er is geen regio '{regio}' waarvan u de catalogus beheert.");
        }

        if (!ApiDatum.Lees(versieVan, out var versieDag))
        {
            return ApiProblems.Validatie(new Weigering("product.versie-datum", "VersieVan", "Geef versieVan als yyyy-MM-dd: de begindatum van de versie die u wijzigt."));
        }

        var versies = await d.Db.Producten.AsNoTracking().Where(p => p.RegioId == regioId && p.Code == code).Select(p => new { p.Id, p.GeldigVan }).ToListAsync(d.Ct);
        var bestaand = versies.FirstOrDefault(v => v.GeldigVan == (versieVan is null ? invoer.GeldigVan : versieDag));
        if (versieVan is not null && bestaand is null)
        {
            return NietGevonden($"Product {code} heeft geen versie die ingaat op {versieVan}.");
        }

        int? segmentId = null;
        if (!string.IsNullOrWhiteSpace(invoer.Segment))
        {
            segmentId = await d.Db.Segmenten.Where(s => s.RegioId == regioId && s.Code == invoer.Segment).Select(s => (int?)s.Id).SingleOrDefaultAsync(d.Ct);
            if (segmentId is null)
            {
                return ApiProblems.Validatie(new Weigering("product.segment-onbekend", "Segment", $"Segment '{invoer.Segment}' bestaat niet in deze regio."));
            }
        }

        var resultaat = await ProductOpslaan.HandleAsync(d.Db, regio, bestaand?.Id, new(code, invoer.Naam, invoer.Domein, invoer.Categorie, invoer.Monitorgroep,
            invoer.Eenheid, segmentId, invoer.GeldigVan, invoer.GeldigTot, invoer.LandelijkeCode), d.Ct);
        if (!resultaat.Gelukt)
        {
            return Geweigerd(resultaat.Weigeringen);
        }

        var model = await ModelAsync(resultaat.Waarde!.Id, d);
        return bestaand is null ? TypedResults.Created($"{ApiRegistration.Basis}/producten/{regio}/{code}", model) : TypedResults.Ok(model);
    }

    public static async Task<Results<Ok<ProductModel>, Created<ProductModel>, ValidationProblem, ProblemHttpResult>> TariefAsync(string regio, string code,
        string ingang, TariefInvoerModel invoer, [AsParameters] ApiDiensten d)
    {
        if (await RegioAsync(regio, d) is not { } regioId)
        {
            return NietGevonden($"Er is geen regio '{regio}' waarvan u de catalogus beheert.");
        }

        if (!ApiDatum.Lees(ingang, out var dag) || dag is not { } van)
        {
            return ApiProblems.Validatie(new Weigering("tarief.ingang", "Ingang", "Geef de ingangsdatum in het pad als yyyy-MM-dd, zoals 2026-01-01."));
        }

        var versies = await d.Db.Producten.AsNoTracking().Include(p => p.Tarieven).Where(p => p.RegioId == regioId && p.Code == code).ToListAsync(d.Ct);
        if (versies.FirstOrDefault(p => p.Geldigheid.Bevat(van)) is not { } product)
        {
            return NietGevonden(versies.Count == 0 ? $"Regio '{regio}' heeft geen product met code '{code}'." : $"Geen versie van product {code} geldt op {ingang}.");
        }

        var bestaand = product.Tarieven.FirstOrDefault(t => t.GeldigVan == van);
        var resultaat = await TariefOpslaan.HandleAsync(d.Db, regio, product.Id, bestaand?.Id, invoer.BedragCent, van, invoer.GeldigTot,
            "Geef bedragCent: het tarief per eenheid in eurocent, een geheel getal, zoals 12550 voor € 125,50.", d.Ct);
        if (!resultaat.Gelukt)
        {
            return Geweigerd(resultaat.Weigeringen.Select(w => w with { Veld = w.Veld switch { "Bedrag" or "BedragCent" => "BedragCent", "GeldigVan" => "Ingang", _ => w.Veld } }).ToList());
        }

        var model = await ModelAsync(product.Id, d);
        return bestaand is null ? TypedResults.Created($"{ApiRegistration.Basis}/producten/{regio}/{code}", model) : TypedResults.Ok(model);
    }

    /// <summary>The region's id when this user manages its catalogue; null (404) otherwise, as for a region that does not exist.</summary>
    private static async Task<int?> RegioAsync(string regio, ApiDiensten d) =>
        await d.Db.Regios.Where(r => r.Code == regio).Select(r => (int?)r.Id).SingleOrDefaultAsync(d.Ct) is { } id && await d.InRegioAsync(id) ? id : null;

    private static async Task<ProductModel> ModelAsync(int id, ApiDiensten d) => CatalogusApi.Product(await CatalogusApi.Producten(d).SingleAsync(p => p.Id == id, d.Ct), null);

    /// <summary>The rules name the product's properties; the body names its fields.</summary>
    private static Results<Ok<ProductModel>, Created<ProductModel>, ValidationProblem, ProblemHttpResult> Geweigerd(IReadOnlyList<Weigering> weigeringen) =>
        weigeringen.Any(w => w.Code is "product.niet-gevonden" or "tarief.niet-gevonden")
            ? NietGevonden(weigeringen[0].Tekst)
            : ApiProblems.Validatie(weigeringen.Select(w => w with
            {
                Veld = w.Veld switch { "CategorieCode" => "Categorie", "EenheidCode" => "Eenheid", "SegmentId" => "Segment", _ => w.Veld },
            }));

    private static ProblemHttpResult NietGevonden(string uitleg) => TypedResults.Problem(uitleg, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
}
