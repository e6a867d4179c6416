using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>The region whose page this is, for the layout: its name, colour and logo version.</summary>
public sealed record RegioHuisstijl(string Code, string Naam, string? Kleur, string? LogoSha256)
{
    private static readonly object Sleutel = new();

    public static RegioHuisstijl? Van(HttpContext context) => context.Items[Sleutel] as RegioHuisstijl;

    internal void Zet(HttpContext context) => context.Items[Sleutel] = this;
}

/// <summary>
/// Finds the region a page belongs to: a catalogue page (/catalogus/{regio}/...) or a page of a procedure or trajectory
/// (/aanbestedingen/{id}/..., /inkooptrajecten/{id}/...), whose owner it is. Only once the page has been allowed and
/// is about to render (a PageResult), so a page answered 404 never tells which region it would have been of.
/// </summary>
public sealed class RegioHuisstijlFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var uitgevoerd = await next();
        if (uitgevoerd.Exception is not null || uitgevoerd.Result is not (null or PageResult))
        {
            return;
        }

        var http = context.HttpContext;
        var delen = (http.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (delen.Length < 2)
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<ZorginkoopDbContext>();
        var ct = http.RequestAborted;
        IQueryable<Catalogus.Regio>? regio = (delen[0], int.TryParse(delen[1], out var id)) switch
        {
            ("catalogus", _) => db.Regios.Where(r => r.Code == delen[1]),
            ("aanbestedingen", true) => db.Regios.Where(r => db.Aanbestedingen.Any(a => a.Id == id && a.RegioId == r.Id)),
            ("inkooptrajecten", true) => db.Regios.Where(r => db.Inkooptrajecten.Any(t => t.Id == id && t.RegioId == r.Id)),
            _ => null,
        };
        if (regio is not null && await regio.AsNoTracking().Select(r => new RegioHuisstijl(r.Code, r.Naam, r.Kleur, r.LogoSha256)).SingleOrDefaultAsync(ct) is { } huisstijl)
        {
            huisstijl.Zet(http);
        }
    }
}
