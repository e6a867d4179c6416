using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// For a joint procedure and its contracts: each region's municipalities, by region name, for whom the agreement is
/// concluded (issue 15). Empty for a procedure of one region, whose municipalities its region already says.
/// </summary>
public static class GemeentenPerRegio
{
    public static async Task<IReadOnlyList<(string Regio, string Gemeenten)>> VanAsync(ZorginkoopDbContext db, Aanbesteding a, CancellationToken ct)
    {
        if (a.Deelnames.Count == 0)
        {
            return [];
        }

        var regioIds = a.RegioIds;
        return (await db.Regios.AsNoTracking().Where(r => regioIds.Contains(r.Id))
                .Select(r => new { r.Naam, Gemeenten = r.Gemeenten.Select(g => g.Naam).ToList() }).ToListAsync(ct))
            .OrderBy(r => r.Naam, StringComparer.Ordinal)
            .Select(r => (r.Naam, string.Join(", ", r.Gemeenten.Order(StringComparer.Ordinal)))).ToList();
    }
}
