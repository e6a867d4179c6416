using Microsoft.AspNetCore.Http.HttpResults;

namespace Zorginkoop.Web.Api;

/// <summary>Problem details of the API (RFC 9457, ADR /core/error-handling/problem-details), with Dutch texts.</summary>
public static class ApiProblems
{
    /// <summary>
    /// 400 with the rule messages per field (camelCase, as in the request body); ADR /core/error-handling/invalid-input.
    /// The extension member <c>weigeringen</c> (RFC 9457 §3.2) gives each refusal's stable code, so a client never
    /// has to match on the Dutch text.
    /// </summary>
    public static ValidationProblem Validatie(IEnumerable<Weigering> weigeringen)
    {
        var lijst = weigeringen.Select(w => w with { Veld = Camel(w.Veld) }).ToList();
        return TypedResults.ValidationProblem(
            lijst.GroupBy(w => w.Veld).ToDictionary(g => g.Key, g => g.Select(w => w.Tekst).ToArray()),
            detail: string.Join(" ", lijst.Select(w => w.Tekst)),
            title: "De invoer voldoet niet aan de regels",
            extensions: new Dictionary<string, object?> { ["weigeringen"] = lijst.Select(w => new { code = w.Code, veld = w.Veld, tekst = w.Tekst }).ToArray() });
    }

    public static ValidationProblem Validatie(params Weigering[] weigeringen) => Validatie(weigeringen.AsEnumerable());

    private static string Camel(string veld) => string.IsNullOrEmpty(veld) ? "" : char.ToLowerInvariant(veld[0]) + veld[1..];

    /// <summary>409: the step is not allowed in the procedure's current state; the detail says which rule refused it.</summary>
    public static ProblemHttpResult Geweigerd(string regel) =>
        TypedResults.Problem(regel, statusCode: StatusCodes.Status409Conflict, title: "Deze stap is nu niet toegestaan");

    /// <summary>409 with the refusal's stable code (extension members <c>code</c> and <c>veld</c>), so a client need not read the text.</summary>
    public static ProblemHttpResult Geweigerd(Weigering weigering) =>
        TypedResults.Problem(weigering.Tekst, statusCode: StatusCodes.Status409Conflict, title: "Deze stap is nu niet toegestaan",
            extensions: new Dictionary<string, object?> { ["code"] = weigering.Code, ["veld"] = Camel(weigering.Veld) });
}

/// <summary>A page of a list answer: what the paging rule needs to know of it.</summary>
public interface IPagina
{
    int Totaal { get; }
    int Pagina { get; }
    int PaginaGrootte { get; }
}

/// <summary>Paging of API lists: page from 1, at most 100 a page.</summary>
public static class ApiPaging
{
    public const int Standaard = 25;
    public const int Max = 100;

    /// <summary>
    /// A page past the end of a list is refused (400, <c>api.pagina-voorbij-einde</c>, issue 17) instead of answered with an
    /// empty list that a harvester could take for "no more data changed"; page 1 of an empty list is an empty answer.
    /// </summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var resultaat = await next(context);
        var binnenste = resultaat;
        while (binnenste is INestedHttpResult genest)
        {
            binnenste = genest.Result;
        }

        if (binnenste is IValueHttpResult { Value: IPagina p } && p.Pagina > 1 && (long)(p.Pagina - 1) * p.PaginaGrootte >= p.Totaal)
        {
            var paginas = (int)Math.Max(1, ((long)p.Totaal + p.PaginaGrootte - 1) / p.PaginaGrootte);
            return ApiProblems.Validatie(new Weigering("api.pagina-voorbij-einde", "Pagina",
                $"Pagina {p.Pagina} bestaat niet: de lijst heeft {p.Totaal} {(p.Totaal == 1 ? "item" : "items")} op {paginas} {(paginas == 1 ? "pagina" : "pagina's")} van {p.PaginaGrootte}."));
        }

        return resultaat;
    }

    public static (int Pagina, int Grootte) Normaliseer(int? pagina, int? grootte) =>
        (pagina is > 0 ? pagina.Value : 1, grootte is > 0 ? Math.Min(grootte.Value, Max) : Standaard);
}

/// <summary>Dates in a query string: only yyyy-MM-dd (ADR: ISO 8601), so 1-2-2026 is never read as 2 January.</summary>
public static class ApiDatum
{
    /// <summary>False for text that is not a date; an empty value is no date (null) and fine.</summary>
    public static bool Lees(string? tekst, out DateOnly? dag)
    {
        dag = null;
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(tekst.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
        {
            return false;
        }

        dag = d;
        return true;
    }
}
