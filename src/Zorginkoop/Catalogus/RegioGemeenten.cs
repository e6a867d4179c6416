using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>The CBS codes of the municipalities of some regions: what a region's care data, monitor and import are made of.</summary>
public static class RegioGemeenten
{
    public static Task<List<string>> CodesAsync(ZorginkoopDbContext db, IReadOnlyCollection<int> regioIds, CancellationToken ct = default) =>
        db.Regios.Where(r => regioIds.Contains(r.Id)).SelectMany(r => r.Gemeenten).Select(g => g.Code).Distinct().ToListAsync(ct);
}
