using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Werk;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>
/// The counts in the header ("3 taken", "2 ongelezen"). The number of tasks is the work list's own (Werkbak), kept a
/// minute per person because an analyst's list reads the monitor; any change the person makes herself (a POST)
/// forgets it, so what she just did is gone from the count on the next page. The unread count is one indexed query.
/// </summary>
public sealed class WerkTeller(IMemoryCache cache, ZorginkoopDbContext db, ILogger<WerkTeller> logger)
{
    public static readonly TimeSpan Bewaren = TimeSpan.FromMinutes(1);

    public sealed record Tellers(int Taken, int Ongelezen);

    /// <summary>Null for whoever has no work list: the public, providers (their list is /mijn), a systeembeheerder alone.</summary>
    public async Task<Tellers?> VoorAsync(HttpContext http, CancellationToken ct = default)
    {
        if (Medewerker(http.User) is not { } wie)
        {
            return null;
        }

        try
        {
            var taken = await cache.GetOrCreateAsync(Sleutel(http.User), async e =>
            {
                e.AbsoluteExpirationRelativeToNow = Bewaren;
                return Werkbak.Taken(await Werkbak.VoorAsync(db, wie, http.RequestArrival(), ct));
            });
            var ongelezen = await db.Postvakberichten.CountAsync(p => p.GebruikerId == wie.GebruikerId && p.GelezenOp == null, ct);
            return new Tellers(taken, ongelezen);
        }
        catch (Exception e) when (e is not OperationCanceledException && http.Response.StatusCode >= 500)
        {
            // The error page itself (a database that is busy or gone) must still render: without counts.
            logger.LogWarning(e, "Werkteller niet beschikbaar op een foutpagina");
            return null;
        }
    }

    /// <summary>
    /// The work list page's own list, for the count in its header: that page computed it already, at the same clock
    /// reading, so the layout does not compute it again (an analyst's list reads the monitor).
    /// </summary>
    public void Onthoud(HttpContext http, IReadOnlyList<Werkitem> items) =>
        cache.Set(Sleutel(http.User), Werkbak.Taken(items), Bewaren);

    /// <summary>The logged-in employee with her memberships; null for anyone else.</summary>
    public static Medewerker? Medewerker(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { } naam } && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            && RegionAccess.Leden(user) is { Count: > 0 } leden && !user.IsInRole(Rollen.Aanbieder)
            ? new Medewerker(id, naam, leden)
            : null;

    /// <summary>Forgets a person's count when she changes something: registered before the pages, for every request that is not a read.</summary>
    public static IApplicationBuilder UseWerkTeller(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && context.User.Identity?.IsAuthenticated == true)
        {
            context.RequestServices.GetRequiredService<IMemoryCache>().Remove(Sleutel(context.User));
        }

        await next(context);
    });

    // The memberships are in the key: a person whose roles changed (a new login) gets a fresh count.
    private static string Sleutel(ClaimsPrincipal user) =>
        $"werk:{user.FindFirstValue(ClaimTypes.NameIdentifier)}:{string.Join(',', user.FindAll(Policies.LidClaim).Select(c => c.Value))}";
}
