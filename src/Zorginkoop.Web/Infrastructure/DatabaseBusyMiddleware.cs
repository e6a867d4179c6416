using Microsoft.AspNetCore.Mvc;
using Zorginkoop.Data;
using Zorginkoop.Web.Api;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>
/// A request that could not get its lock or connection in time (<see cref="DatabaseBusy"/>) is answered 503 with
/// <c>Retry-After</c> and a Dutch message, never 500: the API as problem+json, a page through the Dutch error page.
/// Its transaction was rolled back when the exception left the handler, so nothing of it is stored (issue 13).
/// </summary>
public sealed class DatabaseBusyMiddleware(RequestDelegate next, ILogger<DatabaseBusyMiddleware> logger)
{
    /// <summary>Seconds a client is told to wait: a lock is normally free again well within this.</summary>
    public const string WachtSeconden = "5";

    public const string Titel = "Even druk";

    public const string Uitleg = "De database was te lang bezet om uw verzoek te verwerken; er is niets opgeslagen. Probeer het over een paar seconden opnieuw.";

    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problemen)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (DatabaseBusy.Is(e) && !http.Response.HasStarted)
        {
            logger.LogWarning(e, "Database bezet: {Methode} {Pad} krijgt 503", http.Request.Method, http.Request.Path);
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = WachtSeconden;
            if (ApiRegistration.IsApi(http))
            {
                await problemen.WriteAsync(new()
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails { Status = 503, Title = Titel, Detail = Uitleg },
                });
            }
            else
            {
                // The status code pages re-execute /fout/503, which shows this text.
                http.Features.Set(new ErrorExplanation(Titel, Uitleg));
            }
        }
    }
}
