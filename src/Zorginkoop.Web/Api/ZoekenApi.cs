using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Zoeken;

namespace Zorginkoop.Web.Api;

/// <param name="Start">Where the matched word begins in the text, in characters (UTF-16 code units, as JavaScript counts).</param>
public sealed record MarkeringModel(int Start, int Lengte);

/// <param name="Url">The page or file the result is found at, relative to the site.</param>
/// <param name="Regios">The codes of the regions it belongs to; empty for the national provider register.</param>
public sealed record ZoekresultaatModel(string Soort, string Titel, IReadOnlyList<MarkeringModel> TitelMarkeringen, string Fragment,
    IReadOnlyList<MarkeringModel> FragmentMarkeringen, string Url, DateOnly? Datum, IReadOnlyList<string> Regios);

/// <param name="PerSoort">The number of results of each kind for the same words and region, whatever <c>soort</c> chose.</param>
public sealed record ZoekresultatenLijst(IReadOnlyList<ZoekresultaatModel> Resultaten, int Totaal, int Pagina, int PaginaGrootte, IReadOnlyDictionary<string, int> PerSoort) : IPagina;

/// <summary>/api/v1/zoeken: the same search as /zoeken, with the same visibility (anonymous finds only what is public).</summary>
public static class ZoekenApi
{
    public static void MapZoekenApi(this RouteGroupBuilder api)
    {
        api.MapGet("/zoeken", ZoekenAsync)
            .WithTags("Zoeken")
            .AllowAnonymous()
            .WithSummary("Zoeken in aanbestedingen, percelen, nota's van inlichtingen, documenten, inkooptrajecten, updates, producten en zorgaanbieders")
            .WithDescription("Elk woord moet voorkomen, als begin van een woord, met Nederlandse stamvorming en zonder onderscheid in accenten of hoofdletters; "
                + "resultaten staan op relevantie. `soort` is een van: " + string.Join(", ", Zoeksoorten.Alle.Select(s => s.Code)) + ".");
    }

    public static async Task<Results<Ok<ZoekresultatenLijst>, ValidationProblem>> ZoekenAsync(string? q, string? soort, string? regio, int? pagina, int? paginaGrootte,
        [AsParameters] ApiDiensten d)
    {
        if (Zoektermen.Vraag(q).Count == 0)
        {
            return ApiProblems.Validatie(new Weigering("zoeken.te-kort", "Q", $"Geef in q een zoekwoord van minstens {Zoektermen.MinimaleLengte} letters of cijfers."));
        }

        if (!string.IsNullOrEmpty(soort) && Zoeksoorten.Bij(soort) is null)
        {
            return ApiProblems.Validatie(new Weigering("zoeken.soort-onbekend", "Soort", $"Onbekende soort '{soort}'. Kies uit: {string.Join(", ", Zoeksoorten.Alle.Select(s => s.Code))}."));
        }

        var regios = await d.Db.Regios.AsNoTracking().Select(r => new { r.Id, r.Code }).ToListAsync(d.Ct);
        var regioId = regios.FirstOrDefault(r => r.Code == regio)?.Id;
        if (!string.IsNullOrEmpty(regio) && regioId is null)
        {
            return ApiProblems.Validatie(new Weigering("api.regio-onbekend", "Regio", $"Onbekende regio '{regio}'. Geef de code van een regio, zoals lekstroom."));
        }

        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var uitkomst = await Zoekopdracht.ZoekAsync(d.Db, d.Kijker, new Zoekvraag(q, soort, regioId, p, grootte), d.Ct);
        var codes = regios.ToDictionary(r => r.Id, r => r.Code);
        return TypedResults.Ok(new ZoekresultatenLijst(
            [.. uitkomst.Treffers.Select(t => new ZoekresultaatModel(t.Soort, t.Titel.Tekst, Markeringen(t.Titel), t.Fragment.Tekst, Markeringen(t.Fragment), t.Url, t.Datum,
                [.. t.RegioIds.Select(id => codes.GetValueOrDefault(id, ""))]))],
            uitkomst.Totaal, p, grootte, uitkomst.PerSoort));
    }

    private static List<MarkeringModel> Markeringen(Fragment f) => [.. f.Markeringen.Select(m => new MarkeringModel(m.Begin, m.Lengte))];
}
