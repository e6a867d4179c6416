using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Monitor;

/// <summary>
/// Who sees the monitor's figures exact: an inkoper or analist, for care data of their own regions only (decision
/// record 0009). A region's members see a municipality of their region, or the region, exact; the whole installation
/// only when their regions hold every municipality of it. Anything else gets the public figures (small numbers hidden, rounded:
/// decision record 0006), so no figure of another region's clients shows unprotected.
/// </summary>
public static class MonitorExactheid
{
    public static async Task<bool> ExactAsync(ZorginkoopDbContext db, ClaimsPrincipal user, MonitorFilter filter, CancellationToken ct)
    {
        var regios = RegionAccess.RegioIds(user, Rollen.MonitorExact);
        if (regios.Count == 0)
        {
            return false;
        }

        // Exact when every municipality the filter takes in (one, a region's, or all) is of the user's own regions.
        var eigen = await Zorginkoop.Catalogus.RegioGemeenten.CodesAsync(db, regios, ct);
        IReadOnlyCollection<string> gevraagd = filter.Gemeente is { } gemeente ? [gemeente]
            : filter.Gemeenten ?? await db.Regios.SelectMany(r => r.Gemeenten).Select(g => g.Code).Distinct().ToListAsync(ct);
        return gevraagd.All(eigen.Contains);
    }
}
