using Microsoft.AspNetCore.Http.HttpResults;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Web.Api;

/// <summary>Problem details of the API (RFC 9457, ADR /core/error-handling/problem-details), with Dutch texts.</summary>
public static class ApiFouten
{
    /// <summary>400 with the rule messages per field (camelCase, as in the request body); ADR /core/error-handling/invalid-input.</summary>
    public static ValidationProblem Validatie(IEnumerable<Melding> meldingen) => TypedResults.ValidationProblem(
        meldingen.GroupBy(m => string.IsNullOrEmpty(m.Veld) ? "" : char.ToLowerInvariant(m.Veld[0]) + m.Veld[1..])
            .ToDictionary(g => g.Key, g => g.Select(m => m.Tekst).ToArray()),
        detail: string.Join(" ", meldingen.Select(m => m.Tekst)),
        title: "De invoer voldoet niet aan de regels");

    public static ValidationProblem Validatie(params Melding[] meldingen) => Validatie(meldingen.AsEnumerable());

    /// <summary>409: the step is not allowed in the procedure's current state; the detail says which rule refused it.</summary>
    public static ProblemHttpResult Geweigerd(string regel) =>
        TypedResults.Problem(regel, statusCode: StatusCodes.Status409Conflict, title: "Deze stap is nu niet toegestaan");
}

/// <summary>Paging of API lists: page from 1, at most 100 a page.</summary>
public static class ApiPaginering
{
    public const int Standaard = 25;
    public const int Max = 100;

    public static (int Pagina, int Grootte) Normaliseer(int? pagina, int? grootte) =>
        (pagina is > 0 ? pagina.Value : 1, grootte is > 0 ? Math.Min(grootte.Value, Max) : Standaard);
}
