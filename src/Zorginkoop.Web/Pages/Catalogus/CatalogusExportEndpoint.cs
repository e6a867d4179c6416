using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus.Import;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

public static class CatalogusExportEndpoint
{
    /// <summary>GET /catalogus/{regio}/export.csv: the region's catalogue in the import format (public, like the catalogue).</summary>
    public static IEndpointRouteBuilder MapCatalogusExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/catalogus/{regio}/export.csv", async (string regio, ZorginkoopDbContext db, HttpContext context, CancellationToken ct) =>
        {
            if (!await db.Regios.AnyAsync(r => r.Code == regio, ct))
            {
                return Results.NotFound();
            }

            var buffer = new MemoryStream();
            await CatalogusExport.WriteAsync(db, regio, buffer, ct);
            buffer.Position = 0;
            return Results.File(buffer, "text/csv; charset=utf-8", $"catalogus-{regio}.csv");
        }).AllowAnonymous();
        return app;
    }
}
