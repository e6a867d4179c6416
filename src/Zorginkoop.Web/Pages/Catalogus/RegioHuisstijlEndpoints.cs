using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

/// <summary>
/// GET /catalogus/{regio}/thema.css and /catalogus/{regio}/logo: a region's own look, public like its pages. The
/// colour arrives as a stylesheet of NL Design System tokens, not as inline style, so the Content-Security-Policy keeps
/// style-src 'self'. Both carry a version in their address (<c>?v=</c>), so a change shows at once while the
/// browser keeps them an hour.
/// </summary>
public static class RegioHuisstijlEndpoints
{
    public static IEndpointRouteBuilder MapRegioHuisstijl(this IEndpointRouteBuilder app)
    {
        app.MapGet("/catalogus/{regio}/thema.css", async (string regio, ZorginkoopDbContext db, HttpContext context, CancellationToken ct) =>
        {
            var kleur = await db.Regios.AsNoTracking().Where(r => r.Code == regio).Select(r => r.Kleur).SingleOrDefaultAsync(ct);
            // Checked again before it becomes CSS: a value put in the database by other means must not inject rules.
            if (!RegioHuisstijlOpslaan.IsKleur(kleur))
            {
                return Results.NotFound();
            }

            Bewaren(context);
            return Results.Text(Thema(kleur!), "text/css; charset=utf-8");
        }).AllowAnonymous();

        app.MapGet("/catalogus/{regio}/logo", async (string regio, ZorginkoopDbContext db, HttpContext context, CancellationToken ct) =>
        {
            var logo = await db.Set<RegioLogo>().AsNoTracking().Where(l => db.Regios.Any(r => r.Id == l.RegioId && r.Code == regio))
                .SingleOrDefaultAsync(ct);
            if (logo is null)
            {
                return Results.NotFound();
            }

            Bewaren(context);
            return Results.File(logo.Inhoud, logo.MediaType);
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The Voorbeeld theme's action colours replaced by the region's: buttons (action 1: white text on it, or its text
    /// and border on white) and links (action 2, on white); hover and active a fifth darker. The class is on the page's root beside voorbeeld-theme,
    /// so these declarations win over the theme's there.
    /// </summary>
    public static string Thema(string kleur)
    {
        var donker = Donkerder(kleur);
        return $$"""
            /* De huisstijlkleur van een regio (Zorginkoop, RegioHuisstijlEndpoints). */
            .voorbeeld-theme.zi-regio-thema {
              --zi-regio-kleur: {{kleur}};
              --basis-color-action-1-inverse-bg-default: {{kleur}};
              --basis-color-action-1-inverse-bg-hover: {{donker}};
              --basis-color-action-1-inverse-bg-active: {{donker}};
              --basis-color-action-1-color-default: {{kleur}};
              --basis-color-action-1-color-hover: {{donker}};
              --basis-color-action-1-color-active: {{donker}};
              --basis-color-action-1-border-default: {{kleur}};
              --basis-color-action-1-border-hover: {{donker}};
              --basis-color-action-1-border-active: {{donker}};
              --basis-color-action-2-color-default: {{kleur}};
              --basis-color-action-2-color-hover: {{donker}};
              --basis-color-action-2-color-active: {{donker}};
            }

            """;
    }

    private static string Donkerder(string kleur)
    {
        var kanalen = Enumerable.Range(0, 3).Select(i => int.Parse(kleur.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * 4 / 5);
        return "#" + string.Concat(kanalen.Select(k => k.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static void Bewaren(HttpContext context) =>
        context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600";
}
