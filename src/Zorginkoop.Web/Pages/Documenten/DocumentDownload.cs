using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Documenten;

public static class DocumentDownload
{
    /// <summary>
    /// GET /documenten/{id}/{naam}: the file, with its own type and name, as an attachment. Public when what it belongs to
    /// is public and it was not withdrawn; the employees of the owning region see every one. Anything else is a 404, so the existence of an
    /// unpublished document does not show.
    /// </summary>
    public static IEndpointRouteBuilder MapDocumentDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documenten/{id:int}/{naam}", async (int id, ZorginkoopDbContext db, DocumentStore opslag, HttpContext context, CancellationToken ct) =>
        {
            var d = await db.Documenten.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
            if (d is null)
            {
                return Results.NotFound();
            }

            // Public while what it belongs to is public and it was not withdrawn; otherwise only for the employees of
            // the region that owns it (decision record 0009).
            var kijker = RegionAccess.Kijker(context.User);
            var openbaar = d.Ingetrokken is null && (
                (d.InkooptrajectId is { } t && await db.Inkooptrajecten.Zichtbaar(Kijker.Publiek).AnyAsync(x => x.Id == t, ct))
                || (d.AanbestedingId is { } a && await db.Aanbestedingen.Zichtbaar(Kijker.Publiek).AnyAsync(x => x.Id == a, ct)));
            List<int>? regioIds = d.InkooptrajectId is { } ti ? [.. await db.Inkooptrajecten.Where(x => x.Id == ti).Select(x => x.RegioId).ToListAsync(ct),
                    .. await db.TrajectDeelnames.Where(x => x.InkooptrajectId == ti).Select(x => x.RegioId).ToListAsync(ct)]
                : d.AanbestedingId is { } ai ? [.. await db.Aanbestedingen.Where(x => x.Id == ai).Select(x => x.RegioId).ToListAsync(ct),
                    .. await db.Deelnames.Where(x => x.AanbestedingId == ai).Select(x => x.RegioId).ToListAsync(ct)]
                : null;
            var eigen = regioIds is not null ? kijker.Ziet(regioIds) : kijker.IsMedewerker;
            if (!openbaar && !eigen)
            {
                return Results.NotFound();
            }

            // RFC 9530: the digest of the content, the same SHA-256 the public page shows.
            context.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(d.Sha256))}:";
            context.Response.Headers.CacheControl = openbaar ? "public, max-age=300" : "private, no-store";
            return Results.File(opslag.Open(d.Opslagnaam), d.ContentType, d.Bestandsnaam,
                entityTag: new EntityTagHeaderValue($"\"{d.Sha256}\""), enableRangeProcessing: true);
        }).AllowAnonymous();
        return app;
    }
}
