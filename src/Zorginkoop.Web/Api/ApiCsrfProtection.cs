using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace Zorginkoop.Web.Api;

/// <summary>
/// A change through the API needs a bearer token. A browser sends its login cookie with any request to this site, also
/// one that another site's form or script starts (cross-site request forgery, OWASP CSRF Prevention Cheat Sheet), so
/// a change with only the cookie must also carry the antiforgery token, in the header <c>RequestVerificationToken</c>,
/// as the pages' forms do. Reading (GET, HEAD) and the anonymous login endpoints, which take no cookie, are not
/// touched.
/// </summary>
public static class ApiCsrfProtection
{
    public const string Detail = "Een wijziging via de API kan alleen met een bearer-token (Authorization: Bearer …; zie POST /api/v1/account/_inloggen). " +
        "Met alleen het inlogcookie van de website hoort er het antiforgery-token bij, in de header RequestVerificationToken.";

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocatie, EndpointFilterDelegate volgende)
    {
        var http = invocatie.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
            || http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return await volgende(invocatie);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang", detail: Detail);
    }
}
