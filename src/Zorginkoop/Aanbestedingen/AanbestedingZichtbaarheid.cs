using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// Who may see which procedure, in one place: a concept is for the employees of its region only; from its publication a
/// procedure, its documents and its OCDS releases are public. Pages, API, downloads and OCDS all ask here.
/// </summary>
public static class AanbestedingZichtbaarheid
{
    public static IQueryable<Aanbesteding> Zichtbaar(this IQueryable<Aanbesteding> aanbestedingen, Kijker kijker) =>
        kijker.Alles ? aanbestedingen
        : kijker.RegioIds.Length == 0 ? aanbestedingen.Where(a => a.Status != AanbestedingStatus.Concept)
        : aanbestedingen.Where(a => a.Status != AanbestedingStatus.Concept || kijker.RegioIds.Contains(a.RegioId)
            || a.Deelnames.Any(d => kijker.RegioIds.Contains(d.RegioId)));

    /// <summary>
    /// A procedure as the pages and the API show it (region, steps, lots), brought up to date with the clock at
    /// <paramref name="nu"/> when given (every read does: a procedure is never shown open after its deadline); null when
    /// it is absent or not visible.
    /// </summary>
    public static async Task<Aanbesteding?> LoadAsync(ZorginkoopDbContext db, int id, Kijker kijker, DateTimeOffset? nu, CancellationToken ct)
    {
        var a = await db.Aanbestedingen.Zichtbaar(kijker).Include(x => x.Regio).Include(x => x.Deelnames).ThenInclude(d => d.Regio).Include(x => x.Overgangen)
            .Include(x => x.Percelen).ThenInclude(p => p.Segment)
            .Include(x => x.Percelen).ThenInclude(p => p.Product)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is not null && nu is { } moment && AanbestedingAanpassen.Bijwerken(a, moment))
        {
            await db.SaveChangesAsync(ct);
        }

        return a;
    }
}
