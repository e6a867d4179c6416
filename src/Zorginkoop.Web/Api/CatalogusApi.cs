using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Web.Api;

public sealed record GemeenteVerwijzing(string Code, string Naam);

public sealed record RegioModel(string Code, string Naam, string? Kleur, IReadOnlyList<GemeenteVerwijzing> Gemeenten);

public sealed record RegiosLijst(IReadOnlyList<RegioModel> Regios, int Totaal);

/// <param name="Regios">The codes of the regions the municipality buys care with (usually one).</param>
public sealed record GemeenteModel(string Code, string Naam, string? Provincie, IReadOnlyList<string> Regios);

public sealed record GemeentenLijst(IReadOnlyList<GemeenteModel> Gemeenten, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

public sealed record EenheidModel(string Code, string Omschrijving);

public sealed record SegmentVerwijzing(string Code, string Naam);

/// <param name="BedragCent">Per unit, in eurocents (as iJw/iWmo carry money).</param>
public sealed record TariefModel(long BedragCent, DateOnly GeldigVan, DateOnly? GeldigTot);

/// <param name="Categorie">The national 2-digit product category (LDT_ProductCategorie).</param>
/// <param name="LandelijkeCode">The national product code the region's own code maps onto, when there is one.</param>
public sealed record ProductModel(
    int Id, string Regio, string Code, string Naam, Domein Domein, string Categorie, string Monitorgroep, EenheidModel Eenheid, SegmentVerwijzing? Segment,
    DateOnly? GeldigVan, DateOnly? GeldigTot, string? LandelijkeCode, IReadOnlyList<TariefModel> Tarieven);

public sealed record ProductenLijst(IReadOnlyList<ProductModel> Producten, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

public sealed record ZorgaanbiederModel(
    int Id, string Naam, string KvkNummer, string? Vestigingsnummer, string AgbCode, string? Straat, string? Huisnummer, string? Postcode, string? Plaats,
    string? Contactpersoon, string? Email, string? Telefoon, string? Website);

public sealed record ZorgaanbiedersLijst(IReadOnlyList<ZorgaanbiederModel> Zorgaanbieders, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

/// <summary>
/// /api/v1/regios, /gemeenten, /producten and /zorgaanbieders: the catalogue and the provider register, public as their
/// pages are, for systems that need the region's own product codes, units and tariffs.
/// </summary>
public static class CatalogusApi
{
    public static void MapCatalogusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/regios", RegiosAsync).WithTags("Catalogus").AllowAnonymous().MetVersie()
            .WithSummary("Regio's met hun gemeenten");
        api.MapGet("/regios/{code}", RegioAsync).WithTags("Catalogus").AllowAnonymous().MetVersie()
            .WithSummary("Eén regio met haar gemeenten").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/gemeenten", GemeentenAsync).WithTags("Catalogus").AllowAnonymous().MetVersie()
            .WithSummary("Gemeenten (CBS 2026) met de regio's waarin zij inkopen; filters regio en provincie");
        api.MapGet("/producten", ProductenAsync).WithTags("Catalogus").AllowAnonymous().MetVersie()
            .WithSummary("Producten met eenheid, landelijke categorie, segment en tarieven per periode")
            .WithDescription("Filters: `regio`, `domein` (jeugd of wmo), `segment` (code), `code` (de productcode van de regio), " +
                "`peildatum` (yyyy-MM-dd: alleen producten die die dag gelden, met het tarief van die dag). Tarieven in eurocent per eenheid.")
            .ProducesValidationProblem();
        api.MapGet("/producten/{regio}/{code}", ProductAsync).WithTags("Catalogus").AllowAnonymous().MetVersie()
            .WithSummary("De versies van één productcode van een regio (elk met een eigen geldigheid), met hun tarieven")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/zorgaanbieders", ZorgaanbiedersAsync).WithTags("Catalogus").AllowAnonymous().MetVersie()
            .WithSummary("Zorgaanbieders met KvK-nummer en AGB-code; `zoek` op naam, plaats, KvK-nummer of AGB-code");
        api.MapGet("/zorgaanbieders/{id:int}", ZorgaanbiederAsync).WithTags("Catalogus").AllowAnonymous().MetVersie()
            .WithSummary("Eén zorgaanbieder").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<RegiosLijst>> RegiosAsync([AsParameters] ApiDiensten d)
    {
        var regios = await d.Db.Regios.AsNoTracking().Include(r => r.Gemeenten).OrderBy(r => r.Code).ToListAsync(d.Ct);
        return TypedResults.Ok(new RegiosLijst([.. regios.Select(Regio)], regios.Count));
    }

    public static async Task<Results<Ok<RegioModel>, ProblemHttpResult>> RegioAsync(string code, [AsParameters] ApiDiensten d)
    {
        var regio = await d.Db.Regios.AsNoTracking().Include(r => r.Gemeenten).SingleOrDefaultAsync(r => r.Code == code, d.Ct);
        return regio is null ? NietGevonden($"Er is geen regio met code '{code}'.") : TypedResults.Ok(Regio(regio));
    }

    public static async Task<Ok<GemeentenLijst>> GemeentenAsync(string? regio, string? provincie, int? pagina, int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        var q = d.Db.Gemeenten.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(regio))
        {
            q = q.Where(g => g.Regios.Any(r => r.Code == regio));
        }

        if (!string.IsNullOrWhiteSpace(provincie))
        {
            q = q.Where(g => g.Provincie == provincie);
        }

        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
        var lijst = await q.OrderBy(g => g.Code).Skip((p - 1) * grootte).Take(grootte)
            .Select(g => new GemeenteModel(g.Code, g.Naam, g.Provincie, g.Regios.OrderBy(r => r.Code).Select(r => r.Code).ToList())).ToListAsync(d.Ct);
        return TypedResults.Ok(new GemeentenLijst(lijst, totaal, p, grootte));
    }

    public static async Task<Results<Ok<ProductenLijst>, ValidationProblem>> ProductenAsync(string? regio, string? domein, string? segment, string? code,
        string? peildatum, int? pagina, int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        if (!ApiDatum.Lees(peildatum, out var dag))
        {
            return ApiProblems.Validatie(new Weigering("producten.peildatum", "Peildatum", "Geef de peildatum als yyyy-MM-dd, bijvoorbeeld 2026-01-01."));
        }

        if (!string.IsNullOrWhiteSpace(domein) && !DomeinCodes.TryParse(domein, out _))
        {
            return ApiProblems.Validatie(new Weigering("producten.domein-onbekend", "Domein", "Kies als domein jeugd of wmo."));
        }

        var q = Producten(d);
        if (!string.IsNullOrWhiteSpace(regio))
        {
            q = q.Where(p => p.Regio!.Code == regio);
        }

        if (DomeinCodes.TryParse(domein, out var gekozen))
        {
            q = q.Where(p => p.Domein == gekozen);
        }

        if (!string.IsNullOrWhiteSpace(segment))
        {
            q = q.Where(p => p.Segment!.Code == segment);
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            q = q.Where(p => p.Code == code);
        }

        if (dag is { } dd)
        {
            q = q.Where(p => (p.GeldigVan == null || p.GeldigVan <= dd) && (p.GeldigTot == null || dd <= p.GeldigTot));
        }

        var (pg, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
        var lijst = await q.OrderBy(p => p.Regio!.Code).ThenBy(p => p.Code).ThenBy(p => p.GeldigVan).ThenBy(p => p.Id)
            .Skip((pg - 1) * grootte).Take(grootte).ToListAsync(d.Ct);
        return TypedResults.Ok(new ProductenLijst([.. lijst.Select(p => Product(p, dag))], totaal, pg, grootte));
    }

    public static async Task<Results<Ok<ProductenLijst>, ProblemHttpResult>> ProductAsync(string regio, string code, [AsParameters] ApiDiensten d)
    {
        var versies = await Producten(d).Where(p => p.Regio!.Code == regio && p.Code == code).OrderBy(p => p.GeldigVan).ThenBy(p => p.Id).ToListAsync(d.Ct);
        return versies.Count == 0
            ? NietGevonden($"Regio '{regio}' heeft geen product met code '{code}'.")
            : TypedResults.Ok(new ProductenLijst([.. versies.Select(p => Product(p, null))], versies.Count, 1, versies.Count));
    }

    public static async Task<Ok<ZorgaanbiedersLijst>> ZorgaanbiedersAsync(string? zoek, int? pagina, int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        var q = d.Db.Zorgaanbieders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(): the same on SQLite and PostgreSQL (as the page /zorgaanbieders)
            q = q.Where(a => a.Naam.ToLower().Contains(z) || a.KvkNummer == z || a.AgbCode == z || (a.Plaats != null && a.Plaats.ToLower().Contains(z)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
#pragma warning disable CA1304, CA1311 // translated to SQL lower(), as on the page
        var lijst = await q.OrderBy(a => a.Naam.ToLower()).ThenBy(a => a.Id).Skip((p - 1) * grootte).Take(grootte).ToListAsync(d.Ct);
#pragma warning restore CA1304, CA1311
        return TypedResults.Ok(new ZorgaanbiedersLijst([.. lijst.Select(Zorgaanbieder)], totaal, p, grootte));
    }

    public static async Task<Results<Ok<ZorgaanbiederModel>, ProblemHttpResult>> ZorgaanbiederAsync(int id, [AsParameters] ApiDiensten d)
    {
        var z = await d.Db.Zorgaanbieders.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, d.Ct);
        return z is null ? NietGevonden($"Er is geen zorgaanbieder {id}.") : TypedResults.Ok(Zorgaanbieder(z));
    }

    internal static IQueryable<Product> Producten(ApiDiensten d) =>
        d.Db.Producten.AsNoTracking().Include(p => p.Regio).Include(p => p.Eenheid).Include(p => p.Segment).Include(p => p.Tarieven).AsSplitQuery();

    private static RegioModel Regio(Regio r) =>
        new(r.Code, r.Naam, r.Kleur, [.. r.Gemeenten.OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => new GemeenteVerwijzing(g.Code, g.Naam))]);

    /// <summary>With a peildatum only the tariff of that day; without, every tariff period.</summary>
    internal static ProductModel Product(Product p, DateOnly? dag) => new(p.Id, p.Regio!.Code, p.Code, p.Naam, p.Domein, p.CategorieCode, p.Monitorgroep,
        new EenheidModel(p.EenheidCode, p.Eenheid?.Omschrijving ?? ""), p.Segment is { } s ? new SegmentVerwijzing(s.Code, s.Naam) : null,
        p.GeldigVan, p.GeldigTot, p.LandelijkeCode,
        [.. p.Tarieven.Where(t => dag is not { } x || t.Geldigheid.Bevat(x)).OrderBy(t => t.GeldigVan).Select(t => new TariefModel(t.BedragCent, t.GeldigVan, t.GeldigTot))]);

    private static ZorgaanbiederModel Zorgaanbieder(Zorgaanbieder z) => new(z.Id, z.Naam, z.KvkNummer, z.Vestigingsnummer, z.AgbCode, z.Straat, z.Huisnummer,
        z.Postcode, z.Plaats, z.Contactpersoon, z.Email, z.Telefoon, z.Website);

    private static ProblemHttpResult NietGevonden(string uitleg) =>
        TypedResults.Problem(uitleg, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
}
