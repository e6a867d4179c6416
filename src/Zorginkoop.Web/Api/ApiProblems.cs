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

/// <summary>Paging of API lists: page from 1, at most 100 a page.</summary>
public static class ApiPaging
{
    public const int Standaard = 25;
    public const int Max = 100;

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
